package org.capacityacademy.lti.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keysets, fetched from their keyset URLs and cached (for five minutes, then
 * refreshed ahead of expiry), and fetched again at once (at most every 30 seconds) when a token is
 * signed with a key id the cached set does not have: Nimbus' JWK set source does all of it, so a
 * platform that rotates its key keeps launching.
 */
public final class Keysets {

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int LARGEST_KEYSET = 256 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    /** The keyset at this address, cached. */
    public JWKSource<SecurityContext> at(String keysetUrl) {
        return sources.computeIfAbsent(keysetUrl, url -> {
            try {
                return JWKSourceBuilder.create(URI.create(url).toURL(),
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, LARGEST_KEYSET)).build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new LaunchRefused("lti.refused.keyset", e);
            }
        });
    }

    /** Forgets a keyset (its platform's registration changed). */
    public void forget(String keysetUrl) {
        sources.remove(keysetUrl);
    }
}
