/**
 * YAML as course files hold it: loaded once, under limits and without what a hostile file could
 * use (anchors, aliases, foreign tags, deep nesting, huge documents); read with the line of every
 * value; changed value by value so that the rest of the text stays byte for byte.
 */
package org.capacityacademy.courseformat.yaml;
