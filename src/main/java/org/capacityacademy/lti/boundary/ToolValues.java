package org.capacityacademy.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The values a platform's administrator enters to add the academy as an LTI 1.3 tool, from the
 * academy's public address ({@code public.url}, PUBLIC_URL).
 */
@Named
@ApplicationScoped
public class ToolValues {

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    /** The tool URL: where a link without a chosen page lands (the catalogue). */
    public String getToolUrl() {
        return base() + "/lti/launch";
    }

    public String getLoginUrl() {
        return base() + "/lti/login";
    }

    /** The one redirect URI: the launch address. */
    public String getRedirectUri() {
        return base() + "/lti/launch";
    }

    public String getKeysetUrl() {
        return base() + "/lti/jwks.json";
    }

    /** Deep linking requests come to the launch address too; the platform calls it the content selection URL. */
    public String getDeepLinkingUrl() {
        return base() + "/lti/launch";
    }
}
