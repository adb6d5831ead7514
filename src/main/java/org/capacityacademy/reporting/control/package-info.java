/** The work behind the reports: their SQL, the rebuild of the reporting tables, the SVG charts and the exports. */
package org.capacityacademy.reporting.control;
