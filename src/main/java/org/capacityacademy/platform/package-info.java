/**
 * What every feature stands on and none depends on the other way: the data source and its
 * migrations, sign-in configuration, languages and right-to-left layout, security headers,
 * error pages, mail and health checks.
 */
package org.capacityacademy.platform;
