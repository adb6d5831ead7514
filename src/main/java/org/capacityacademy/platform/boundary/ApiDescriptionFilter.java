package org.capacityacademy.platform.boundary;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's description ({@code /openapi}) names each path as OpenAPI writes paths: a JAX-RS
 * template with a regular expression ({@code reports.{format: csv|xlsx}}) becomes the plain
 * parameter ({@code reports.{format}}), whose values the parameter's schema lists.
 * (microprofile-config.properties: mp.openapi.filter)
 */
public class ApiDescriptionFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>(api.getPaths().getPathItems());
        items.forEach((path, item) -> {
            String plain = plainPath(path);
            if (!plain.equals(path)) {
                api.getPaths().removePathItem(path);
                api.getPaths().addPathItem(plain, item);
            }
        });
    }

    static String plainPath(String path) {
        return path.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}");
    }
}
