/**
 * The work behind the administrators' pages: reading and checking files of people to import
 * (strict UTF-8, named columns, one row at a time, so that 100,000 rows fit in little memory).
 */
package org.capacityacademy.administration.control;
