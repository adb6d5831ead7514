/** The reports page, its exports and the facade that runs reports and rebuilds the reporting tables. */
package org.capacityacademy.reporting.boundary;
