package org.capacityacademy.account.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The domain of an e-mail address, the unit administrators write rules for (the domains a provider
 * accepts, the domains whose people may not use a local password). A rule's domain covers its
 * subdomains too: {@code health.gov.example} covers {@code moh.health.gov.example}.
 */
public final class EmailDomain {

    public static final int LENGTH = 253;
    private static final Pattern DOMAIN = Pattern.compile("(?:[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{M}\\p{N}-]*");

    private EmailDomain() {
    }

    /** The lower-case domain of an address, if it has one. */
    public static Optional<String> of(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? Optional.empty() : Optional.of(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** A domain as typed (" @Health.GOV.example "), in the form rules keep, or empty when it is not a domain. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String domain = typed.strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        return domain.length() <= LENGTH && DOMAIN.matcher(domain).matches() ? Optional.of(domain) : Optional.empty();
    }

    /**
     * The domains of a list typed with spaces, commas or new lines between them, in order and once
     * each; the first word that is not a domain is given back as the problem.
     */
    public static List<String> parseList(String typed) throws NotADomain {
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        if (typed != null) {
            for (String word : typed.split("[\\s,;]+")) {
                if (!word.isBlank()) {
                    domains.add(normalise(word).orElseThrow(() -> new NotADomain(word)));
                }
            }
        }
        return List.copyOf(domains);
    }

    /** Whether the address is of one of the domains or of a subdomain of one. */
    public static boolean isCovered(String email, Collection<String> domains) {
        return of(email).map(domain -> domains.stream().anyMatch(rule -> domain.equals(rule) || domain.endsWith("." + rule)))
                .orElse(false);
    }

    /** The rule (of these) that covers the address, the most specific first. */
    public static Optional<String> coveringRule(String email, Collection<String> domains) {
        return of(email).flatMap(domain -> domains.stream().filter(rule -> domain.equals(rule) || domain.endsWith("." + rule))
                .max(java.util.Comparator.comparingInt(String::length)));
    }

    /** A word typed where a domain was expected. */
    public static class NotADomain extends Exception {
        private final String word;

        public NotADomain(String word) {
            super(word);
            this.word = word;
        }

        public String getWord() {
            return word;
        }
    }
}
