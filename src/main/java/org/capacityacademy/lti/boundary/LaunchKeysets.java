package org.capacityacademy.lti.boundary;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.capacityacademy.lti.control.Keysets;

/** The platforms' keysets, one cache per server node. */
@ApplicationScoped
public class LaunchKeysets {

    private final Keysets keysets = new Keysets();

    public JWKSource<SecurityContext> at(String keysetUrl) {
        return keysets.at(keysetUrl);
    }

    public void forget(String keysetUrl) {
        keysets.forget(keysetUrl);
    }
}
