package org.capacityacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An OpenID Connect provider an administrator registered (a ministry's Keycloak, an organisation's
 * Microsoft Entra ID): where it is, who the platform is to it (client id and secret), what the
 * sign-in button calls it in each language, and which e-mail domains may sign in through it.
 * The secret is written once and never read back to a page: either kept here as typed, or named
 * as a configuration key ({@link #getSecretVariable()}) the server reads at each sign-in.
 */
@Entity
@Table(name = "identity_provider")
@NamedQuery(name = IdentityProvider.FIND_ALL, query = "SELECT p FROM IdentityProvider p ORDER BY p.nameEn, p.id")
@NamedQuery(name = IdentityProvider.FIND_ENABLED, query = "SELECT p FROM IdentityProvider p WHERE p.enabled = TRUE ORDER BY p.nameEn, p.id")
public class IdentityProvider {

    public static final String FIND_ALL = "IdentityProvider.findAll";
    public static final String FIND_ENABLED = "IdentityProvider.findEnabled";
    public static final int ISSUER_LENGTH = 500;
    public static final int CLIENT_ID_LENGTH = 255;
    public static final int SECRET_LENGTH = 1000;
    public static final int VARIABLE_LENGTH = 120;
    public static final int NAME_LENGTH = 100;
    public static final int DOMAINS_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "identity_provider_seq", sequenceName = "identity_provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_provider_seq")
    private Long id;

    @Column(nullable = false, length = ISSUER_LENGTH)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = CLIENT_ID_LENGTH)
    private String clientId;

    @Column(name = "client_secret", length = SECRET_LENGTH)
    private String clientSecret;

    @Column(name = "secret_variable", length = VARIABLE_LENGTH)
    private String secretVariable;

    @Column(name = "name_ar", length = NAME_LENGTH)
    private String nameAr;
    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;
    @Column(name = "name_es", length = NAME_LENGTH)
    private String nameEs;
    @Column(name = "name_fr", length = NAME_LENGTH)
    private String nameFr;
    @Column(name = "name_ru", length = NAME_LENGTH)
    private String nameRu;
    @Column(name = "name_zh", length = NAME_LENGTH)
    private String nameZh;

    @Column(name = "allowed_domains", length = DOMAINS_LENGTH)
    private String allowedDomains;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected IdentityProvider() {
    }

    public IdentityProvider(String issuer, String clientId, Instant createdAt) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.enabled = true;
    }

    /** The name in a language (two-letter tag), English when none was given for it. */
    public String nameIn(String language) {
        String name = switch (language == null ? "en" : language.toLowerCase(Locale.ROOT)) {
            case "ar" -> nameAr;
            case "es" -> nameEs;
            case "fr" -> nameFr;
            case "ru" -> nameRu;
            case "zh" -> nameZh;
            default -> nameEn;
        };
        return name == null || name.isBlank() ? nameEn : name;
    }

    /** The name given for exactly this language, or null: what the administrator's form shows. */
    public String nameGivenIn(String language) {
        return switch (language) {
            case "ar" -> nameAr;
            case "es" -> nameEs;
            case "fr" -> nameFr;
            case "ru" -> nameRu;
            case "zh" -> nameZh;
            default -> nameEn;
        };
    }

    public void rename(String language, String name) {
        String value = name == null || name.isBlank() ? null : name.strip();
        switch (language) {
            case "ar" -> nameAr = value;
            case "es" -> nameEs = value;
            case "fr" -> nameFr = value;
            case "ru" -> nameRu = value;
            case "zh" -> nameZh = value;
            default -> nameEn = value;
        }
    }

    /** A secret typed by the administrator; the named variable is forgotten. */
    public void keepSecret(String secret) {
        this.clientSecret = secret;
        this.secretVariable = null;
    }

    /** A secret read from configuration under this name; a typed one is forgotten. */
    public void readSecretFrom(String variable) {
        this.secretVariable = variable;
        this.clientSecret = null;
    }

    public List<String> getAllowedDomainList() {
        return allowedDomains == null || allowedDomains.isBlank() ? List.of()
                : Arrays.stream(allowedDomains.split(" ")).filter(d -> !d.isBlank()).toList();
    }

    public void allowDomains(List<String> domains) {
        this.allowedDomains = domains.isEmpty() ? null : String.join(" ", domains);
    }

    public Long getId() { return id; }
    public String getIssuer() { return issuer; }
    public void moveTo(String issuer, String clientId) { this.issuer = issuer; this.clientId = clientId; }
    public String getClientId() { return clientId; }
    /** The typed secret, for the token request only: never for a page. */
    public String getClientSecret() { return clientSecret; }
    public String getSecretVariable() { return secretVariable; }
    public boolean hasTypedSecret() { return clientSecret != null; }
    public String getAllowedDomains() { return allowedDomains == null ? "" : allowedDomains; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Instant getCreatedAt() { return createdAt; }
}
