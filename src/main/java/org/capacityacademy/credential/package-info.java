/**
 * Completion records: issued exactly once when a learner meets a course's completion rule,
 * keeping what was true on the day; the PDF certificate in the learner's language with a QR
 * code; the public verification page; the same record as an Open Badges 3.0 credential signed
 * with the platform's Ed25519 key, with its public key and revocation list published; the
 * administrators' registry with revocation and reissue, written to the audit log.
 *
 * <p>Depends on: account, administration, assessment, catalog, country, learning, platform.
 */
package org.capacityacademy.credential;
