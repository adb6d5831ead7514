package org.capacityacademy;

import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Profile;

import java.util.UUID;

/** Fresh, unique test people, so that tests never depend on each other's data. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static Profile profile(String name) {
        Profile profile = new Profile();
        profile.setFullName(name);
        profile.setCountryCode("KE");
        profile.setOrganisation("Ministry of ICT");
        profile.setOrganisationType(OrganisationType.GOVERNMENT);
        profile.setPreferredLanguage("en");
        return profile;
    }

    /** Registers a fresh person under a unique e-mail address, with a role besides LEARNER (none when null); their e-mail. */
    public static String registered(org.capacityacademy.account.boundary.AccountService accounts, String name,
                                    org.capacityacademy.account.entity.Role role) {
        String email = uniqueEmail(name);
        long id = accounts.register(email, PASSWORD, profile(name)).getId();
        if (role != null) {
            accounts.grant(id, role);
        }
        return email;
    }
}
