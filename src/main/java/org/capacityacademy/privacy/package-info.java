/**
 * What the platform holds about a person, and erasing it on request: a learner downloads all
 * their data as JSON from their profile; an administrator erases a person's data (name, e-mail,
 * organisation, job title, password, resets, sign-in counts, the actor of their xAPI statements,
 * the name on their completion records) while their learning history stays, anonymous, so that
 * reports stay right and issued records stay verifiable. Each component adds its own data to an
 * export ({@link org.capacityacademy.account.boundary.PersonalDataRequested}) and erases its own
 * part ({@link org.capacityacademy.account.boundary.AccountErased}), in the erasure's transaction.
 *
 * <p>Depends on: account, administration, country, platform.
 */
package org.capacityacademy.privacy;
