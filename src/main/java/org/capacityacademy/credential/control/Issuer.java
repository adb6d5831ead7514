package org.capacityacademy.credential.control;

import java.net.URI;

/**
 * The platform as the issuer of credentials, named by a {@code did:web} identifier derived from
 * its public address: {@code https://academy.example.org} is {@code did:web:academy.example.org},
 * whose DID document a verifier fetches from {@code /.well-known/did.json}.
 */
public record Issuer(String publicUrl, String did, String name) {

    public static final String NAME = "Capacity Academy";

    public static Issuer at(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        URI uri = URI.create(base);
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty()) {
            for (String segment : uri.getPath().substring(1).split("/")) {
                did.append(':').append(segment);
            }
        }
        return new Issuer(base, did.toString(), NAME);
    }

    /** The id of the verification method (the key) inside the DID document; also the JWS {@code kid}. */
    public String keyId(String thumbprint) {
        return did + "#" + thumbprint;
    }

    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    public String statusListUrl(int list) {
        return publicUrl + "/credentials/status/" + list;
    }

    /** The revocation list as a JSON-LD credential with a Data Integrity proof, for the credentials of that form. */
    public String linkedDataStatusListUrl(int list) {
        return statusListUrl(list) + ".jsonld";
    }

    public String contextUrl(String file) {
        return publicUrl + "/credentials/contexts/" + file;
    }

    public String achievementId(String courseCode) {
        return publicUrl + "/catalog/course.xhtml?code=" + courseCode;
    }
}
