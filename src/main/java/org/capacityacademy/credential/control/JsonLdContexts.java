package org.capacityacademy.credential.control;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD contexts the platform's credentials and DID document name, as copies shipped with
 * the platform (W3C Verifiable Credentials 2.0, Open Badges 3.0.3, DID 1.0, Multikey). Signing and
 * checking read them from here and never from the network; the platform also serves them at
 * {@code /credentials/contexts/{file}}, so that a verifier needs no other host than the issuer.
 * The copies are those the Digital Credentials Consortium's libraries carry (see NOTICE.md).
 */
public final class JsonLdContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DID_V1 = "https://www.w3.org/ns/did/v1";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    /** The address of each context, and its file under {@code /credential/contexts/} (and {@code /credentials/contexts/} on the web). */
    public static final Map<String, String> FILES = Map.of(
            CREDENTIALS_V2, "credentials-v2.jsonld",
            OPEN_BADGES_V3, "ob-v3p0-context-3.0.3.json",
            DID_V1, "did-v1.jsonld",
            MULTIKEY_V1, "multikey-v1.jsonld");

    public static final JsonLdContexts INSTANCE = new JsonLdContexts();

    private static final String RESOURCES = "/credential/contexts/";
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    private JsonLdContexts() {
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String file = FILES.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "only the contexts shipped with the platform are read, never " + url);
        }
        try (InputStream in = new java.io.ByteArrayInputStream(file(file).orElseThrow())) {
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }

    /** A shipped context by its file name, as served at {@code /credentials/contexts/{file}}. */
    public Optional<byte[]> file(String name) {
        if (!FILES.containsValue(name)) {
            return Optional.empty();
        }
        return Optional.of(bytes.computeIfAbsent(name, JsonLdContexts::read));
    }

    private static byte[] read(String name) {
        try (InputStream in = JsonLdContexts.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the JSON-LD context " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
