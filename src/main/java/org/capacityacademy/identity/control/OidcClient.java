package org.capacityacademy.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The authorization code flow with one provider, as OpenID Connect Core 1.0 and RFC 7636 (PKCE)
 * describe it, through Nimbus: the address that sends the person to the provider, then the code
 * exchanged for tokens and the ID token checked (signature by the provider's published keys,
 * issuer, audience = our client id, expiry and issue time with a minute of clock skew, nonce).
 */
@ApplicationScoped
public class OidcClient {

    /** Who a provider is to us: where, our client id, our secret (read at each use, never kept by this class). */
    public record Client(long providerId, String issuer, String clientId, String secret) {
    }

    @Inject
    ProviderDirectory directory;

    public URI authorizationAddress(Client client, URI redirect, String state, String nonce, String codeVerifier)
            throws SignInRefused {
        ProviderDirectory.Provider provider = directory.get(client.issuer());
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new Scope("openid", "email", "profile"),
                new ClientID(client.clientId()), redirect)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Exchanges the code and checks the ID token; what it says about the person. */
    public ProviderIdentity identityFrom(Client client, URI redirect, String code, String nonce, String codeVerifier)
            throws SignInRefused {
        ProviderDirectory.Provider provider = directory.get(client.issuer());
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(), authentication(client, provider),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, new CodeVerifier(codeVerifier)));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(ProviderDirectory.TIMEOUT_MILLIS);
            http.setReadTimeout(ProviderDirectory.TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new SignInRefused(SignInFailure.UNREACHABLE, "token endpoint of " + client.issuer() + ": " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            throw new SignInRefused(SignInFailure.REFUSED, "token endpoint of " + client.issuer() + ": "
                    + (error.getErrorObject() == null ? "no error named" : error.getErrorObject().getCode()));
        }
        OIDCTokens tokens = response.toSuccessResponse().getTokens().toOIDCTokens();
        JWT idToken = tokens.getIDToken();
        if (idToken == null) {
            throw new SignInRefused(SignInFailure.INVALID_TOKEN, client.issuer() + " sent no ID token");
        }
        IDTokenClaimsSet claims = validated(client, provider, idToken, nonce);
        Object verified = claims.getClaim("email_verified");
        return new ProviderIdentity(client.providerId(), claims.getSubject().getValue(), claims.getStringClaim("email"),
                Boolean.TRUE.equals(verified) || "true".equals(verified), claims.getStringClaim("name"));
    }

    static IDTokenClaimsSet validated(Client client, ProviderDirectory.Provider provider, JWT idToken, String nonce)
            throws SignInRefused {
        IDTokenValidator validator = new IDTokenValidator(new Issuer(client.issuer()), new ClientID(client.clientId()),
                provider.keys(), null);
        try {
            return validator.validate(idToken, new Nonce(nonce));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInRefused(SignInFailure.INVALID_TOKEN, client.issuer() + ": " + e.getMessage(), e);
        }
    }

    /** The client secret as the provider says it takes it: in a Basic header (the default) or in the form. */
    private static ClientAuthentication authentication(Client client, ProviderDirectory.Provider provider) {
        List<ClientAuthenticationMethod> methods = provider.metadata().getTokenEndpointAuthMethods();
        ClientID id = new ClientID(client.clientId());
        Secret secret = new Secret(client.secret());
        return methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
    }
}
