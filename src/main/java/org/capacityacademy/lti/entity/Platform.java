package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.capacityacademy.account.entity.OrganisationType;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A learning platform registered to launch the academy as an LTI 1.3 tool: how it names itself
 * (issuer), the client id it gave the academy, its keyset, authorisation and token endpoints, the
 * deployments of the tool it may launch from, and the profile given to the people it sends.
 */
@Entity
@Table(name = "lti_platform")
@NamedQuery(name = Platform.FIND_BY_ISSUER, query = "SELECT p FROM Platform p WHERE p.issuer = :issuer ORDER BY p.id")
@NamedQuery(name = Platform.ALL, query = "SELECT p FROM Platform p ORDER BY p.name, p.id")
public class Platform {

    public static final String FIND_BY_ISSUER = "Platform.findByIssuer";
    public static final String ALL = "Platform.all";
    public static final int NAME_LENGTH = 200;
    public static final int ISSUER_LENGTH = 500;
    public static final int CLIENT_ID_LENGTH = 255;
    public static final int URL_LENGTH = 1000;
    public static final int DEPLOYMENTS_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "lti_platform_seq", sequenceName = "lti_platform_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_platform_seq")
    private Long id;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "issuer", length = ISSUER_LENGTH, nullable = false)
    private String issuer;

    @Column(name = "client_id", length = CLIENT_ID_LENGTH, nullable = false)
    private String clientId;

    @Column(name = "keyset_url", length = URL_LENGTH, nullable = false)
    private String keysetUrl;

    @Column(name = "auth_url", length = URL_LENGTH, nullable = false)
    private String authUrl;

    @Column(name = "token_url", length = URL_LENGTH, nullable = false)
    private String tokenUrl;

    /** The deployment ids, one per line. */
    @Column(name = "deployment_ids", length = DEPLOYMENTS_LENGTH, nullable = false)
    private String deploymentIds;

    @Column(name = "country_code", length = 2, nullable = false)
    private String countryCode;

    @Column(name = "organisation", length = NAME_LENGTH, nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private OrganisationType organisationType;

    /** Whether module quiz results go back too, besides the final assessment's. */
    @Column(name = "module_scores", nullable = false)
    private boolean moduleScores;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Platform() {
    }

    public Platform(PlatformSettings settings, Instant createdAt) {
        this.createdAt = createdAt;
        change(settings);
    }

    /** Takes new settings (the administrator's edit). */
    public void change(PlatformSettings settings) {
        this.name = settings.name().strip();
        this.issuer = settings.issuer().strip();
        this.clientId = settings.clientId().strip();
        this.keysetUrl = settings.keysetUrl().strip();
        this.authUrl = settings.authUrl().strip();
        this.tokenUrl = settings.tokenUrl().strip();
        this.deploymentIds = String.join("\n", deploymentsIn(settings.deploymentIds()));
        this.countryCode = settings.countryCode().toUpperCase(Locale.ROOT);
        this.organisation = settings.organisation().strip();
        this.organisationType = settings.organisationType();
        this.moduleScores = settings.moduleScores();
    }

    /** The deployment ids in a text of lines, commas or spaces. */
    public static Set<String> deploymentsIn(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(text == null ? new String[0] : text.split("[\\s,]+")).filter(s -> !s.isBlank()).forEach(ids::add);
        return ids;
    }

    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && getDeploymentIds().contains(deploymentId);
    }

    /**
     * The web origins the platform's pages are served from (its issuer's and its sign-in endpoint's):
     * those that may show the academy in a frame.
     */
    public List<String> origins() {
        Set<String> origins = new LinkedHashSet<>();
        for (String url : List.of(issuer, authUrl)) {
            originOf(url).ifPresent(origins::add);
        }
        return List.copyOf(origins);
    }

    static java.util.Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public PlatformSettings settings() {
        return new PlatformSettings(name, issuer, clientId, keysetUrl, authUrl, tokenUrl, deploymentIds, countryCode,
                organisation, organisationType, moduleScores);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getKeysetUrl() {
        return keysetUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public Set<String> getDeploymentIds() {
        return deploymentsIn(deploymentIds);
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getOrganisation() {
        return organisation;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public boolean isModuleScores() {
        return moduleScores;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
