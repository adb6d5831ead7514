/**
 * Learning offline (issue 19): what a device sends from its queue when the connection returns
 * (lessons completed, answers given and quizzes submitted while offline), each stored exactly once
 * by the id the device gave it, and the list of pages a device downloads to make a course
 * available offline. The service worker, the queue and the switches are in {@code offline.js} and
 * {@code sw.js}.
 *
 * <p>Depends on: account, assessment, catalog, learning, platform.
 */
package org.capacityacademy.offline;
