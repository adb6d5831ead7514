package org.capacityacademy.identity.control;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderFormTest {

    private static Map<String, String> names(String english) {
        Map<String, String> names = new HashMap<>();
        names.put("en", english);
        names.put("fr", "  ");
        return names;
    }

    private static List<String> fields(List<ProviderForm.Problem> problems) {
        return problems.stream().map(ProviderForm.Problem::field).toList();
    }

    @Test
    void aCompleteFormHasNoProblemsAndIsTidied() {
        ProviderForm form = ProviderForm.of(" https://sso.example.org/realms/moh ", " academy ", "s3cret", " ",
                names(" Ministry "), "moh.example  health.example", true);
        assertEquals(List.of(), form.problems(true));
        assertEquals("https://sso.example.org/realms/moh", form.issuer());
        assertEquals("academy", form.clientId());
        assertNull(form.secretVariable());
        assertEquals("Ministry", form.names().get("en"));
        assertNull(form.names().get("fr"), "a blank name falls back to English");
        assertEquals(List.of("moh.example", "health.example"), form.domains());
    }

    @Test
    void aNewProviderNeedsASecretOrItsKeyButNotBoth() {
        assertEquals(List.of("secret"), fields(ProviderForm.of("https://a.example", "c", "", null, names("A"), "", true).problems(true)));
        assertEquals(List.of(), fields(ProviderForm.of("https://a.example", "c", "", null, names("A"), "", true).problems(false)),
                "a change keeps the secret it has");
        assertEquals(List.of(), fields(ProviderForm.of("https://a.example", "c", null, "OIDC_MOH_SECRET", names("A"), "", true).problems(true)));
        assertEquals(List.of("secret"), fields(ProviderForm.of("https://a.example", "c", "x", "KEY", names("A"), "", true).problems(true)));
        assertEquals(List.of("secretVariable"), fields(ProviderForm.of("https://a.example", "c", null, "no spaces please", names("A"), "", true).problems(true)));
    }

    @Test
    void theIssuerIsAnHttpsAddressOrThisMachine() {
        assertTrue(ProviderForm.isIssuer("https://login.microsoftonline.com/tenant/v2.0"));
        assertTrue(ProviderForm.isIssuer("http://127.0.0.1:8180/realms/test"));
        assertTrue(ProviderForm.isIssuer("http://localhost:8180/realms/test"));
        assertFalse(ProviderForm.isIssuer("http://sso.example.org/realms/moh"), "plain http only on this machine");
        assertFalse(ProviderForm.isIssuer("https://sso.example.org/?tenant=1"));
        assertFalse(ProviderForm.isIssuer("https://user@sso.example.org/"));
        assertFalse(ProviderForm.isIssuer("not an address"));
        assertFalse(ProviderForm.isIssuer("javascript:alert(1)"));
    }

    @Test
    void everyMissingOrWrongFieldIsNamed() {
        List<ProviderForm.Problem> problems = ProviderForm.of("ftp://x", " ", "s", null, names(""), "ok.example bad_domain", false).problems(true);
        assertEquals(List.of("issuer", "clientId", "name-en", "domains"), fields(problems));
        assertEquals("bad_domain", problems.get(3).argument());
    }
}
