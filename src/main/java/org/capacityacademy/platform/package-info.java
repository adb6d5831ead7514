/**
 * What every feature stands on and none depends on the other way: the data source and its
 * migrations, the sign-in mechanism, languages and right-to-left layout, security headers and
 * cookies, the one place where refused requests (expired or forged forms, not allowed, too large,
 * not UTF-8, an unreadable API body) become answers in the person's language, error pages, the
 * API's description, mail, health checks, and the leases that let a scheduled job run on one
 * node of a cluster at a time.
 *
 * <p>Depends on: country.
 */
package org.capacityacademy.platform;
