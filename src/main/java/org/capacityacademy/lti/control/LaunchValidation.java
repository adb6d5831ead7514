package org.capacityacademy.lti.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.capacityacademy.lti.control.Launch.DeepLinkingSettings;
import org.capacityacademy.lti.entity.Platform;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a launch's ID token as the 1EdTech LTI 1.3 core specification (section 5.1.3) requires:
 * signed with RS256 by a key of the platform's keyset; issued by the platform, for the academy's
 * client id (with {@code azp} when there are several audiences), not expired, carrying the nonce the
 * academy sent; from a registered deployment; a resource link or deep linking request of LTI 1.3.0
 * with the claims that message needs. Each refusal names its reason.
 */
public final class LaunchValidation {

    /** How far the platform's clock may be from ours. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private LaunchValidation() {
    }

    public static Launch validate(String idToken, Platform platform, String expectedNonce, JWKSource<SecurityContext> keys,
                                  Instant now) {
        JWTClaimsSet claims = verifiedClaims(idToken, keys);
        if (!platform.getIssuer().equals(claims.getIssuer())) {
            throw new LaunchRefused("lti.refused.issuer");
        }
        List<String> audience = claims.getAudience();
        String azp = string(claims, "azp");
        if (audience == null || !audience.contains(platform.getClientId())
                || (audience.size() > 1 && azp == null) || (azp != null && !azp.equals(platform.getClientId()))) {
            throw new LaunchRefused("lti.refused.audience");
        }
        Date expiry = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expiry == null || issued == null || now.minus(CLOCK_SKEW).isAfter(expiry.toInstant())
                || issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new LaunchRefused("lti.refused.expired");
        }
        if (expectedNonce == null || !expectedNonce.equals(string(claims, "nonce"))) {
            throw new LaunchRefused("lti.refused.nonce");
        }
        if (!platform.hasDeployment(string(claims, Claims.DEPLOYMENT_ID))) {
            throw new LaunchRefused("lti.refused.deployment");
        }
        if (!Claims.LTI_VERSION.equals(string(claims, Claims.VERSION))) {
            throw new LaunchRefused("lti.refused.version");
        }
        String type = string(claims, Claims.MESSAGE_TYPE);
        if (!Claims.RESOURCE_LINK_REQUEST.equals(type) && !Claims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LaunchRefused("lti.refused.messageType");
        }
        String subject = claims.getSubject();
        List<String> roles = strings(claims, Claims.ROLES);
        if (subject == null || subject.isBlank() || subject.length() > 255 || roles == null) {
            throw new LaunchRefused("lti.refused.claims");
        }
        Map<String, Object> link = object(claims, Claims.RESOURCE_LINK);
        String target = string(claims, Claims.TARGET_LINK_URI);
        DeepLinkingSettings deepLinking = null;
        if (Claims.RESOURCE_LINK_REQUEST.equals(type)) {
            if (link == null || !(link.get("id") instanceof String) || target == null) {
                throw new LaunchRefused("lti.refused.claims");
            }
        } else {
            deepLinking = deepLinkingSettings(claims);
        }
        Map<String, Object> context = object(claims, Claims.CONTEXT);
        Map<String, Object> ags = object(claims, Claims.AGS_ENDPOINT);
        Map<String, Object> nrps = object(claims, Claims.NRPS);
        Map<String, Object> presentation = object(claims, Claims.LAUNCH_PRESENTATION);
        return new Launch(type, subject, nameOf(claims), string(claims, Claims.DEPLOYMENT_ID), List.copyOf(roles), target,
                link == null ? null : (String) link.get("id"),
                context != null && context.get("id") instanceof String id ? id : null, custom(claims),
                ags == null ? null : text(ags.get("lineitem")), ags == null ? null : text(ags.get("lineitems")),
                ags != null && ags.get("scope") instanceof List<?> scopes ? scopes.stream().map(String::valueOf).toList() : List.of(),
                nrps == null ? null : text(nrps.get("context_memberships_url")), deepLinking,
                presentation == null ? null : text(presentation.get("locale")));
    }

    private static JWTClaimsSet verifiedClaims(String idToken, JWKSource<SecurityContext> keys) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken == null ? "" : idToken);
        } catch (ParseException e) {
            throw new LaunchRefused("lti.refused.malformed", e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // the claims are checked below, each with its own reason
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        try {
            return processor.process(jwt, null);
        } catch (KeySourceException e) {
            throw new LaunchRefused("lti.refused.keyset", e);
        } catch (BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new LaunchRefused("lti.refused.signature", e);
        }
    }

    private static DeepLinkingSettings deepLinkingSettings(JWTClaimsSet claims) {
        Map<String, Object> settings = object(claims, Claims.DEEP_LINKING_SETTINGS);
        if (settings == null || !(settings.get("deep_link_return_url") instanceof String returnUrl)
                || !(settings.get("accept_types") instanceof List<?> types) || !types.contains("ltiResourceLink")) {
            throw new LaunchRefused("lti.refused.claims");
        }
        return new DeepLinkingSettings(returnUrl, types.stream().map(String::valueOf).toList(),
                Boolean.TRUE.equals(settings.get("accept_lineitem")), text(settings.get("data")));
    }

    /** The person's name as the platform gives it; null when it gives none. */
    private static String nameOf(JWTClaimsSet claims) {
        String name = string(claims, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = string(claims, "given_name");
        String family = string(claims, "family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, Object> custom = object(claims, Claims.CUSTOM);
        Map<String, String> values = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((key, value) -> {
                if (value instanceof String text) {
                    values.put(key, text);
                }
            });
        }
        return values;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static String string(JWTClaimsSet claims, String name) {
        return text(claims.getClaim(name));
    }

    private static List<String> strings(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
