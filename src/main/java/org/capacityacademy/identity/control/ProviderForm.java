package org.capacityacademy.identity.control;

import org.capacityacademy.account.entity.EmailDomain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an administrator typed to register or change a provider, tidied (spaces stripped, an issuer's
 * trailing slash kept as typed: it must match the provider's {@code iss} exactly), with what is wrong
 * with it. The secret is either typed ({@link #secret()}) or named as a configuration key
 * ({@link #secretVariable()}); a change may give neither to keep the secret it has.
 */
public record ProviderForm(String issuer, String clientId, String secret, String secretVariable,
                           Map<String, String> names, List<String> domains, String badDomain, boolean enabled) {

    public static final List<String> LANGUAGES = List.of("en", "ar", "es", "fr", "ru", "zh");
    /** A MicroProfile Config key or environment variable name. */
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,119}");

    /** A problem with one field: its id on the form, a message key and its argument. */
    public record Problem(String field, String messageKey, String argument) {
    }

    public static ProviderForm of(String issuer, String clientId, String secret, String secretVariable,
                                  Map<String, String> names, String domains, boolean enabled) {
        Map<String, String> tidyNames = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> tidyNames.put(language, blankToNull(names.get(language))));
        List<String> domainList = List.of();
        String badDomain = null;
        try {
            domainList = EmailDomain.parseList(domains);
        } catch (EmailDomain.NotADomain e) {
            badDomain = e.getWord();
        }
        return new ProviderForm(blankToNull(issuer), blankToNull(clientId), secret == null || secret.isEmpty() ? null : secret,
                blankToNull(secretVariable), tidyNames, domainList, badDomain, enabled);
    }

    /** What is wrong, field by field; empty when the form may be saved. {@code secretRequired}: a new provider. */
    public List<Problem> problems(boolean secretRequired) {
        List<Problem> problems = new ArrayList<>();
        if (issuer == null || !isIssuer(issuer)) {
            problems.add(new Problem("issuer", "providers.badIssuer", issuer == null ? "" : issuer));
        }
        if (clientId == null) {
            problems.add(new Problem("clientId", "providers.clientIdRequired", ""));
        }
        if (secret != null && secretVariable != null) {
            problems.add(new Problem("secret", "providers.secretTwice", ""));
        } else if (secretVariable != null && !VARIABLE.matcher(secretVariable).matches()) {
            problems.add(new Problem("secretVariable", "providers.badVariable", secretVariable));
        } else if (secretRequired && secret == null && secretVariable == null) {
            problems.add(new Problem("secret", "providers.secretRequired", ""));
        }
        if (names.get("en") == null) {
            problems.add(new Problem("name-en", "providers.nameRequired", ""));
        }
        if (badDomain != null) {
            problems.add(new Problem("domains", "providers.badDomain", badDomain));
        }
        return problems;
    }

    /**
     * An issuer is an https address without query or fragment (OpenID Connect Discovery 1.0, 2);
     * plain http only on this machine (a provider run for tests or a demonstration).
     */
    static boolean isIssuer(String issuer) {
        try {
            URI uri = new URI(issuer);
            if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                return false;
            }
            boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1") || uri.getHost().equals("[::1]");
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && local;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
