/*
 * Completes the lesson when the learner reaches its end (the way Moodle completes a page on
 * view, but only once it has been scrolled through), or presses the button. The completion is
 * kept on this device with its time and sent by the queue (offline.js), so that a lesson read
 * offline counts once the connection returns. Online (and without script) the button posts the
 * form; the server ignores a second completion.
 */
(function () {
    'use strict';
    // offline.js (the queue) comes after the page's own scripts: start once the page is parsed
    function start() {
        var end = document.getElementById('lesson-end');
        var queue = window.AcademyOffline;
        if (!end || !window.fetch || !queue) {
            return;
        }
        var done = false;

        function complete() {
            if (done) {
                return;
            }
            done = true;
            queue.enqueue({kind: 'completion', course: parseInt(end.getAttribute('data-course'), 10),
                lesson: parseInt(end.getAttribute('data-lesson'), 10), at: new Date().toISOString()},
                end.getAttribute('data-label')).then(function (item) {
                var notice = document.createElement('p');
                notice.className = 'notice';
                notice.id = 'lesson-done';
                notice.setAttribute('role', 'status');
                notice.setAttribute('data-state', 'device');
                notice.textContent = end.getAttribute('data-completed') + ' ' + end.getAttribute('data-device');
                end.replaceWith(notice);
                queue.onResult(function (sent, outcome) {
                    if (sent && sent.id === item.id) {
                        notice.textContent = outcome.state === 'refused' ? outcome.message : end.getAttribute('data-completed');
                        notice.setAttribute('data-state', outcome.state === 'refused' ? 'refused' : 'saved');
                    }
                });
            }, function () {
                done = false;   // nothing kept: the button still posts the form
            });
        }

        var form = end.querySelector('form');
        if (form) {
            form.addEventListener('submit', function (event) {
                if (navigator.onLine === false) {
                    event.preventDefault();   // offline: kept on this device instead of a post that cannot leave
                    complete();
                }
            });
        }
        if (!window.IntersectionObserver) {
            return;
        }
        var opened = Date.now();
        var observer = new IntersectionObserver(function (entries) {
            // a glance at a short page is not reading it: wait a few seconds after opening
            if (!entries.some(function (entry) { return entry.isIntersecting; }) || Date.now() - opened < 5000) {
                return;
            }
            observer.disconnect();
            complete();
        });
        window.setTimeout(function () { observer.observe(end); }, 5000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
