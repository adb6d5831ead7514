package org.capacityacademy.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /openapi} describes every REST endpoint: each JAX-RS resource method of the platform (found
 * in the build's classes, so that a new one cannot be left out) with its path, method, parameters
 * and answers, and the endpoints servlets serve (verification, keys, revocation lists).
 * {@code /metrics} is for administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDescriptionIT {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*(:[^}]*)?}");

    @ArquillianResource
    URL base;

    private JsonObject description() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void everyResourceMethodIsDescribedWithItsPathParametersAndAnswers() throws Exception {
        JsonObject paths = description().getJsonObject("paths");
        Map<String, String> endpoints = resourceMethods();
        assertTrue(endpoints.size() >= 11, "the platform's endpoints were found: " + endpoints);
        List<String> problems = new ArrayList<>();
        endpoints.forEach((endpoint, method) -> {
            String verb = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonObject item = paths.getJsonObject(path);
            JsonObject operation = item == null ? null : item.getJsonObject(verb);
            if (operation == null) {
                problems.add(endpoint + " (" + method + ") is not described");
                return;
            }
            if (operation.getString("summary", "").isBlank() || operation.getString("description", "").length() < 40
                    || !operation.getString("description", "").contains("Who may call it")) {
                problems.add(endpoint + ": a summary, and a description that says who may call it");
            }
            JsonObject responses = operation.getJsonObject("responses");
            // an endpoint that is always refused (xAPI's storing, on this read-only store) says so and has no 2xx
            boolean alwaysRefused = operation.getString("summary", "").endsWith("(refused)");
            if (responses == null || responses.containsKey("default")
                    || (alwaysRefused ? !responses.containsKey("403") : responses.keySet().stream().noneMatch(code -> code.startsWith("2")))) {
                problems.add(endpoint + ": its answers, each with its status");
            }
            List<String> parameters = operation.containsKey("parameters") ? operation.getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject).filter(p -> p.getString("in").equals("path")).map(p -> p.getString("name")).toList() : List.of();
            Matcher template = TEMPLATE.matcher(path);
            while (template.find()) {
                if (!parameters.contains(template.group(1))) {
                    problems.add(endpoint + ": its path parameter " + template.group(1));
                }
            }
            if (verb.equals("put") || verb.equals("post")) {
                if (!operation.containsKey("requestBody") && !path.contains("/progress/")) {
                    problems.add(endpoint + ": its body");
                }
            }
        });
        assertEquals(List.of(), problems);
        assertFalse(paths.keySet().stream().anyMatch(path -> path.contains("null") || path.contains(":")), paths.keySet()::toString);
    }

    @Test
    void theEndpointsServletsServeAreDescribedToo() throws Exception {
        JsonObject paths = description().getJsonObject("paths");
        for (String endpoint : List.of("post /verify", "get /verify/{code}", "get /.well-known/jwks.json", "get /.well-known/did.json",
                "get /credentials/status/{list}")) {
            String[] parts = endpoint.split(" ");
            assertTrue(paths.containsKey(parts[1]) && paths.getJsonObject(parts[1]).containsKey(parts[0]), endpoint + " in " + paths.keySet());
        }
        JsonObject schemes = description().getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(List.of("session", "xapiBasic", "xapiBearer"), schemes.keySet().stream().sorted().toList());
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, anonymous.statusCode());
        assertFalse(anonymous.body().contains("# TYPE"), "no figure is shown");
        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            assertTrue(new String(admin.fetchBytes("/metrics"), java.nio.charset.StandardCharsets.UTF_8).contains("# TYPE"),
                    "an administrator reads the figures");
        }
    }

    /** "GET /api/…" for each JAX-RS resource method in the build's classes, with the method's name. */
    static Map<String, String> resourceMethods() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(System.getProperty("project.build.directory", "target"), "classes");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                types.add(Class.forName(name, false, ApiDescriptionIT.class.getClassLoader()));
            }
        }
        Map<Class<?>, String> roots = new java.util.HashMap<>();
        String restRoot = null;
        for (Class<?> type : types) {
            if (Application.class.isAssignableFrom(type) && type.isAnnotationPresent(ApplicationPath.class)) {
                String root = "/" + type.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
                Application application = (Application) type.getDeclaredConstructor().newInstance();
                if (application.getClasses().isEmpty() || type.getSimpleName().equals("RestApplication")) {
                    restRoot = root;
                } else {
                    application.getClasses().forEach(listed -> roots.put(listed, root));
                }
            }
        }
        Map<String, String> endpoints = new TreeMap<>();
        for (Class<?> type : types) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String prefix = roots.getOrDefault(type, restRoot) + "/" + type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                String path = prefix + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
                path = TEMPLATE.matcher(path.replaceAll("/+", "/").replaceAll("/$", "")).replaceAll("{$1}");
                endpoints.put(verb + " " + path, type.getSimpleName() + "." + method.getName());
            }
        }
        return endpoints;
    }
}
