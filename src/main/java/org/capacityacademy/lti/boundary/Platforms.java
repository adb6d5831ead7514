package org.capacityacademy.lti.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.lti.entity.Platform;
import org.capacityacademy.lti.entity.PlatformSettings;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The learning platforms registered by administrators: registering and changing one (each written
 * to the audit log in the same transaction), finding the one a login names, and the origins that
 * may frame the academy.
 */
@Stateless
public class Platforms {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    Countries countries;

    @Inject
    LaunchKeysets keysets;

    @Inject
    jakarta.enterprise.event.Event<PlatformsChanged> changed;

    Clock clock = Clock.systemUTC();

    public List<Platform> all() {
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList();
    }

    public Optional<Platform> find(long id) {
        return Optional.ofNullable(em.find(Platform.class, id));
    }

    /**
     * The platform that sent a login: by issuer, and by client id when the platform gives it (it must
     * when one issuer registered the academy more than once).
     */
    public Optional<Platform> named(String issuer, String clientId) {
        if (issuer == null) {
            return Optional.empty();
        }
        List<Platform> found = em.createNamedQuery(Platform.FIND_BY_ISSUER, Platform.class).setParameter("issuer", issuer)
                .getResultList().stream().filter(p -> clientId == null || clientId.isBlank() || p.getClientId().equals(clientId))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Platform register(String administratorEmail, PlatformSettings settings) {
        check(settings, null);
        Platform platform = new Platform(settings, clock.instant());
        em.persist(platform);
        em.flush();
        auditLog.record(accounts.findByEmail(administratorEmail).orElse(null), "register-lti-platform", "lti-platform",
                String.valueOf(platform.getId()), describe(platform));
        changed.fire(new PlatformsChanged());
        return platform;
    }

    public Platform change(String administratorEmail, long id, PlatformSettings settings) {
        Platform platform = find(id).orElseThrow(() -> new PlatformRefused("lti.platform.notFound"));
        check(settings, id);
        keysets.forget(platform.getKeysetUrl());
        platform.change(settings);
        em.flush();
        auditLog.record(accounts.findByEmail(administratorEmail).orElse(null), "change-lti-platform", "lti-platform",
                String.valueOf(id), describe(platform));
        changed.fire(new PlatformsChanged());
        return platform;
    }

    /** Every registered platform's origins, space-separated: those that may frame the LTI addresses. */
    public String origins() {
        Set<String> origins = new LinkedHashSet<>();
        all().forEach(platform -> origins.addAll(platform.origins()));
        return String.join(" ", origins);
    }

    /** A platform was registered or changed (observed after the commit, when others can read it). */
    public record PlatformsChanged() {
    }

    private static String describe(Platform platform) {
        return platform.getName() + " (" + platform.getIssuer() + ", client " + platform.getClientId() + ")";
    }

    private void check(PlatformSettings settings, Long id) {
        if (blank(settings.name()) || blank(settings.issuer()) || blank(settings.clientId())
                || blank(settings.organisation()) || settings.organisationType() == null) {
            throw new PlatformRefused("lti.platform.missing");
        }
        for (String url : List.of(settings.issuer(), settings.keysetUrl(), settings.authUrl(), settings.tokenUrl())) {
            if (!isWebAddress(url)) {
                throw new PlatformRefused("lti.platform.badUrl");
            }
        }
        if (Platform.deploymentsIn(settings.deploymentIds()).isEmpty()) {
            throw new PlatformRefused("lti.platform.noDeployment");
        }
        if (settings.countryCode() == null || countries.find(settings.countryCode()).isEmpty()) {
            throw new PlatformRefused("lti.platform.badCountry");
        }
        boolean taken = em.createNamedQuery(Platform.FIND_BY_ISSUER, Platform.class).setParameter("issuer", settings.issuer().strip())
                .getResultList().stream().anyMatch(p -> p.getClientId().equals(settings.clientId().strip()) && !p.getId().equals(id));
        if (taken) {
            throw new PlatformRefused("lti.platform.taken");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An absolute http or https address with a host. */
    static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
