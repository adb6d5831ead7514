package org.capacityacademy.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What a person says about themselves: name, country, organisation, language. */
@Embeddable
public class Profile implements Serializable {

    public static final int NAME_LENGTH = 200;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int JOB_TITLE_LENGTH = 200;
    /**
     * The bidirectional controls (embeddings and overrides U+202A to U+202E, isolates U+2066 to
     * U+2069): invisible, they reorder what follows them, so that a name with U+202E prints reversed
     * on lists and certificates.
     */
    public static final String DIRECTION_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
    /** No markup characters, no control characters and no direction controls in names: they are printed on certificates. */
    public static final String PLAIN_TEXT = "[^<>\\p{Cntrl}" + DIRECTION_CONTROLS + "]*";
    private static final java.util.regex.Pattern HAS_DIRECTION_CONTROL = java.util.regex.Pattern.compile("[" + DIRECTION_CONTROLS + "]");

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Pattern(regexp = PLAIN_TEXT)
    @Column(name = "full_name", length = NAME_LENGTH, nullable = false)
    private String fullName;

    @NotNull
    @Size(min = 2, max = 2)
    @Column(name = "country_code", length = 2, nullable = false)
    private String countryCode;

    @NotBlank
    @Size(max = ORGANISATION_LENGTH)
    @Pattern(regexp = PLAIN_TEXT)
    @Column(name = "organisation", length = ORGANISATION_LENGTH, nullable = false)
    private String organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private OrganisationType organisationType;

    @Size(max = JOB_TITLE_LENGTH)
    @Pattern(regexp = PLAIN_TEXT)
    @Column(name = "job_title", length = JOB_TITLE_LENGTH)
    private String jobTitle;

    @NotNull
    @Column(name = "preferred_language", length = 5, nullable = false)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    private Gender gender;

    public Profile() {
    }

    /** Whether a text holds a direction control ({@link #DIRECTION_CONTROLS}), which {@link #PLAIN_TEXT} refuses. */
    public static boolean hasDirectionControl(String text) {
        return text != null && HAS_DIRECTION_CONTROL.matcher(text).find();
    }

    public Profile(Profile other) {
        this.fullName = other.fullName;
        this.countryCode = other.countryCode;
        this.organisation = other.organisation;
        this.organisationType = other.organisationType;
        this.jobTitle = other.jobTitle;
        this.preferredLanguage = other.preferredLanguage;
        this.gender = other.gender;
    }

    /** Trims what was typed, so that "  Ana " and "Ana" are the same name. */
    public void normalise() {
        fullName = trimmed(fullName);
        organisation = trimmed(organisation);
        jobTitle = trimmed(jobTitle);
        if (jobTitle != null && jobTitle.isEmpty()) {
            jobTitle = null;
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }
}
