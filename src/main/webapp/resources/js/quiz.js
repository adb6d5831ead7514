/*
 * The attempt page: saves each answer on the server the moment it is given, says so next
 * to the question, and keeps retrying while the connection is down. The form still works
 * without this script: "Save answers" and "Submit" post every answer.
 */
(function () {
    'use strict';
    var sheet = document.getElementById('sheet');
    if (!sheet || !window.fetch) {
        return;
    }
    var saveUrl = sheet.getAttribute('data-save-url');
    var pending = {};   // position -> answer not yet confirmed by the server
    var saved = {};     // position -> the answer the server last confirmed
    var retryDelay = {};

    function answerOf(fieldset) {
        var position = fieldset.getAttribute('data-position');
        var type = fieldset.getAttribute('data-type');
        var name = 'q' + position;
        if (type === 'multiple-choice') {
            return Array.prototype.map.call(fieldset.querySelectorAll('input[name="' + name + '"]:checked'),
                function (input) { return input.value; }).join(',');
        }
        if (type === 'matching') {
            return Array.prototype.map.call(fieldset.querySelectorAll('select'),
                function (select) { return select.value; }).join(',');
        }
        if (type === 'short-answer') {
            return fieldset.querySelector('input[name="' + name + '"]').value;
        }
        var checked = fieldset.querySelector('input[name="' + name + '"]:checked');
        return checked ? checked.value : null;
    }

    function status(position, text, state) {
        var element = document.getElementById('status-' + position);
        if (element) {
            element.textContent = text;
            element.setAttribute('data-state', state);
        }
    }

    function save(position) {
        if (!(position in pending)) {
            return;
        }
        var answer = pending[position];
        status(position, sheet.getAttribute('data-saving'), 'saving');
        fetch(saveUrl + position, {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({answer: answer})
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (!json) {
                // a sign-in page instead of an answer: the session ended (e.g. the server restarted)
                throw new Error(response.redirected || response.status === 401 ? 'signed-out' : 'failed');
            }
            return response.json().then(function (outcome) {
                if (response.ok) {
                    saved[position] = answer;
                    if (pending[position] === answer) {
                        delete pending[position];
                    }
                    delete retryDelay[position];
                    status(position, outcome.message, 'saved');
                    save(position);
                } else {
                    delete pending[position];
                    status(position, outcome.message, 'refused');
                    if (outcome.refused === 'time_up' || outcome.refused === 'closed') {
                        window.location.reload();
                    }
                }
            });
        }).catch(function (error) {
            var reason = error && error.message === 'signed-out' ? 'data-signed-out'
                : navigator.onLine === false ? 'data-offline' : 'data-failed';
            status(position, sheet.getAttribute(reason), 'failed');
            var delay = Math.min((retryDelay[position] || 1000) * 2, 15000);
            retryDelay[position] = delay;
            window.setTimeout(function () { save(position); }, delay);
        });
    }

    function changed(event) {
        var fieldset = event.target.closest('fieldset.question');
        if (!fieldset) {
            return;
        }
        var position = fieldset.getAttribute('data-position');
        var answer = answerOf(fieldset);
        if (answer === null) {
            return;
        }
        if (!(position in pending) && saved[position] === answer) {
            return;   // e.g. the change event after typing, once the typed answer was saved
        }
        var waiting = position in pending;
        pending[position] = answer;
        if (!waiting) {
            save(position);
        }
    }

    var typing = {};
    sheet.addEventListener('change', changed);
    sheet.addEventListener('input', function (event) {
        if (event.target.classList.contains('short-answer')) {
            var position = event.target.closest('fieldset.question').getAttribute('data-position');
            window.clearTimeout(typing[position]);
            typing[position] = window.setTimeout(function () { changed(event); }, 800);
        }
    });
    window.addEventListener('online', function () {
        Object.keys(pending).forEach(save);
    });
    window.addEventListener('beforeunload', function (event) {
        if (Object.keys(pending).length > 0 && !sheet.submitting) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    sheet.addEventListener('submit', function () {
        sheet.submitting = true;   // the form carries every answer; the server saves them first
    });

    var timer = document.getElementById('time-left');
    if (timer) {
        var end = Date.now() + parseInt(timer.getAttribute('data-seconds'), 10) * 1000;
        var template = timer.getAttribute('data-template');
        // digits as the server writes them for this language (Arabic-Indic digits on Arabic pages)
        var number = window.Intl ? new Intl.NumberFormat(document.documentElement.lang).format : String;
        var tick = function () {
            var left = Math.max(0, Math.round((end - Date.now()) / 1000));
            timer.textContent = template.replace('{0}', number(Math.floor(left / 60))).replace('{1}', number(left % 60));
            if (left === 0) {
                window.location.reload();
            } else {
                window.setTimeout(tick, 1000);
            }
        };
        tick();
    }
}());
