/*
 * Completes the lesson when the learner reaches its end (the way Moodle completes a page on
 * view, but only once it has been scrolled through). The button stays for browsers without
 * script; the server ignores a second completion.
 */
(function () {
    'use strict';
    var end = document.getElementById('lesson-end');
    if (!end || !window.fetch || !window.IntersectionObserver) {
        return;
    }
    var opened = Date.now();
    var observer = new IntersectionObserver(function (entries) {
        // a glance at a short page is not reading it: wait a few seconds after opening
        if (!entries.some(function (entry) { return entry.isIntersecting; }) || Date.now() - opened < 5000) {
            return;
        }
        observer.disconnect();
        fetch(end.getAttribute('data-complete-url'), {method: 'PUT', credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 204) {
                    var done = document.createElement('p');
                    done.className = 'notice';
                    done.id = 'lesson-done';
                    done.setAttribute('role', 'status');
                    done.textContent = end.getAttribute('data-completed');
                    end.replaceWith(done);
                }
            });
    });
    window.setTimeout(function () { observer.observe(end); }, 5000);
}());
