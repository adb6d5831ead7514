package org.capacityacademy.lti.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A validated launch: who the platform sends, from which deployment and link, where to, and the
 * services it offers for this context.
 *
 * @param custom        the custom parameters (course, module, lesson may name the linked page)
 * @param lineItem      the AGS line item of the link, or null
 * @param lineItems     the AGS line items container of the context, or null
 * @param agsScopes     the AGS scopes the platform grants
 * @param memberships   the NRPS context memberships URL, or null
 * @param deepLinking   the deep linking settings, for a deep linking request; else null
 * @param locale        the language the platform shows its pages in (a BCP 47 tag), or null
 */
public record Launch(String messageType, String subject, String name, String deploymentId, List<String> roles,
                     String targetLinkUri, String resourceLinkId, String contextId, Map<String, String> custom,
                     String lineItem, String lineItems, List<String> agsScopes, String memberships,
                     DeepLinkingSettings deepLinking, String locale) implements Serializable {

    /** Where a deep linking response goes, and what the platform takes back. */
    public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, boolean acceptLineItem, String data)
            implements Serializable {
    }

    public boolean isDeepLinking() {
        return Claims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    public boolean isTeaching() {
        return roles.stream().anyMatch(Claims.TEACHING_ROLES::contains);
    }
}
