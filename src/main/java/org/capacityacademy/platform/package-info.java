/**
 * What every feature stands on and none depends on the other way: the data source and its
 * migrations, sign-in configuration, languages and right-to-left layout, security headers,
 * error pages, mail, health checks, and the leases that let a scheduled job run on one node of
 * a cluster at a time.
 *
 * <p>Depends on: country.
 */
package org.capacityacademy.platform;
