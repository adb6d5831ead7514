/**
 * Completion records: issued exactly once when a learner meets a course's completion rule,
 * keeping what was true on the day; the PDF certificate in the learner's language with a QR
 * code, signed by the academy (PAdES); the public verification page, which also checks an
 * uploaded PDF's signature; the same record as an Open Badges 3.0 credential signed with the
 * platform's Ed25519 key, as a VC-JWT and as JSON-LD with a Data Integrity proof, with its public
 * keys (every one it has used), revocation lists and JSON-LD contexts published; the
 * administrators' registry with revocation and reissue, written to the audit log.
 *
 * <p>Depends on: account, administration, assessment, catalog, country, learning, platform.
 */
package org.capacityacademy.credential;
