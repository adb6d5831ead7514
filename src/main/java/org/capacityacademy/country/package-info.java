/**
 * UN M49 countries and areas: codes, regions, the development groups (developing, LDC,
 * LLDC, SIDS) used for eligibility and reports, and names in the six UN languages.
 *
 * <p>Depends on: nothing.
 */
package org.capacityacademy.country;
