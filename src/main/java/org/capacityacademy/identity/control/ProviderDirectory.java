package org.capacityacademy.identity.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each provider publishes about itself, fetched from its issuer and kept: the discovery
 * document ({@code /.well-known/openid-configuration}, checked to name the same issuer) for an
 * hour, and its signing keys, which Nimbus's key source keeps for five minutes and fetches again
 * at once when a token names a key it does not hold (the provider rotated its keys).
 */
@ApplicationScoped
public class ProviderDirectory {

    static final Duration DISCOVERY_LIFETIME = Duration.ofHours(1);
    static final int TIMEOUT_MILLIS = 5000;
    /** The signature algorithms taken when the provider names none (RS256 is what OpenID Connect requires of every provider). */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.copyOf(List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.Ed25519, JWSAlgorithm.EdDSA));

    /** A provider's discovery document and keys, as fetched at a moment. */
    public record Provider(OIDCProviderMetadata metadata, JWSVerificationKeySelector<SecurityContext> keys, Instant fetchedAt) {
    }

    private final Map<String, Provider> known = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    public Provider get(String issuer) throws SignInRefused {
        Provider provider = known.get(issuer);
        if (provider != null && clock.instant().isBefore(provider.fetchedAt().plus(DISCOVERY_LIFETIME))) {
            return provider;
        }
        provider = fetch(issuer);
        known.put(issuer, provider);
        return provider;
    }

    /** Forgets a provider, e.g. after its administrator changed where it is. */
    public void forget(String issuer) {
        known.remove(issuer);
    }

    private Provider fetch(String issuer) throws SignInRefused {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
                throw new SignInRefused(SignInFailure.UNREACHABLE, issuer + " publishes no keys or token endpoint");
            }
            JWKSource<SecurityContext> source = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 512 * 1024))
                    .retrying(false).build();
            Set<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs() == null ? Set.of(JWSAlgorithm.RS256)
                    : metadata.getIDTokenJWSAlgs().stream().filter(ASYMMETRIC::contains).collect(java.util.stream.Collectors.toSet());
            if (algorithms.isEmpty()) {
                throw new SignInRefused(SignInFailure.UNREACHABLE, issuer + " signs ID tokens with no public-key algorithm");
            }
            return new Provider(metadata, new JWSVerificationKeySelector<>(algorithms, source), clock.instant());
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new SignInRefused(SignInFailure.UNREACHABLE, issuer + ": " + e.getMessage(), e);
        }
    }
}
