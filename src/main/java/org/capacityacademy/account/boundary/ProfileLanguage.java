package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.capacityacademy.platform.boundary.LanguageSwitch.LanguageChosen;

/** A signed-in person who switches language keeps that language in their profile. */
@ApplicationScoped
public class ProfileLanguage {

    @Inject
    AccountService accounts;

    void keep(@Observes LanguageChosen chosen) {
        accounts.changeLanguage(chosen.callerName(), chosen.language());
    }
}
