/*
 * Learning offline (issue 19), on every page of a signed-in person (and the offline page):
 * - registers the service worker (sw.js) and tells it who is signed in and in which language;
 * - the queue: what the person did while the server could not be reached (a lesson completed,
 *   an answer given, a quiz submitted) is kept on this device (IndexedDB) the moment it happens,
 *   with its time and an id, and sent in order when the connection returns; the same item sent
 *   twice is stored once by the server. Items belong to the person who queued them: another
 *   person signed in on this device never sees or sends them;
 * - says on every page what is still waiting to be sent, and warns before signing out;
 * - completes a lesson when the learner reaches its end (through the queue);
 * - loads offline-courses.js (the "Available offline" switch, keeping downloaded courses up to
 *   date, the offline page's list) only where it is needed, so that a first visit stays small.
 * Pages use it through window.AcademyOffline (quiz.js, offline-courses.js).
 */
(function () {
    'use strict';
    var script = document.currentScript;
    var context = script ? script.src.replace(/^https?:\/\/[^/]+/, '').replace(/\/jakarta\.faces\.resource\/.*$/, '') : '';
    var personMeta = document.querySelector('meta[name="academy-person"]');
    var person = personMeta ? personMeta.getAttribute('content') : '';
    try {
        if (person) {
            localStorage.setItem('academy-person', person);
        } else if (document.getElementById('offline-library')) {
            // the offline page names nobody: it shows what the person last signed in on this device keeps
            person = localStorage.getItem('academy-person') || '';
        }
    } catch (e) { /* storage refused: the offline page then lists nothing */ }
    var lang = document.documentElement.lang;
    var listeners = [];
    var flushing = null;
    var retryTimer = null;
    var retryDelay = 2000;
    var dbPromise = null;
    var waitingCount = 0;
    var channel = window.BroadcastChannel ? new BroadcastChannel('academy-queue') : null;

    /* ---------- storage ---------- */

    function db() {
        if (!dbPromise) {
            dbPromise = new Promise(function (resolve, reject) {
                if (!window.indexedDB) {
                    reject(new Error('no IndexedDB'));
                    return;
                }
                var open = indexedDB.open('academy-offline', 1);
                open.onupgradeneeded = function () {
                    var d = open.result;
                    d.createObjectStore('queue', {keyPath: 'id'}).createIndex('person', 'person');
                    d.createObjectStore('answers', {keyPath: 'key'});
                    d.createObjectStore('courses', {keyPath: 'key'});
                    d.createObjectStore('papers', {keyPath: 'key'});
                };
                open.onsuccess = function () { resolve(open.result); };
                open.onerror = function () { reject(open.error); };
            });
        }
        return dbPromise;
    }

    function tx(store, mode, work) {
        return db().then(function (d) {
            return new Promise(function (resolve, reject) {
                var t = d.transaction(store, mode);
                var result;
                var request = work(t.objectStore(store));
                if (request) {
                    request.onsuccess = function () { result = request.result; };
                }
                t.oncomplete = function () { resolve(result); };
                t.onerror = function () { reject(t.error); };
                t.onabort = function () { reject(t.error); };
            });
        });
    }

    function get(store, key) {
        return tx(store, 'readonly', function (s) { return s.get(key); });
    }

    function put(store, value) {
        return tx(store, 'readwrite', function (s) { return s.put(value); });
    }

    function remove(store, key) {
        return tx(store, 'readwrite', function (s) { return s.delete(key); });
    }

    function all(store) {
        return tx(store, 'readonly', function (s) { return s.getAll(); });
    }

    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var bytes = crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    }

    /* ---------- the queue ---------- */

    /** The person's items still waiting, oldest first. */
    function waiting() {
        if (!person) {
            return Promise.resolve([]);
        }
        return all('queue').then(function (items) {
            return items.filter(function (item) { return item.person === person; })
                .sort(function (a, b) { return a.seq - b.seq; });
        });
    }

    /**
     * Keeps an item on this device and starts sending: body is what the server gets (kind and its
     * fields), label what the page lists while it waits. Resolves with the item once it is kept.
     */
    function enqueue(body, label) {
        var item = {id: uuid(), person: person, seq: Date.now() + Math.random(), queuedAt: new Date().toISOString(),
            label: label || '', body: body};
        body.person = person;
        return put('queue', item).then(function () {
            showWaiting();
            flush();
            return item;
        });
    }

    function notify(item, outcome) {
        listeners.forEach(function (listener) {
            try { listener(item, outcome); } catch (e) { /* one page part failing leaves the others */ }
        });
    }

    function scheduleRetry() {
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(flush, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 15000);
    }

    function sendOne(item) {
        return fetch(context + '/api/offline/items/' + item.id, {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(item.body)
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (!json || response.status === 401 || response.status >= 500) {
                // the session ended, or the server is not there yet: keep it and try again later
                throw new Error(!json || response.status === 401 ? 'signed-out' : 'failed');
            }
            return response.json().then(function (outcome) {
                if (outcome.refused === 'other_person') {
                    throw new Error('other-person');
                }
                return remove('queue', item.id).then(function () {
                    notify(item, outcome);
                    if (channel) {
                        // another tab may be the page that queued it (this one sent it): it hears the outcome too
                        channel.postMessage({item: {id: item.id, body: item.body}, outcome: outcome});
                    }
                });
            });
        });
    }

    /** Sends the person's waiting items in order; stops at the first that cannot be sent now. */
    function flush() {
        if (flushing || !person) {
            return flushing || Promise.resolve();
        }
        var run = function () {
            return waiting().then(function (items) {
                return items.reduce(function (previous, item) {
                    return previous.then(function () { return sendOne(item); });
                }, Promise.resolve());
            }).then(function () {
                retryDelay = 2000;
            }).catch(function (error) {
                listeners.forEach(function (listener) {
                    try { listener(null, {state: 'waiting', reason: error && error.message}); } catch (e) { /* ignore */ }
                });
                scheduleRetry();
            });
        };
        // one tab sends at a time (the server would store an item once anyway)
        flushing = (navigator.locks ? navigator.locks.request('academy-queue', run) : run()).then(function () {
            flushing = null;
            showWaiting();
        }, function () {
            flushing = null;
        });
        return flushing;
    }

    /* ---------- what is waiting, and signing out ---------- */

    function showWaiting() {
        var box = document.getElementById('offline-waiting');
        if (!box) {
            return Promise.resolve();
        }
        return waiting().then(function (items) {
            waitingCount = items.length;
            var count = box.querySelector('.count');
            var list = box.querySelector('ul');
            list.textContent = '';
            if (items.length === 0) {
                box.hidden = true;
                return;
            }
            count.textContent = (items.length === 1 ? box.getAttribute('data-one')
                : box.getAttribute('data-many')).replace('{0}', new Intl.NumberFormat(lang).format(items.length));
            items.forEach(function (item) {
                var li = document.createElement('li');
                li.textContent = item.label;
                list.appendChild(li);
            });
            box.hidden = false;
        }).catch(function () { box.hidden = true; });
    }

    function guardSignOut() {
        var form = document.getElementById('sign-out');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            if (form.getAttribute('data-confirmed') === 'true' || waitingCount === 0) {
                return;
            }
            // something is still to be sent: say so once; it stays on this device for this person's next sign-in
            event.preventDefault();
            var warning = document.getElementById('sign-out-warning');
            warning.textContent = warning.getAttribute('data-text').replace('{0}', new Intl.NumberFormat(lang).format(waitingCount));
            warning.hidden = false;
            form.setAttribute('data-confirmed', 'true');
            form.querySelector('[type=submit]').focus();
        });
    }

    /* ---------- pages kept on the device ---------- */

    var OFFLINE_HEADER = {'X-Academy-Offline': '1'};

    function cacheName(course) {
        return 'course|' + person + '|' + course;
    }

    function refreshPage(url) {
        var href = new URL(url, location.href).href;
        return all('courses').then(function (records) {
            return Promise.all(records.filter(function (r) { return r.person === person; }).map(function (record) {
                return caches.open(cacheName(record.course)).then(function (cache) {
                    return cache.match(href).then(function (found) {
                        return found ? fetch(href, {credentials: 'same-origin', headers: OFFLINE_HEADER}).then(function (response) {
                            return response.ok && !response.redirected ? cache.put(href, response) : null;
                        }) : null;
                    });
                });
            }));
        }).catch(function () { return null; });
    }

    /* ---------- completing a lesson ---------- */

    /*
     * Completes the lesson when the learner reaches its end (the way Moodle completes a page on
     * view, but only once it has been scrolled through), or presses the button while offline. The
     * completion is kept on this device with its time and sent by the queue, so that a lesson read
     * offline counts once the connection returns. Online (and without script) the button posts the
     * form; the server ignores a second completion.
     */
    function completeOnReading() {
        var end = document.getElementById('lesson-end');
        if (!end || !window.fetch) {
            return;
        }
        var done = false;
        function complete() {
            if (done) {
                return;
            }
            done = true;
            enqueue({kind: 'completion', course: parseInt(end.getAttribute('data-course'), 10),
                lesson: parseInt(end.getAttribute('data-lesson'), 10), at: new Date().toISOString()},
                end.getAttribute('data-label')).then(function (item) {
                var notice = document.createElement('p');
                notice.className = 'notice';
                notice.id = 'lesson-done';
                notice.setAttribute('role', 'status');
                notice.setAttribute('data-state', 'device');
                notice.textContent = end.getAttribute('data-completed') + ' ' + end.getAttribute('data-device');
                end.replaceWith(notice);
                listeners.push(function (sent, outcome) {
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

    /** The switch, downloads and the offline page's list, where a page or the person's device needs them. */
    function loadCourses() {
        var meta = document.querySelector('meta[name="academy-offline-courses"]');
        if (!meta || loadCourses.loaded) {
            return;
        }
        loadCourses.loaded = true;
        var element = document.createElement('script');
        element.src = meta.getAttribute('content');
        document.body.appendChild(element);
    }

    /* ---------- start ---------- */

    window.AcademyOffline = {
        person: person,
        lang: lang,
        context: context,
        enqueue: enqueue,
        flush: flush,
        waiting: waiting,
        onResult: function (listener) { listeners.push(listener); },
        get: get,
        put: put,
        remove: remove,
        all: all,
        refreshPage: refreshPage
    };

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(context + '/sw.js').then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            var resources = Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'),
                function (element) { return element.href || element.src; });
            (registration.active || navigator.serviceWorker.controller).postMessage({type: 'page', person: person,
                lang: lang, resources: resources});
        }).catch(function () { return null; });
    }
    window.addEventListener('online', function () {
        retryDelay = 2000;
        flush();
    });
    if (channel) {
        channel.onmessage = function (event) {
            if (event.data && event.data.item && event.data.item.body && event.data.item.body.person === person) {
                notify(event.data.item, event.data.outcome);
                showWaiting();
            }
        };
    }
    guardSignOut();
    showWaiting();
    completeOnReading();
    flush();
    if (document.querySelector('.offline-switch, #offline-library, #unenrol')) {
        loadCourses();
    } else if (person) {
        all('courses').then(function (records) {
            if (records.some(function (record) { return record.person === person; })) {
                loadCourses();   // the device keeps a course of this person's: keep it up to date
            }
        }).catch(function () { return null; });
    }
}());
