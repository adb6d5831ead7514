/**
 * What a report is: its breakdown, its filter and its rows (values, not JPA entities: the
 * reporting tables are read with plain aggregate SQL).
 */
package org.capacityacademy.reporting.entity;
