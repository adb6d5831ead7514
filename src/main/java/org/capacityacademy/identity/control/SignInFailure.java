package org.capacityacademy.identity.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through a provider did not sign the person in. Each is a message on the sign-in
 * page ({@code oidc.failed.<code>}) in the person's language; its code is what the address carries.
 */
public enum SignInFailure {
    /** The provider could not be reached, or answered what is not OpenID Connect. */
    UNREACHABLE("unreachable"),
    /** The provider said no (the person cancelled, access_denied, or any error it named). */
    REFUSED("refused"),
    /** The ID token failed a check: signature, issuer, audience, expiry, nonce. */
    INVALID_TOKEN("token"),
    /** The answer names no sign-in this browser started, or one already used or too old. */
    STALE("stale"),
    /** The provider is unknown or turned off. */
    NO_PROVIDER("provider"),
    /** The provider gave no usable e-mail address. */
    NO_EMAIL("email"),
    /** The address is not of a domain this provider may sign people in for. */
    DOMAIN("domain"),
    /** The provider did not verify an address that an account here already has: never linked. */
    UNVERIFIED("unverified"),
    /** The account is deactivated. */
    DEACTIVATED("deactivated");

    private final String code;

    SignInFailure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "oidc.failed." + code;
    }

    public static Optional<SignInFailure> fromCode(String code) {
        return Arrays.stream(values()).filter(failure -> failure.code.equals(code)).findFirst();
    }
}
