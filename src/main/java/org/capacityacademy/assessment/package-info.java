/**
 * Questions, question banks and quizzes: the GIFT format banks are written in, the
 * questions as stored per language, and (as the platform grows) attempts and grading.
 */
package org.capacityacademy.assessment;
