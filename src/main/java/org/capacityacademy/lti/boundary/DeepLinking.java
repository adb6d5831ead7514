package org.capacityacademy.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.lti.control.DeepLinkingRequest;
import org.capacityacademy.lti.control.DeepLinkingResponse;
import org.capacityacademy.lti.control.LinkTarget;
import org.capacityacademy.lti.entity.Platform;

import java.time.Instant;

/** Answers an instructor's deep linking request with the link they chose, signed by the tool. */
@ApplicationScoped
public class DeepLinking {

    @Inject
    Platforms platforms;

    @Inject
    ToolKeys keys;

    @Inject
    ToolValues toolValues;

    /** The signed {@code LtiDeepLinkingResponse} JWT to post back to the request's return address. */
    public String respond(DeepLinkingRequest request, LinkTarget target, String title, String lineItemLabel) {
        Platform platform = platforms.find(request.platformId()).orElseThrow(() -> new IllegalStateException("platform gone"));
        return keys.key().sign(DeepLinkingResponse.claims(platform.getClientId(), platform.getIssuer(), request, target, title,
                toolValues.getToolUrl(), lineItemLabel, Instant.now()));
    }
}
