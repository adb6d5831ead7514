package org.capacityacademy.lti.entity;

import org.capacityacademy.account.entity.OrganisationType;

import java.io.Serializable;

/**
 * What an administrator enters for a platform, as the platform's LTI tool configuration gives it
 * ({@code deploymentIds}: one or more, on lines or separated by commas).
 */
public record PlatformSettings(String name, String issuer, String clientId, String keysetUrl, String authUrl,
                               String tokenUrl, String deploymentIds, String countryCode, String organisation,
                               OrganisationType organisationType, boolean moduleScores) implements Serializable {
}
