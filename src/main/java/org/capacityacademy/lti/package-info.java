/**
 * The academy as an LTI 1.3 tool (LTI Advantage) for learning platforms such as Moodle: the
 * platforms an administrator registered, the tool's own key pair and public keyset, OpenID Connect
 * third-party login initiation and the launch validated against the platform's keyset, learners
 * matched by the platform's subject identifier and signed in on the linked page (also inside the
 * platform's frame), Deep Linking for instructors, scores sent back through Assignment and Grade
 * Services from an outbox, and enrolment of a context's members through Names and Role Provisioning.
 *
 * <p>Depends on: account, administration, assessment, catalog, country, learning, platform.
 */
package org.capacityacademy.lti;
