/**
 * People and their roles: self-registration, sign-in with throttling and lock-out, profiles,
 * password changes and resets by e-mailed single-use links, the first administrator, the
 * directory administrators search, deactivated accounts (which cannot sign in) and verified
 * officials.
 *
 * <p>Depends on: country, platform.
 */
package org.capacityacademy.account;
