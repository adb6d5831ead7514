package org.capacityacademy.account.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule for e-mail addresses: what the forms and the import of people accept, the account accepts, and the other way round. */
class EmailAddressTest {

    static final List<String> ADDRESSES = List.of("ana@example.org", "O'Brien.Kelly+cert@mail.gov.ke",
            "erased-42@erased.invalid", "admin@capacity-academy.local", "用户@例子.广告", "иван@пример.рф", "a_b-c@x-y.example.org");
    static final List<String> NOT_ADDRESSES = List.of("<img src=x>@example.org", "\"<img src=x>\"@example.org", "a😀b@example.org",
            "admin@example.org'--", "not-an-address", "two@@example.org", "a@b", "dot.@example.org", ".dot@example.org",
            "a..b@example.org", "space in@example.org", "a@-example.org", "a@example-.org", "a@example.123", "a@exam_ple.org",
            "x".repeat(65) + "@example.org", "a@" + "b".repeat(64) + ".org");

    @Test
    void theRuleTakesAddressesInAnyScriptAndRefusesMarkupSymbolsAndSlips() {
        ADDRESSES.forEach(address -> assertTrue(Account.isEmail(address), address));
        NOT_ADDRESSES.forEach(address -> assertFalse(Account.isEmail(address), address));
        assertTrue(Account.isEmail("  ana@example.org "), "spaces around it are not part of it");
    }

    @Test
    void theAccountsConstraintIsTheSameRule() throws NoSuchFieldException {
        jakarta.validation.constraints.Pattern constraint = Account.class.getDeclaredField("email")
                .getAnnotation(jakarta.validation.constraints.Pattern.class);
        assertEquals(Account.EMAIL_PATTERN, constraint.regexp(), "the entity checks the addresses the forms and the import check");
    }
}
