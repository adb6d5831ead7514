package org.capacityacademy.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a deep linking request (1EdTech Deep Linking 2.0): an {@code LtiDeepLinkingResponse}
 * JWT from the tool (issuer: the client id) to the platform (audience: its issuer), signed with the
 * tool's key, carrying one {@code ltiResourceLink} to the chosen course, module or lesson (its launch
 * address and its custom parameters), with a line item for the final assessment when asked.
 */
public final class DeepLinkingResponse {

    private DeepLinkingResponse() {
    }

    /**
     * @param launchUrl      the tool's launch address
     * @param lineItemLabel  the grade column's name, or null for none
     */
    public static JWTClaimsSet claims(String clientId, String platformIssuer, DeepLinkingRequest request, LinkTarget target,
                                      String title, String launchUrl, String lineItemLabel, Instant now) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("url", launchUrl + "?" + target.query());
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("course", target.course());
        if (target.module() != null) {
            custom.put("module", target.module());
        }
        if (target.lesson() != null) {
            custom.put("lesson", target.lesson());
        }
        item.put("custom", custom);
        if (lineItemLabel != null && request.acceptLineItem()) {
            item.put("lineItem", Map.of("scoreMaximum", 100, "label", lineItemLabel, "resourceId", "final",
                    "tag", "final-assessment"));
        }
        List<Object> items = new ArrayList<>();
        items.add(item);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).audience(platformIssuer)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).claim("nonce", UUID.randomUUID().toString())
                .claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_RESPONSE).claim(Claims.VERSION, Claims.LTI_VERSION)
                .claim(Claims.DEPLOYMENT_ID, request.deploymentId()).claim(Claims.CONTENT_ITEMS, items);
        if (request.data() != null) {
            claims.claim(Claims.DEEP_LINKING_DATA, request.data());
        }
        return claims.build();
    }
}
