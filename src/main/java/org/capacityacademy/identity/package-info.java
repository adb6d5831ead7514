/**
 * Signing in with an organisation's account through OpenID Connect: the providers administrators
 * register (issuer, client id, a secret never shown again, a name per language, allowed e-mail
 * domains), the authorization code flow with PKCE, state and nonce, the ID token checked against
 * the provider's published keys (fetched by discovery, kept, fetched again when the provider rotates
 * them), the link from a provider's subject to an account (by a verified e-mail address only), the
 * profile a newcomer completes before their account is made, and the e-mail domains whose people
 * may not use a local password.
 *
 * <p>Depends on: account, administration, platform.
 */
package org.capacityacademy.identity;
