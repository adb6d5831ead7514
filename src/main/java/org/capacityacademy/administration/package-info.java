/**
 * What administrators run: people and their roles (and, as the platform grows, cohorts,
 * enrolments and the audit log).
 */
package org.capacityacademy.administration;
