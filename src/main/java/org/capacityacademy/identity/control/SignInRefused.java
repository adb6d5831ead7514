package org.capacityacademy.identity.control;

/** A sign-in through a provider that stops here, and why (shown to the person). */
public class SignInRefused extends Exception {

    private final SignInFailure failure;

    public SignInRefused(SignInFailure failure, String detail) {
        super(failure.code() + ": " + detail);
        this.failure = failure;
    }

    public SignInRefused(SignInFailure failure, String detail, Throwable cause) {
        super(failure.code() + ": " + detail, cause);
        this.failure = failure;
    }

    public SignInFailure getFailure() {
        return failure;
    }
}
