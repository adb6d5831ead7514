package org.capacityacademy.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The ID token checks against a provider served on this machine (a discovery document and a key
 * set over HTTP, as a real provider publishes them): a good token passes; one altered after signing,
 * signed by a key the provider does not publish, for another client, from another issuer, with
 * another nonce, or expired, is refused; and a key the provider rotated in since its keys were
 * fetched is fetched at once.
 */
class IdTokenChecksTest {

    private static final String CLIENT = "academy";
    private static final String NONCE = "n-0S6_WzA2Mj";

    private HttpServer server;
    private String issuer;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private RSAKey first;
    private ProviderDirectory directory;

    @BeforeEach
    void publishProvider() throws Exception {
        first = new RSAKeyGenerator(2048).keyID("first").generate();
        published.set(new JWKSet(first.toPublicJWK()));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/moh";
        server.createContext("/realms/moh/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/keys", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer)));
        // a provider whose discovery document names another issuer than the address it was read from
        server.createContext("/realms/other/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/keys", "response_types_supported": ["code"], "subject_types_supported": ["public"]}"""
                .formatted(issuer)));
        server.createContext("/realms/moh/keys", exchange -> {
            keyFetches.incrementAndGet();
            answer(exchange, published.get().toString());
        });
        server.start();
        directory = new ProviderDirectory();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private IDTokenClaimsSet check(JWT token) throws SignInRefused {
        return OidcClient.validated(new OidcClient.Client(1, issuer, CLIENT, "secret"), directory.get(issuer), token, NONCE);
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("248289761001").audience(CLIENT)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", NONCE)
                .claim("email", "nurse@moh.example").claim("email_verified", true);
    }

    private static SignedJWT signed(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    private static void refused(Executable check) {
        SignInRefused refused = assertThrows(SignInRefused.class, check::run);
        assertEquals(SignInFailure.INVALID_TOKEN, refused.getFailure());
    }

    private interface Executable {
        void run() throws Exception;
    }

    @Test
    void aTokenSignedByThePublishedKeyForUsPasses() throws Exception {
        IDTokenClaimsSet claims = check(signed(first, claims().build()));
        assertEquals("248289761001", claims.getSubject().getValue());
        assertEquals("nurse@moh.example", claims.getStringClaim("email"));
    }

    @Test
    void aTokenAlteredAfterSigningIsRefused() throws Exception {
        String[] parts = signed(first, claims().build()).serialize().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("nurse@moh.example", "minister@moh.example");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        refused(() -> check(JWTParser.parse(tampered)));
    }

    @Test
    void aTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("first").generate();
        refused(() -> check(signed(stranger, claims().build())));
    }

    @Test
    void aTokenForAnotherClientFromAnotherIssuerWithAnotherNonceOrExpiredIsRefused() throws Exception {
        refused(() -> check(signed(first, claims().audience("another-client").build())));
        refused(() -> check(signed(first, claims().issuer("https://evil.example/realms/moh").build())));
        refused(() -> check(signed(first, claims().claim("nonce", "replayed").build())));
        refused(() -> check(signed(first, claims().claim("nonce", null).build())));
        Instant past = Instant.now().minusSeconds(3600);
        refused(() -> check(signed(first, claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build())));
    }

    @Test
    void aKeyRotatedInIsFetchedAtOnce() throws Exception {
        check(signed(first, claims().build()));
        int fetchesBefore = keyFetches.get();
        RSAKey second = new RSAKeyGenerator(2048).keyID("second").generate();
        published.set(new JWKSet(List.of(first.toPublicJWK(), second.toPublicJWK())));
        IDTokenClaimsSet claims = check(signed(second, claims().build()));
        assertEquals("248289761001", claims.getSubject().getValue());
        assertEquals(fetchesBefore + 1, keyFetches.get(), "the unknown key made the keys be fetched again, once");
        check(signed(first, claims().build()));
        check(signed(second, claims().build()));
        assertEquals(fetchesBefore + 1, keyFetches.get(), "and they are kept");
    }

    @Test
    void aProviderThatDoesNotAnswerIsSaidToBeUnreachable() {
        SignInRefused refused = assertThrows(SignInRefused.class, () -> directory.get("http://127.0.0.1:9/realms/none"));
        assertEquals(SignInFailure.UNREACHABLE, refused.getFailure());
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() {
        SignInRefused refused = assertThrows(SignInRefused.class, () -> directory.get(issuer.replace("/moh", "/other")));
        assertEquals(SignInFailure.UNREACHABLE, refused.getFailure());
    }
}
