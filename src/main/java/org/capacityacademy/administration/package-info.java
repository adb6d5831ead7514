/**
 * What administrators run: people and their roles, cohorts (named groups of people enrolled
 * together in courses), the bulk import of people and enrolments from CSV files (a preview that
 * saves nothing, then one transaction), and the audit log of who did what and when.
 *
 * <p>Depends on: account, catalog, country, learning, platform.
 */
package org.capacityacademy.administration;
