/**
 * UN M49 countries and areas: codes, regions, the development groups (developing, LDC,
 * LLDC, SIDS) used for eligibility and reports, and names in the six UN languages.
 */
package org.capacityacademy.country;
