/*
 * Learning offline (issue 19), on every page of a signed-in person:
 * - registers the service worker (sw.js) and tells it who is signed in and in which language;
 * - the queue: what the person did while the server could not be reached (a lesson completed,
 *   an answer given, a quiz submitted) is kept on this device (IndexedDB) the moment it happens,
 *   with its time and an id, and sent in order when the connection returns; the same item sent
 *   twice is stored once by the server. Items belong to the person who queued them: another
 *   person signed in on this device never sees or sends them;
 * - says on every page what is still waiting to be sent, and warns before signing out;
 * - the "Available offline" switch: downloads the pages of a course into the cache the service
 *   worker reads, keeps them up to date when the course is republished, removes them on request
 *   or when the person no longer follows the course.
 * Pages use it through window.AcademyOffline (quiz.js, lesson.js).
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

    /* ---------- courses available offline ---------- */

    var OFFLINE_HEADER = {'X-Academy-Offline': '1'};

    function cacheName(course) {
        return 'course|' + person + '|' + course;
    }

    function courseKey(course) {
        return person + '|' + course;
    }

    /** The stylesheets and scripts a downloaded page needs, so that it shows offline as online. */
    function resourcesOf(html) {
        var found = [];
        var pattern = /(?:src|href)="([^"]*\/jakarta\.faces\.resource\/[^"]*)"/g;
        var match;
        while ((match = pattern.exec(html)) !== null) {
            found.push(match[1].replace(/&amp;/g, '&'));
        }
        return found;
    }

    /** Downloads every page of a course (reporting progress), then records it; resolves with its size in bytes. */
    function download(course, progress) {
        var manifestUrl = context + '/api/offline/courses/' + encodeURIComponent(course);
        return fetch(manifestUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
            if (!response.ok) {
                throw new Error(response.status === 404 ? 'not-enrolled' : 'failed');
            }
            return response.json();
        }).then(function (manifest) {
            var name = cacheName(course);
            var fresh = name + '|new';
            var bytes = 0;
            var done = 0;
            var resources = {};
            return caches.delete(fresh).then(function () {
                return caches.open(fresh);
            }).then(function (cache) {
                return manifest.pages.reduce(function (previous, page) {
                    return previous.then(function () {
                        return fetch(page.url, {credentials: 'same-origin', headers: OFFLINE_HEADER}).then(function (response) {
                            if (!response.ok || response.redirected) {
                                throw new Error('failed');
                            }
                            return response.text().then(function (html) {
                                bytes += new Blob([html]).size;
                                resourcesOf(html).forEach(function (url) { resources[url] = true; });
                                return cache.put(new URL(page.url, location.href).href,
                                    new Response(html, {headers: {'Content-Type': 'text/html;charset=UTF-8'}}));
                            });
                        }).then(function () {
                            done += 1;
                            if (progress) {
                                progress(done, manifest.pages.length);
                            }
                        });
                    });
                }, Promise.resolve()).then(function () {
                    // stylesheets and scripts go through the service worker, which keeps them
                    return Promise.all(Object.keys(resources).map(function (url) {
                        return fetch(url, {credentials: 'same-origin'}).then(function (response) {
                            return response.ok ? response.blob().then(function (blob) { bytes += blob.size; }) : null;
                        }).catch(function () { return null; });
                    }));
                }).then(function () {
                    return copyCache(fresh, name);
                }).then(function () {
                    return put('courses', {key: courseKey(course), person: person, course: course, title: manifest.title,
                        language: manifest.language, version: manifest.version, bytes: bytes,
                        pages: manifest.pages, savedAt: new Date().toISOString()});
                }).then(function () {
                    return bytes;
                });
            });
        });
    }

    /** Replaces a course's cache by the one just downloaded, so that a failed update leaves the old one whole. */
    function copyCache(from, to) {
        return caches.open(from).then(function (source) {
            return source.keys().then(function (requests) {
                return caches.delete(to).then(function () { return caches.open(to); }).then(function (target) {
                    return Promise.all(requests.map(function (request) {
                        return source.match(request).then(function (response) { return target.put(request, response); });
                    }));
                });
            });
        }).then(function () { return caches.delete(from); });
    }

    function forget(course) {
        return caches.delete(cacheName(course)).then(function () { return remove('courses', courseKey(course)); });
    }

    function megabytes(bytes, template) {
        return template.replace('{0}', new Intl.NumberFormat(lang, {minimumFractionDigits: 1, maximumFractionDigits: 1})
            .format(bytes / 1048576));
    }

    function setUpSwitch(input) {
        var course = input.getAttribute('data-course');
        var box = input.closest('.offline-switch');
        var status = box.querySelector('.offline-status');
        var bar = box.querySelector('progress');
        if (!('serviceWorker' in navigator) || !window.caches || !window.indexedDB) {
            return;   // the switch stays hidden where the browser cannot keep a course
        }
        box.hidden = false;
        function say(text, state, bytes) {
            status.textContent = text;
            status.setAttribute('data-state', state);
            if (bytes !== undefined) {
                status.setAttribute('data-bytes', String(bytes));
            }
        }
        get('courses', courseKey(course)).then(function (record) {
            input.checked = !!record;
            if (record) {
                say(megabytes(record.bytes, status.getAttribute('data-ready')), 'ready', record.bytes);
            }
        }).catch(function () {
            input.disabled = true;
            say(status.getAttribute('data-unavailable'), 'unavailable');
        });
        input.addEventListener('change', function () {
            if (!input.checked) {
                forget(course).then(function () { say(status.getAttribute('data-removed'), 'removed'); });
                return;
            }
            input.disabled = true;
            bar.hidden = false;
            bar.value = 0;
            say(status.getAttribute('data-downloading').replace('{0}', '0').replace('{1}', '…'), 'downloading');
            var number = new Intl.NumberFormat(lang).format;
            download(course, function (done, total) {
                bar.max = total;
                bar.value = done;
                say(status.getAttribute('data-downloading').replace('{0}', number(done)).replace('{1}', number(total)), 'downloading');
            }).then(function (bytes) {
                say(megabytes(bytes, status.getAttribute('data-ready')), 'ready', bytes);
            }).catch(function () {
                input.checked = false;
                say(status.getAttribute('data-failed'), 'failed');
            }).then(function () {
                input.disabled = false;
                bar.hidden = true;
            });
        });
    }

    /** When online: a course republished is downloaded again; one the person left is removed. */
    function keepCoursesUpToDate() {
        if (!person || navigator.onLine === false) {
            return;
        }
        all('courses').then(function (records) {
            records.filter(function (r) {
                // asked at most every ten minutes: a page view costs no more than the page
                return r.person === person && !(Date.now() - (r.checkedAt || 0) < 600000);
            }).forEach(function (record) {
                record.checkedAt = Date.now();
                put('courses', record);
                fetch(context + '/api/offline/courses/' + encodeURIComponent(record.course),
                    {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
                    if (response.status === 404) {
                        return forget(record.course);
                    }
                    if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('json') < 0) {
                        return null;
                    }
                    return response.json().then(function (manifest) {
                        return manifest.version !== record.version ? download(record.course) : null;
                    });
                }).catch(function () { return null; });
            });
        }).catch(function () { return null; });
    }

    /** Fetches one downloaded page again (e.g. an offline quiz once its paper was used). */
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

    /* ---------- the offline page ---------- */

    function showLibrary() {
        var library = document.getElementById('offline-library');
        if (!library) {
            return;
        }
        all('courses').then(function (records) {
            var mine = records.filter(function (r) { return r.person === person && person; });
            var list = library.querySelector('ul');
            mine.forEach(function (record) {
                var li = document.createElement('li');
                var link = document.createElement('a');
                link.href = record.pages[0].url;
                link.textContent = record.title;
                link.lang = record.language;
                li.appendChild(link);
                var pages = document.createElement('ul');
                record.pages.slice(1).forEach(function (page) {
                    if (page.url.indexOf('/learning/quiz.xhtml') >= 0) {
                        return;   // the offline paper of a quiz is listed; the quiz page itself needs the server
                    }
                    var item = document.createElement('li');
                    var a = document.createElement('a');
                    a.href = page.url;
                    a.textContent = page.title;
                    a.lang = record.language;
                    item.appendChild(a);
                    pages.appendChild(item);
                });
                li.appendChild(pages);
                list.appendChild(li);
            });
            library.querySelector('.none').hidden = mine.length > 0;
        }).catch(function () { return null; });
    }

    /* ---------- start ---------- */

    window.AcademyOffline = {
        person: person,
        enqueue: enqueue,
        flush: flush,
        waiting: waiting,
        onResult: function (listener) { listeners.push(listener); },
        get: get,
        put: put,
        remove: remove,
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
        keepCoursesUpToDate();
    });
    Array.prototype.forEach.call(document.querySelectorAll('input.offline-toggle'), setUpSwitch);
    var leaving = document.getElementById('unenrol');
    if (leaving) {
        // leaving the course removes it from this device too
        leaving.addEventListener('submit', function () {
            var code = leaving.querySelector('input[name=code]');
            if (code) {
                forget(code.value);
            }
        });
    }
    guardSignOut();
    showWaiting();
    showLibrary();
    flush();
    keepCoursesUpToDate();
}());
