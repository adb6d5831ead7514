package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through an OpenID Connect provider that speaks the real protocol ({@link TestProvider},
 * a process of its own), over plain HTTP as a browser would go: the platform's redirect to the
 * provider, the provider's login form (where the test chooses the subject and the claims), the
 * provider's redirect back with a code, which the platform exchanges and checks. Providers are
 * registered on the administrators' page. Each scenario ends where a person would see it: signed in,
 * on the profile to complete, or on the sign-in page with the message that says why not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderSignInIT {

    private static final Pattern SAVED = Pattern.compile("saved=(\\d+)");

    @ArquillianResource
    URL base;

    @Test
    void newcomerCompletesTheProfileFirstAndLaterSignsInThroughTheLink() throws Exception {
        String domain = unique() + ".ministry.example";
        String email = "amina@" + domain;
        String subject = "sub-" + unique();
        long provider = registerProvider(TestProvider.get().issuer("ministry-" + unique()), "");

        HttpPerson newcomer = new HttpPerson(base.toURI());
        HttpPerson.Page page = newcomer.get(signInThrough(newcomer, provider, subject,
                "{\"email\": \"" + email + "\", \"email_verified\": true, \"name\": \"Amina Diallo\"}"));
        assertEquals("/identity/complete-profile.xhtml", page.path());
        assertTrue(page.body().contains(email) && page.body().contains("value=\"Amina Diallo\""), "the provider's address and name are given");
        HttpPerson.Page elsewhere = newcomer.get("/learning/my-learning.xhtml");
        assertTrue(elsewhere.path().startsWith("/sign-in.xhtml"), "nothing else before the profile: " + elsewhere.path());

        HttpPerson.Page incomplete = newcomer.submit("/identity/complete-profile.xhtml", "complete", Map.of(
                "complete:fullName", "Amina Diallo", "complete:organisation", "", "complete:language", "en",
                "complete:submit", "Create my account"));
        assertEquals("/identity/complete-profile.xhtml", incomplete.path(), "the organisation is required");
        assertFalse(incomplete.body().contains("signed-in-as"));

        HttpPerson.Page done = newcomer.submit("/identity/complete-profile.xhtml", "complete", profile("Amina Diallo"));
        assertTrue(done.path().startsWith("/index.xhtml"), done.path());
        assertTrue(done.body().contains("signed-in-as"), "signed in once the profile is complete");

        HttpPerson again = new HttpPerson(base.toURI());
        HttpPerson.Page later = again.get(signInThrough(again, provider, subject, "{\"name\": \"A. Diallo\"}"));
        assertTrue(later.path().startsWith("/index.xhtml") && later.body().contains("signed-in-as")
                        && later.body().contains("Amina Diallo"),
                "the link (the provider's subject, no address needed) signs the person in at once: " + later.path());

        String audit = admin().get("/admin/audit-log.xhtml?subject=" + email).body();
        assertTrue(audit.contains("provider account linked") && audit.contains("signed in through a provider"), audit);
    }

    @Test
    void anExistingAccountIsLinkedOnlyByAnAddressTheProviderVerified() throws Exception {
        String email = "kofi@" + unique() + ".agency.example";
        HttpPerson local = new HttpPerson(base.toURI());
        Map<String, String> registration = new LinkedHashMap<>(Map.of("register:submit", "Create account", "register:email", email,
                "register:password", TestAccounts.PASSWORD, "register:confirmation", TestAccounts.PASSWORD));
        profile("Kofi Mensah").forEach((field, value) -> registration.putIfAbsent(field.replace("complete:", "register:"), value));
        assertTrue(local.submit("/account/register.xhtml", "register", registration).path().startsWith("/sign-in.xhtml?registered=true"));
        long provider = registerProvider(TestProvider.get().issuer("agency-" + unique()), "");
        String subject = "sub-" + unique();

        HttpPerson unverified = new HttpPerson(base.toURI());
        HttpPerson.Page refused = unverified.get(signInThrough(unverified, provider, subject,
                "{\"email\": \"" + email + "\", \"email_verified\": false}"));
        assertEquals("/sign-in.xhtml?oidc=unverified", refused.path());
        assertTrue(refused.body().contains("did not confirm that the address is yours"), "said plainly");
        assertFalse(refused.body().contains("signed-in-as"));

        HttpPerson verified = new HttpPerson(base.toURI());
        HttpPerson.Page linked = verified.get(signInThrough(verified, provider, subject,
                "{\"email\": \"" + email + "\", \"email_verified\": true}"));
        assertTrue(linked.path().startsWith("/index.xhtml") && linked.body().contains("Kofi Mensah"),
                "signed in to the existing account: " + linked.path());
        assertTrue(local.submit("/sign-in.xhtml", "sign-in", Map.of("sign-in:email", email, "sign-in:password", TestAccounts.PASSWORD, "sign-in:submit", "Sign in"))
                .body().contains("signed-in-as"), "the local password keeps working");

        HttpPerson admin = admin();
        Matcher user = Pattern.compile("user\\.xhtml\\?id=(\\d+)").matcher(admin.get("/admin/users.xhtml?q=" + email).body());
        assertTrue(user.find(), "the administrator finds the person");
        String page = "/admin/user.xhtml?id=" + user.group(1);
        admin.submit(page, "deactivate", Map.of("deactivate:reason", "Left the agency", "deactivate:submit", "Deactivate"));
        HttpPerson afterwards = new HttpPerson(base.toURI());
        HttpPerson.Page deactivated = afterwards.get(signInThrough(afterwards, provider, subject, "{}"));
        assertEquals("/sign-in.xhtml?oidc=deactivated", deactivated.path(), "a deactivated account does not sign in through a provider either");
        assertTrue(deactivated.body().contains("This account has been deactivated"));
    }

    @Test
    void replayedStateTamperedTokenWrongAudienceAndRefusalsEndOnTheSignInPage() throws Exception {
        String claims = "{\"email\": \"someone@" + unique() + ".example\", \"email_verified\": true}";
        long provider = registerProvider(TestProvider.get().issuer("replay-" + unique()), "");
        HttpPerson person = new HttpPerson(base.toURI());
        String callback = callbackFrom(person, provider, "sub-" + unique(), claims);
        assertEquals("/identity/complete-profile.xhtml", person.get(callback).path(), "the first use is taken");
        assertEquals("/sign-in.xhtml?oidc=stale", person.get(callback).path(), "the same answer again is refused");
        HttpPerson thief = new HttpPerson(base.toURI());
        HttpPerson.Page stolen = thief.get(callback);
        assertEquals("/sign-in.xhtml?oidc=stale", stolen.path(), "and in another browser too");
        assertTrue(stolen.body().contains("expired or was already used"));

        HttpPerson elsewhere = new HttpPerson(base.toURI());
        String fresh = callbackFrom(elsewhere, provider, "sub-" + unique(), claims);
        assertEquals("/sign-in.xhtml?oidc=stale", new HttpPerson(base.toURI()).get(fresh).path(),
                "an answer carried to a browser that did not start the sign-in is refused");
        assertEquals("/sign-in.xhtml?oidc=stale", elsewhere.get(fresh).path(), "and it was used up by that attempt");

        long wrongAudience = registerProvider(TestProvider.get().issuer(TestProvider.WRONG_AUDIENCE), "");
        HttpPerson audience = new HttpPerson(base.toURI());
        HttpPerson.Page forAnother = audience.get(signInThrough(audience, wrongAudience, "sub-" + unique(), claims));
        assertEquals("/sign-in.xhtml?oidc=token", forAnother.path(), "an ID token for another client is refused");
        assertTrue(forAnother.body().contains("could not be verified"));

        long tampered = registerProvider(TestProvider.get().tamperedIssuer("tampered-" + unique()), "");
        HttpPerson victim = new HttpPerson(base.toURI());
        HttpPerson.Page altered = victim.get(signInThrough(victim, tampered, "sub-" + unique(), claims));
        assertEquals("/sign-in.xhtml?oidc=token", altered.path(), "an ID token altered after signing is refused");
        assertFalse(altered.body().contains("signed-in-as"));

        HttpPerson cancelling = new HttpPerson(base.toURI());
        URI authorize = authorizationAddress(cancelling, provider);
        String state = parameter(authorize, "state");
        HttpPerson.Page denied = cancelling.get("/oidc/callback?error=access_denied&state=" + state);
        assertEquals("/sign-in.xhtml?oidc=refused", denied.path());
        assertTrue(denied.body().contains("did not sign you in"));

        long ministryOnly = registerProvider(TestProvider.get().issuer("domains-" + unique()), "health.gov.example");
        HttpPerson outsider = new HttpPerson(base.toURI());
        assertEquals("/sign-in.xhtml?oidc=domain", outsider.get(signInThrough(outsider, ministryOnly, "sub-" + unique(), claims)).path());
        HttpPerson insider = new HttpPerson(base.toURI());
        assertEquals("/identity/complete-profile.xhtml", insider.get(signInThrough(insider, ministryOnly, "sub-" + unique(),
                "{\"email\": \"nurse@moh.health.gov.example\", \"email_verified\": true}")).path(), "a subdomain is covered");

        HttpPerson unknown = new HttpPerson(base.toURI());
        assertEquals("/sign-in.xhtml?oidc=provider", unknown.get("/oidc/start?provider=999999999").path());
        assertEquals("/sign-in.xhtml?oidc=provider", unknown.get("/oidc/start?provider=x").path());
        long unreachable = registerProvider("http://127.0.0.1:9/nothing-listens", "");
        assertEquals("/sign-in.xhtml?oidc=unreachable", unknown.get("/oidc/start?provider=" + unreachable).path());
    }

    @Test
    void passwordsTurnedOffForADomainAreRefusedWithTheReason() throws Exception {
        String domain = unique() + ".passwordless.example";
        String email = "lena@" + domain;
        HttpPerson local = new HttpPerson(base.toURI());
        Map<String, String> registration = new LinkedHashMap<>(Map.of("register:submit", "Create account", "register:email", email,
                "register:password", TestAccounts.PASSWORD, "register:confirmation", TestAccounts.PASSWORD));
        profile("Lena Petrova").forEach((field, value) -> registration.putIfAbsent(field.replace("complete:", "register:"), value));
        assertTrue(local.submit("/account/register.xhtml", "register", registration).path().startsWith("/sign-in.xhtml?registered=true"));

        HttpPerson admin = admin();
        assertEquals("/admin/identity-providers.xhtml?passwordsOff=true",
                HttpPerson.location(admin.post("/admin/identity-providers.xhtml", "passwords", Map.of("passwords:domain", "@" + domain.toUpperCase(), "passwords:submit", "Turn off"))));
        HttpPerson.Page refused = local.submit("/sign-in.xhtml", "sign-in", Map.of("sign-in:email", email, "sign-in:password", TestAccounts.PASSWORD, "sign-in:submit", "Sign in"));
        assertFalse(refused.body().contains("signed-in-as"));
        assertTrue(refused.body().contains("People of " + domain + " sign in with their organisation’s account"), "the reason is given");
        Map<String, String> another = new LinkedHashMap<>(registration);
        another.put("register:email", "olga@" + domain);
        HttpPerson.Page noRegistration = new HttpPerson(base.toURI()).submit("/account/register.xhtml", "register", another);
        assertEquals("/account/register.xhtml", noRegistration.path());
        assertTrue(noRegistration.body().contains("no password is created for them here"), "nor a new password-account of the domain");

        String adminPage = admin.get("/admin/identity-providers.xhtml").body();
        assertTrue(adminPage.contains(domain), "listed for administrators");
        String audit = admin.get("/admin/audit-log.xhtml?subject=" + domain).body();
        assertTrue(audit.contains("passwords turned off for a domain"), audit);
    }

    // --- the steps -------------------------------------------------------------------------

    /** Starts a sign-in through the provider, logs in there as {@code subject} with {@code claims}; where the platform sends the browser after the callback. */
    private static String signInThrough(HttpPerson person, long provider, String subject, String claims) throws Exception {
        String callback = callbackFrom(person, provider, subject, claims);
        HttpResponse<String> answer = person.fetch(URI.create(callback));
        String location = HttpPerson.location(answer);
        assertNotNull(location, () -> "the callback answered " + answer.statusCode());
        return location;
    }

    /** The address the provider sends the browser back to (the platform's callback with code and state), not yet followed. */
    private static String callbackFrom(HttpPerson person, long provider, String subject, String claims) throws Exception {
        URI authorize = authorizationAddress(person, provider);
        HttpResponse<String> login = person.fetch(authorize);
        assertEquals(200, login.statusCode(), "the provider's login page");
        HttpResponse<String> back = person.postForm(authorize, Map.of("username", subject, "claims", claims));
        String location = back.headers().firstValue("Location").orElseThrow(() -> new AssertionError("the provider answered "
                + back.statusCode() + ": " + back.body()));
        assertTrue(location.contains("/oidc/callback?"), location);
        return location;
    }

    private static URI authorizationAddress(HttpPerson person, long provider) throws Exception {
        HttpResponse<String> start = person.fetch(person.address("/oidc/start?provider=" + provider));
        String location = start.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + start.statusCode()));
        URI authorize = URI.create(location);
        assertEquals("S256", parameter(authorize, "code_challenge_method"), "PKCE");
        assertNotNull(parameter(authorize, "nonce"));
        assertNotNull(parameter(authorize, "state"));
        return authorize;
    }

    private static String parameter(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        return value.find() ? java.net.URLDecoder.decode(value.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    private HttpPerson admin() throws Exception {
        HttpPerson admin = new HttpPerson(base.toURI());
        assertTrue(admin.submit("/sign-in.xhtml", "sign-in", Map.of("sign-in:email", Journeys.ADMIN_EMAIL,
                "sign-in:password", Journeys.ADMIN_PASSWORD, "sign-in:submit", "Sign in")).body().contains("signed-in-as"));
        return admin;
    }

    /** Registers a provider on the administrators' page (secret typed); its id. */
    private long registerProvider(String issuer, String domains) throws Exception {
        HttpResponse<String> saved = admin().post("/admin/identity-providers.xhtml", "provider", Map.of(
                "provider:issuer", issuer, "provider:clientId", "academy-" + unique(), "provider:secret", "s3cret-" + unique(),
                "provider:name-en", "Ministry " + unique(), "provider:domains", domains, "provider:enabled", "on",
                "provider:submit", "Add provider"));
        String location = HttpPerson.location(saved);
        assertNotNull(location, () -> "the provider was not saved: " + saved.body().replaceAll("(?s).*<ul[^>]*form-errors[^>]*>(.*?)</ul>.*", "$1"));
        Matcher id = SAVED.matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }

    private static Map<String, String> profile(String name) {
        return Map.of("complete:fullName", name, "complete:country", "SN", "complete:organisation", "Ministry of Health",
                "complete:organisationType", "CERT", "complete:language", "en", "complete:submit", "Create my account");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
