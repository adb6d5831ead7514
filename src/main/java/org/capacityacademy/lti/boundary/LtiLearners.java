package org.capacityacademy.lti.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.lti.entity.Learner;
import org.capacityacademy.lti.entity.Platform;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The people platforms send, matched by (platform, subject id): the first time, an account is made
 * for them. Platforms give no e-mail address the academy could trust to belong to the person, so the
 * account's address is one that names the platform and the subject and can reach nobody
 * ({@code lti-<platform>-<hash>@lti.invalid}, RFC 2606); its password is random and told to nobody,
 * so the person signs in only through the platform. Name and language come from the launch; country
 * and organisation from the platform's registration.
 */
@Stateless
public class LtiLearners {

    /** The reserved domain of the learners' addresses: never delivered, never anyone's real address. */
    public static final String DOMAIN = "lti.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** The account of the person the platform calls {@code subject}, made on their first arrival. */
    public long accountOf(Platform platform, String subject, String name, String locale) {
        Learner known = em.find(Learner.class, new Learner.Key(platform.getId(), subject));
        if (known != null) {
            return known.getAccountId();
        }
        Profile profile = new Profile();
        profile.setFullName(nameFor(name, platform, subject));
        profile.setCountryCode(platform.getCountryCode());
        profile.setOrganisation(platform.getOrganisation());
        profile.setOrganisationType(platform.getOrganisationType());
        profile.setPreferredLanguage(SupportedLanguage.fromTag(locale == null ? "" : locale.toLowerCase(Locale.ROOT).split("[-_]")[0])
                .orElse(SupportedLanguage.DEFAULT).getTag());
        Account account = accounts.createExternal(addressOf(platform, subject), profile);
        em.persist(new Learner(platform.getId(), subject, account.getId(), clock.instant()));
        em.flush();
        return account.getId();
    }

    /** The account's address: unique per platform and subject, and deliverable to nobody. */
    static String addressOf(Platform platform, String subject) {
        return handleOf(platform, subject) + "@" + DOMAIN;
    }

    private static String handleOf(Platform platform, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "lti-" + platform.getId() + "-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name as the platform gives it, without what a name printed on a certificate may not hold
     * (markup, control and direction characters), at most as long as a name is; the account's handle
     * when the platform gives none.
     */
    static String nameFor(String name, Platform platform, String subject) {
        String cleaned = name == null ? "" : name.replaceAll("[<>\\p{Cntrl}" + Profile.DIRECTION_CONTROLS + "]", " ")
                .replaceAll("\\s+", " ").strip();
        if (cleaned.length() > Profile.NAME_LENGTH) {
            cleaned = cleaned.substring(0, Profile.NAME_LENGTH).strip();
        }
        return cleaned.isEmpty() ? handleOf(platform, subject) : cleaned;
    }
}
