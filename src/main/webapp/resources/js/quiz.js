/*
 * The attempt page and the offline quiz page (issue 19): each answer is kept on this device the
 * moment it is given, with the time it was given ("Saved on this device — will be sent"), and
 * sent by the device's queue (offline.js) as soon as the server can be reached ("Saved on the
 * server at 14:05"); a closed tab or a restarted phone loses nothing. The server decides: an
 * answer that reaches it after the attempt's time is up is refused, and the page says so.
 * On the attempt page the form still works without this script ("Save answers" and "Submit" post
 * every answer); submitting while offline, or while answers wait to be sent, queues the submission
 * behind them. On the offline quiz page the submission is queued too, and the grade is linked once
 * it reached the server.
 */
(function () {
    'use strict';
    // offline.js (the queue) comes after the page's own scripts: start once the page is parsed
    function start() {
        var sheet = document.getElementById('sheet');
        var queue = window.AcademyOffline;
        if (!sheet || !window.fetch || !queue) {
            return;
        }
        var paper = sheet.getAttribute('data-paper');
        var saveUrl = sheet.getAttribute('data-save-url') || '';
        var attempt = paper ? null : saveUrl.replace(/^.*\/api\/attempts\//, '').replace(/\/.*$/, '');
        var owner = queue.person + '|' + (paper ? 'paper:' + paper : 'attempt:' + attempt);
        var form = sheet.querySelector('form');
        var submission = document.getElementById('submission');
        var label = sheet.getAttribute('data-label') || document.title;
        var unsent = {};        // item id -> position (or 'submit') of what this page queued and is not yet sent
        var lastGiven = {};     // position -> the answer given last on this page
        var number = window.Intl ? new Intl.NumberFormat(document.documentElement.lang).format : String;

        function fieldsetAt(position) {
            return sheet.querySelector('fieldset.question[data-position="' + position + '"]');
        }

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

        /** Shows an answer kept on this device in the question's fields (after the tab was closed). */
        function showAnswer(fieldset, answer) {
            var position = fieldset.getAttribute('data-position');
            var type = fieldset.getAttribute('data-type');
            var name = 'q' + position;
            if (type === 'matching') {
                var values = answer.split(',');
                Array.prototype.forEach.call(fieldset.querySelectorAll('select'), function (select, i) {
                    select.value = values[i] || '';
                });
            } else if (type === 'short-answer') {
                fieldset.querySelector('input[name="' + name + '"]').value = answer;
            } else {
                var chosen = answer.split(',');
                Array.prototype.forEach.call(fieldset.querySelectorAll('input[name="' + name + '"]'), function (input) {
                    input.checked = chosen.indexOf(input.value) >= 0;
                });
            }
        }

        function status(position, text, state) {
            var element = document.getElementById('status-' + position);
            if (element) {
                element.textContent = text;
                element.setAttribute('data-state', state);
            }
        }

        function say(text, state) {
            if (submission) {
                submission.textContent = text;
                submission.setAttribute('data-state', state);
            }
        }

        function paperRecord() {
            return queue.get('papers', owner).then(function (record) {
                return record || {key: owner, begunAt: new Date().toISOString(), submitted: false};
            });
        }

        function given(position, answer) {
            lastGiven[position] = answer;
            var now = new Date().toISOString();
            var kept = paper ? paperRecord().then(function (record) {
                return queue.put('papers', record).then(function () {
                    return {kind: 'paper-answer', paper: paper, position: parseInt(position, 10), answer: answer,
                        givenAt: now, begunAt: record.begunAt};
                });
            }) : Promise.resolve({kind: 'answer', attempt: attempt, position: parseInt(position, 10), answer: answer, givenAt: now});
            return kept.then(function (body) {
                var text = sheet.getAttribute('data-question-label').replace('{0}', number(parseInt(position, 10) + 1)).replace('{1}', label);
                return queue.enqueue(body, text);
            }).then(function (item) {
                unsent[item.id] = position;
                status(position, sheet.getAttribute('data-device'), 'device');
                return queue.put('answers', {key: owner + '|' + position, answer: answer, givenAt: now, item: item.id, state: 'device'});
            }).catch(function () {
                // this browser keeps nothing (storage refused): the answer goes straight to the server
                return paper ? status(position, sheet.getAttribute('data-signed-out'), 'failed') : sendNow(position, answer);
            });
        }

        function sendNow(position, answer) {
            status(position, sheet.getAttribute('data-saving'), 'saving');
            return fetch(saveUrl + position, {method: 'PUT', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify({answer: answer})}).then(function (response) {
                return response.json().then(function (outcome) {
                    status(position, outcome.message, response.ok ? 'saved' : 'refused');
                });
            }).catch(function () {
                status(position, sheet.getAttribute('data-failed'), 'failed');
            });
        }

        function changed(event) {
            var fieldset = event.target.closest('fieldset.question');
            if (!fieldset || fieldset.disabled) {
                return;
            }
            var position = fieldset.getAttribute('data-position');
            var answer = answerOf(fieldset);
            if (answer === null || lastGiven[position] === answer) {
                return;   // e.g. the change event after typing, once the typed answer was kept
            }
            given(position, answer);
        }

        function disable() {
            Array.prototype.forEach.call(sheet.querySelectorAll('fieldset.question, #submit, #save'), function (element) {
                element.disabled = true;
            });
        }

        function reviewLink(attemptId) {
            say('', 'submitted');
            var link = document.createElement('a');
            link.id = 'see-grade';
            link.href = sheet.getAttribute('data-review-url') + encodeURIComponent(attemptId);
            link.textContent = sheet.getAttribute('data-review');
            submission.appendChild(link);
        }

        queue.onResult(function (item, outcome) {
            if (!item) {
                if (outcome && outcome.reason === 'signed-out') {
                    Object.keys(unsent).forEach(function (id) {
                        if (unsent[id] !== 'submit') {
                            status(unsent[id], sheet.getAttribute('data-signed-out'), 'device');
                        }
                    });
                }
                return;
            }
            if (!(item.id in unsent)) {
                return;
            }
            var position = unsent[item.id];
            delete unsent[item.id];
            if (position === 'submit') {
                if (outcome.state === 'submitted') {
                    if (paper) {
                        paperRecord().then(function (record) {
                            record.attempt = outcome.attempt;
                            return queue.put('papers', record);
                        });
                        reviewLink(outcome.attempt);
                        // the next visit of this page offline gets a new paper
                        queue.refreshPage(sheet.getAttribute('data-page'));
                    } else {
                        window.location.href = sheet.getAttribute('data-review-url') + encodeURIComponent(attempt);
                    }
                } else {
                    say(outcome.message, 'refused');
                }
                return;
            }
            var refused = outcome.state === 'refused';
            status(position, outcome.message, refused ? 'refused' : 'saved');
            if (refused && (outcome.refused === 'time_up' || outcome.refused === 'closed')) {
                say(outcome.message, 'refused');
            }
            queue.get('answers', owner + '|' + position).then(function (record) {
                if (record && record.item === item.id) {
                    record.state = refused ? 'refused' : 'saved';
                    record.message = outcome.message;
                    return queue.put('answers', record);
                }
                return null;
            });
        });

        /* What this device kept of this attempt or paper, shown again when the page opens. */
        queue.waiting().then(function (items) {
            var waitingIds = {};
            items.forEach(function (item) { waitingIds[item.id] = true; });
            Array.prototype.forEach.call(sheet.querySelectorAll('fieldset.question'), function (fieldset) {
                var position = fieldset.getAttribute('data-position');
                queue.get('answers', owner + '|' + position).then(function (record) {
                    if (!record) {
                        return;
                    }
                    if (waitingIds[record.item]) {
                        unsent[record.item] = position;
                        showAnswer(fieldset, record.answer);
                        lastGiven[position] = record.answer;
                        status(position, sheet.getAttribute('data-device'), 'device');
                    } else if (paper) {
                        showAnswer(fieldset, record.answer);
                        lastGiven[position] = record.answer;
                        if (record.message) {
                            status(position, record.message, record.state);
                        }
                    }
                });
            });
            if (paper) {
                paperRecord().then(function (record) {
                    if (!record.submitted) {
                        return;
                    }
                    disable();
                    if (record.attempt) {
                        reviewLink(record.attempt);
                    } else {
                        say(sheet.getAttribute('data-submit-queued'), 'device');
                        items.filter(function (item) { return item.body.kind === 'paper-submit' && item.body.paper === paper; })
                            .forEach(function (item) { unsent[item.id] = 'submit'; });
                    }
                });
            }
        }).catch(function () { return null; });

        var typing = {};
        sheet.addEventListener('change', changed);
        sheet.addEventListener('input', function (event) {
            if (event.target.classList.contains('short-answer')) {
                var position = event.target.closest('fieldset.question').getAttribute('data-position');
                window.clearTimeout(typing[position]);
                typing[position] = window.setTimeout(function () { changed(event); }, 800);
            }
        });

        function queueSubmission() {
            var kept = paper ? paperRecord().then(function (record) {
                record.submitted = true;
                return queue.put('papers', record).then(function () {
                    return {kind: 'paper-submit', paper: paper, begunAt: record.begunAt};
                });
            }) : Promise.resolve({kind: 'submit', attempt: attempt});
            return kept.then(function (body) {
                return queue.enqueue(body, sheet.getAttribute('data-submit-label').replace('{0}', label));
            }).then(function (item) {
                unsent[item.id] = 'submit';
                disable();
                say(sheet.getAttribute('data-submit-queued'), 'device');
            });
        }

        form.addEventListener('submit', function (event) {
            var saving = event.submitter && event.submitter.id && event.submitter.id.indexOf('save') >= 0;
            // online with nothing waiting, the attempt's form posts every answer as it always did
            if (!paper && (saving || (navigator.onLine !== false && Object.keys(unsent).length === 0))) {
                form.submitting = true;
                return;
            }
            event.preventDefault();
            // answers typed but not yet kept (the pause after typing) go first
            var pending = Array.prototype.map.call(sheet.querySelectorAll('fieldset.question'), function (fieldset) {
                var position = fieldset.getAttribute('data-position');
                var answer = answerOf(fieldset);
                return answer !== null && lastGiven[position] !== answer ? given(position, answer) : null;
            });
            Promise.all(pending).then(queueSubmission);
        });

        window.addEventListener('beforeunload', function (event) {
            // everything given is kept on this device; only an answer still being typed would be lost
            var typingNow = Object.keys(typing).some(function (position) {
                var fieldset = fieldsetAt(position);
                return fieldset && answerOf(fieldset) !== lastGiven[position];
            });
            if (typingNow && !form.submitting) {
                event.preventDefault();
                event.returnValue = '';
            }
        });

        var timer = document.getElementById('time-left');
        if (timer) {
            var end = Date.now() + parseInt(timer.getAttribute('data-seconds'), 10) * 1000;
            var template = timer.getAttribute('data-template');
            var tick = function () {
                var left = Math.max(0, Math.round((end - Date.now()) / 1000));
                timer.textContent = template.replace('{0}', number(Math.floor(left / 60))).replace('{1}', number(left % 60));
                if (left > 0) {
                    window.setTimeout(tick, 1000);
                } else if (navigator.onLine !== false && Object.keys(unsent).length === 0) {
                    window.location.reload();
                }
            };
            tick();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
