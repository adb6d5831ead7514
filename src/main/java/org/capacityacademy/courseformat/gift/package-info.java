/**
 * Question banks in Moodle's GIFT format: read strictly for a course (every problem with its
 * line), read question by question for an import (each taken or skipped with its reason), and
 * written so that Moodle imports them and an unchanged question keeps its text.
 */
package org.capacityacademy.courseformat.gift;
