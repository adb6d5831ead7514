/**
 * What the learning pages keep between requests: which learners' progress changed on this node
 * ({@link org.capacityacademy.learning.control.ProgressChanges}), so a session's copy of it is read
 * again only then.
 */
package org.capacityacademy.learning.control;
