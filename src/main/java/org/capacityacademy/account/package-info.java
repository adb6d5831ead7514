/**
 * People and their roles: self-registration, sign-in with throttling and lock-out, profiles,
 * password changes and resets by e-mailed single-use links, and the first administrator.
 */
package org.capacityacademy.account;
