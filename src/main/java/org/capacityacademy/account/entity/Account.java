package org.capacityacademy.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who can sign in: their e-mail address, password hash, roles and profile. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.SEARCH, query = "SELECT a FROM Account a WHERE LOWER(a.email) LIKE :text "
        + "OR LOWER(a.profile.fullName) LIKE :text ORDER BY a.profile.fullName, a.id")
@NamedQuery(name = Account.COUNT_SEARCH, query = "SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :text "
        + "OR LOWER(a.profile.fullName) LIKE :text")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE")
@NamedQuery(name = Account.FIND_ACTIVE_WITH_ROLE, query = "SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE")
@NamedQuery(name = Account.STANDING, query = "SELECT a.active, r, a.profile.fullName FROM Account a LEFT JOIN a.roles r WHERE a.email = :email")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String SEARCH = "Account.search";
    public static final String COUNT_SEARCH = "Account.countSearch";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    /** Whether the account is active, with each of its roles: one row per role. */
    public static final String STANDING = "Account.standing";
    public static final String FIND_ACTIVE_WITH_ROLE = "Account.findActiveWithRole";
    public static final int EMAIL_LENGTH = 254;

    private static final String ADDRESS_CHARACTER = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]";
    private static final String DOMAIN_CHARACTER = "[\\p{L}\\p{M}\\p{N}]";
    private static final String LABEL_END = "(?:[\\p{L}\\p{M}\\p{N}-]{0,61}" + DOMAIN_CHARACTER + ")?";
    /**
     * What an e-mail address is, the one rule for every form, the entity and the import of people:
     * a local part of at most 64 letters, digits and RFC 5322's other address characters, in
     * dot-separated runs; an @; a domain of dot-separated labels of letters, digits and inner
     * hyphens whose last label begins with a letter. Letters and digits of any script are taken
     * (internationalised addresses); symbols (emoji), markup, quotes and spaces are not.
     */
    public static final String EMAIL_PATTERN = "(?=[^@]{1,64}@)" + ADDRESS_CHARACTER + "+(?:\\." + ADDRESS_CHARACTER + "+)*"
            + "@(?:" + DOMAIN_CHARACTER + LABEL_END + "\\.)+\\p{L}" + LABEL_END;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(EMAIL_PATTERN);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank
    @Pattern(regexp = EMAIL_PATTERN)
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH, nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Valid
    @Embedded
    private Profile profile;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Since when the account is deactivated; null while it is active (kept with {@code active}). */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** When an administrator confirmed that the person is the official they say they are; null if not (yet). */
    @Column(name = "verified_official_at")
    private Instant verifiedOfficialAt;

    /** The administrator who confirmed it (their account's id). */
    @Column(name = "verified_official_by")
    private Long verifiedOfficialBy;

    /** When the person's data was erased at their request; null while it was not. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /**
     * When this row last changed, by the server's clock (not the time of what changed: a lesson
     * completed offline is a change of the day it arrives): the reports' refresh recomputes the
     * figures of the learners whose rows changed since it last ran.
     */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Account() {
    }

    @PrePersist
    @PreUpdate
    void changed() {
        changedAt = Instant.now();
    }

    public Account(String email, String passwordHash, Profile profile, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.profile = profile;
        this.createdAt = createdAt;
        this.roles.add(Role.LEARNER);
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    /** Whether an address, as typed (spaces around it aside), is one by {@link #EMAIL_PATTERN} and at most {@link #EMAIL_LENGTH} long. */
    public static boolean isEmail(String address) {
        String stripped = address == null ? "" : address.strip();
        return stripped.length() <= EMAIL_LENGTH && EMAIL.matcher(stripped).matches();
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** A password someone else chose (a generated first password) must be replaced at first sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /** A deactivated account cannot sign in; everything it holds is kept, and reactivating gives it back. */
    public void deactivate(Instant at) {
        this.active = false;
        this.deactivatedAt = at;
    }

    public void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    /** Marks the person as a verified official; false when they were already (the first verification is kept). */
    public boolean verifyAsOfficial(long administratorId, Instant at) {
        if (isVerifiedOfficial()) {
            return false;
        }
        this.verifiedOfficialAt = at;
        this.verifiedOfficialBy = administratorId;
        return true;
    }

    /** Withdraws the mark; false when there was none. */
    public boolean withdrawOfficialVerification() {
        if (!isVerifiedOfficial()) {
            return false;
        }
        this.verifiedOfficialAt = null;
        this.verifiedOfficialBy = null;
        return true;
    }

    public boolean isVerifiedOfficial() {
        return verifiedOfficialAt != null;
    }

    public Instant getVerifiedOfficialAt() {
        return verifiedOfficialAt;
    }

    public Long getVerifiedOfficialBy() {
        return verifiedOfficialBy;
    }

    public void updateProfile(Profile changed) {
        this.profile = new Profile(changed);
    }

    /**
     * Erases the person's data at their request: name, e-mail address, organisation and job
     * title go, the password can never match again, the account is closed and keeps only the
     * learner role. What the reports count stays: country, organisation type, gender, language.
     *
     * @param unusableHash the hash of a secret nobody knows
     */
    public void erase(String unusableHash, Instant now) {
        this.email = erasedEmail(id);
        this.passwordHash = unusableHash;
        Profile kept = new Profile(profile);
        kept.setFullName(erasedName(id));
        kept.setOrganisation(ERASED);
        kept.setJobTitle(null);
        this.profile = kept;
        this.roles.retainAll(Set.of(Role.LEARNER));
        this.passwordChangeRequired = false;
        this.active = false;
        this.deactivatedAt = now;
        this.verifiedOfficialAt = null;
        this.verifiedOfficialBy = null;
        this.erasedAt = now;
    }

    /** What an erased account's address becomes: unique, and never delivered (RFC 2606 {@code .invalid}). */
    public static String erasedEmail(long id) {
        return "erased-" + id + "@erased.invalid";
    }

    /** What an erased account's name becomes: no name, an identifier administrators can still find it by. */
    public static String erasedName(long id) {
        return "erased-" + id;
    }

    /** What is left of an erased organisation name (a blank would fail the profile's checks). */
    public static final String ERASED = "—";

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Profile getProfile() {
        return profile;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
