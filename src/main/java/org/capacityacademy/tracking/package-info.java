/**
 * Tracking: every learning event kept as an xAPI statement, readable through the standard
 * Statements resource of a read-only learning record store and forwarded to an external one.
 * Statements become visible in the order of their stored time, given after the recording
 * transaction has committed, so that readers continuing from a stored time miss none.
 * Other components only fire {@link org.capacityacademy.tracking.boundary.LearningEvent}s.
 *
 * <p>Depends on: account, catalog, platform.
 */
package org.capacityacademy.tracking;
