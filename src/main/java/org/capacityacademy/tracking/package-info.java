/**
 * Tracking: every learning event kept as an xAPI 1.0.3 statement, readable through the
 * standard Statements resource and forwarded to an external learning record store.
 * Other components only fire {@link org.capacityacademy.tracking.boundary.LearningEvent}s.
 *
 * <p>Depends on: account, catalog, platform.
 */
package org.capacityacademy.tracking;
