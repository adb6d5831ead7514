/**
 * People and their roles: self-registration, sign-in with throttling and lock-out, profiles,
 * password changes and resets by e-mailed single-use links, the first administrator, the
 * directory administrators search, deactivated accounts (which cannot sign in) and verified
 * officials; the e-mail domains whose people may not use a local password (they sign in through
 * their organisation's provider, component identity), and accounts made for such people.
 *
 * <p>Depends on: country, platform.
 */
package org.capacityacademy.account;
