package org.capacityacademy.lti.control;

import java.io.Serializable;

/**
 * An instructor's deep linking request, kept in their session while they choose what to link: where
 * the answer goes, the platform's opaque data to return, and whether it takes a line item.
 */
public record DeepLinkingRequest(long platformId, String platformName, String deploymentId, String returnUrl, String data,
                                 boolean acceptLineItem) implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = "academy.lti.deepLinking";
}
