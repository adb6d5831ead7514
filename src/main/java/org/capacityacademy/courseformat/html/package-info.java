/**
 * The one policy for the HTML authors write: what a lesson's Markdown (and a question in HTML)
 * may hold, applied when it is stored and again when it is shown.
 */
package org.capacityacademy.courseformat.html;
