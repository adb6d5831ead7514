package org.capacityacademy.platform.boundary;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import org.capacityacademy.platform.control.Minified;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the platform's own stylesheets and scripts a version in their address
 * ({@code academy.css.xhtml?v=3f9a1c20}) taken from their content, as PrimeFaces' resources
 * carry theirs ({@code v=15.0.13}): a browser may then keep them for a year
 * ({@link CachingHeadersFilter}) and still gets a changed file at once, because its address
 * changes with it. The version comes from the content rather than the start time so that every
 * node of a cluster gives the same address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String VERSION_PARAMETER = "v";
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;   // a library's resources (PrimeFaces, Faces) are versioned by their library
        }
        String version = versions.computeIfAbsent(resource.getResourceName(), name -> contentHash(resource));
        String name = resource.getResourceName();
        boolean script = name.endsWith(".js");
        boolean stylesheet = name.endsWith(".css");
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + VERSION_PARAMETER + "=" + version;
            }

            @Override
            public InputStream getInputStream() throws IOException {
                if (!script && !stylesheet) {
                    return super.getInputStream();
                }
                byte[] sent = minified.computeIfAbsent(name + "?" + version, key -> {
                    try (InputStream content = resource.getInputStream()) {
                        byte[] source = content.readAllBytes();
                        return script ? Minified.script(source) : Minified.stylesheet(source);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the resource " + name, e);
                    }
                });
                return new java.io.ByteArrayInputStream(sent);
            }

            @Override
            public Map<String, String> getResponseHeaders() {
                Map<String, String> headers = new java.util.HashMap<>(super.getResponseHeaders());
                if (script || stylesheet) {
                    headers.keySet().removeIf(header -> header.equalsIgnoreCase("Content-Length"));   // it is shorter now
                }
                return headers;
            }
        };
    }

    /** The platform's scripts and stylesheets as sent (see {@link Minified}), by name and version. */
    private final Map<String, byte[]> minified = new ConcurrentHashMap<>();

    static String contentHash(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
