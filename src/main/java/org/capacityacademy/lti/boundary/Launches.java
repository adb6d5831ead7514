package org.capacityacademy.lti.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.catalog.boundary.CatalogViews.ModuleOutline;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.lti.control.DeepLinkingRequest;
import org.capacityacademy.lti.control.Launch;
import org.capacityacademy.lti.control.LaunchRefused;
import org.capacityacademy.lti.control.LaunchValidation;
import org.capacityacademy.lti.control.LinkTarget;
import org.capacityacademy.lti.entity.GradeLink;
import org.capacityacademy.lti.entity.Login;
import org.capacityacademy.lti.entity.Platform;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The two steps of an LTI 1.3 launch. The login initiation a platform sends starts a login here
 * (a state and a nonce, kept on the server) and sends the browser to the platform's authorisation
 * endpoint; the platform then posts the signed ID token back, which is checked
 * ({@link LaunchValidation}) against that login, used once. The person is then found or created by
 * the platform's subject id, enrolled in the linked course, and sent to the linked page.
 */
@Stateless
public class Launches {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Platforms platforms;

    @Inject
    LaunchKeysets keysets;

    @Inject
    LtiLearners learners;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    /** What a login initiation gives: the state (for the browser's cookie) and where to send the browser. */
    public record LoginStarted(String state, String authorisationRequest) {
    }

    /**
     * What a launch gives: whom to sign in, where to send them, which origins may frame their pages,
     * and for an instructor choosing content, their deep linking request.
     */
    public record Landing(long accountId, long platformId, String path, String framedBy, DeepLinkingRequest deepLinking,
                          Long courseId, String memberships) {
    }

    /** The tool's launch address, which is also its one redirect URI. */
    public String launchUrl() {
        return publicUrl.replaceAll("/+$", "") + "/lti/launch";
    }

    public LoginStarted startLogin(String issuer, String clientId, String loginHint, String messageHint, String targetLinkUri,
                                   String deploymentId) {
        if (issuer == null || loginHint == null || loginHint.isBlank() || targetLinkUri == null) {
            throw new LaunchRefused("lti.refused.login");
        }
        Platform platform = platforms.named(issuer, clientId).orElseThrow(() -> new LaunchRefused("lti.refused.platform"));
        if (deploymentId != null && !deploymentId.isBlank() && !platform.hasDeployment(deploymentId)) {
            throw new LaunchRefused("lti.refused.deployment");
        }
        Login login = new Login(token(), token(), platform.getId(), truncated(targetLinkUri, 2000), clock.instant());
        em.persist(login);
        StringBuilder request = new StringBuilder(platform.getAuthUrl())
                .append(platform.getAuthUrl().contains("?") ? '&' : '?')
                .append("scope=openid&response_type=id_token&response_mode=form_post&prompt=none")
                .append("&client_id=").append(encode(platform.getClientId()))
                .append("&redirect_uri=").append(encode(launchUrl()))
                .append("&login_hint=").append(encode(loginHint))
                .append("&state=").append(login.getState())
                .append("&nonce=").append(login.getNonce());
        if (messageHint != null) {
            request.append("&lti_message_hint=").append(encode(messageHint));
        }
        return new LoginStarted(login.getState(), request.toString());
    }

    /**
     * Checks a launch and prepares the person's landing.
     *
     * @param otherLoginsOnly whether the browser sent state cookies of other logins but not this one's:
     *                        then this browser did not start this login (a login forged into it)
     */
    public Landing launch(String idToken, String state, boolean otherLoginsOnly) {
        Instant now = clock.instant();
        Login login = Optional.ofNullable(state).filter(s -> s.length() <= 64).map(s -> em.find(Login.class, s))
                .orElseThrow(() -> new LaunchRefused("lti.refused.state"));
        if (otherLoginsOnly) {
            throw new LaunchRefused("lti.refused.state");
        }
        if (login.isUsed()) {
            throw new LaunchRefused("lti.refused.replayed");
        }
        if (login.isExpiredAt(now)) {
            throw new LaunchRefused("lti.refused.expired");
        }
        Platform platform = platforms.find(login.getPlatformId()).orElseThrow(() -> new LaunchRefused("lti.refused.platform"));
        Launch launch = LaunchValidation.validate(idToken, platform, login.getNonce(), keysets.at(platform.getKeysetUrl()), now);
        // the login is used once: of two posts of the same token at the same moment, one finds it used
        if (em.createQuery("UPDATE Login l SET l.usedAt = :now WHERE l.state = :state AND l.usedAt IS NULL")
                .setParameter("now", now).setParameter("state", login.getState()).executeUpdate() != 1) {
            throw new LaunchRefused("lti.refused.replayed");
        }
        long accountId = learners.accountOf(platform, launch.subject(), launch.name(), launch.locale());
        String framedBy = String.join(" ", platform.origins());
        if (launch.isDeepLinking()) {
            if (!launch.isTeaching()) {
                throw new LaunchRefused("lti.refused.notTeaching");
            }
            Launch.DeepLinkingSettings settings = launch.deepLinking();
            return new Landing(accountId, platform.getId(), "/lti/deep-link.xhtml", framedBy,
                    new DeepLinkingRequest(platform.getId(), platform.getName(), launch.deploymentId(), settings.returnUrl(),
                            settings.data(), settings.acceptLineItem()), null, null);
        }
        Optional<LinkTarget> target = LinkTarget.of(launch.custom(), launch.targetLinkUri());
        if (target.isEmpty()) {
            return new Landing(accountId, platform.getId(), "/catalog/courses.xhtml", framedBy, null, null, null);
        }
        CourseOutline course = catalog.course(target.get().course(), "en")
                .orElseThrow(() -> new LaunchRefused("lti.refused.noCourse"));
        long courseId = course.card().id();
        learning.enrolThroughLink(accountId, courseId);
        if (launch.lineItem() != null || launch.lineItems() != null) {
            GradeLink link = em.createNamedQuery(GradeLink.FIND, GradeLink.class).setParameter("platform", platform.getId())
                    .setParameter("account", accountId).setParameter("course", courseId).getResultStream().findFirst()
                    .orElseGet(() -> {
                        GradeLink created = new GradeLink(platform.getId(), accountId, courseId);
                        em.persist(created);
                        return created;
                    });
            link.point(launch.lineItem(), launch.lineItems(), now);
        }
        return new Landing(accountId, platform.getId(), landingPath(course, target.get()), framedBy, null, courseId,
                launch.isTeaching() ? launch.memberships() : null);
    }

    /** The page a target opens: the lesson, the module's first lesson, or the course's page. */
    static String landingPath(CourseOutline course, LinkTarget target) {
        String code = course.card().code();
        if (target.lesson() != null) {
            boolean known = course.modules().stream().flatMap(m -> m.lessons().stream()).anyMatch(l -> l.code().equals(target.lesson()));
            if (!known) {
                throw new LaunchRefused("lti.refused.noCourse");
            }
            return "/catalog/lesson.xhtml?course=" + code + "&lesson=" + target.lesson();
        }
        if (target.module() != null) {
            Optional<LessonLink> first = course.modules().stream().filter(m -> m.code().equals(target.module()))
                    .map(ModuleOutline::lessons).filter(l -> !l.isEmpty()).map(l -> l.get(0)).findFirst();
            if (first.isEmpty()) {
                throw new LaunchRefused("lti.refused.noCourse");
            }
            return "/catalog/lesson.xhtml?course=" + code + "&lesson=" + first.get().code();
        }
        return "/catalog/course.xhtml?code=" + code;
    }

    /** Logins a day old are of no more use. */
    public int forgetOldLogins() {
        return em.createQuery("DELETE FROM Login l WHERE l.createdAt < :before")
                .setParameter("before", clock.instant().minus(java.time.Duration.ofDays(1))).executeUpdate();
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
