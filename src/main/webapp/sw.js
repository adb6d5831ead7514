/*
 * The platform's service worker (issue 19): what lets a learner read a course and answer its
 * quizzes without a connection. Served by the platform itself, from its root so that it serves
 * every page; nothing comes from another host.
 *
 * - Stylesheets, scripts and icons (their addresses carry their version) are kept the first time
 *   a page uses them and taken from here afterwards.
 * - A page of a course the signed-in learner made available offline (offline.js downloads them into
 *   the cache "course|<person>|<course>"): lessons and the glossary are shown from here at once and
 *   refreshed in the background; the other pages (course page, quizzes) are asked of the server
 *   first and shown from here when it cannot be reached.
 * - An attempt page the person opened is kept too (cache "course|<person>|attempts"): if the
 *   connection drops during a final assessment, the page opens again with the answers kept.
 * - Any other page the server cannot give: the offline page, in the person's language, which lists
 *   what is available offline.
 * Only pages of the person signed in on this device are shown: the pages tell the worker who that
 * is, and after signing out nobody's downloaded pages are shown.
 * Requests other than GET, and the API, always go to the server (the pages queue what they send).
 */
'use strict';

var SHELL = 'academy-shell-v1';
var STATE = 'academy-state';
var STATE_KEY = '/__academy-state';
var COURSE_PREFIX = 'course|';
var OFFLINE_HEADER = 'X-Academy-Offline';
var scope = new URL(self.registration.scope).pathname.replace(/\/$/, '');
var state = null;

function readState() {
    if (state) {
        return Promise.resolve(state);
    }
    return caches.open(STATE).then(function (cache) {
        return cache.match(STATE_KEY);
    }).then(function (response) {
        return response ? response.json() : {person: '', lang: ''};
    }).then(function (read) {
        state = read;
        return state;
    });
}

function writeState(next) {
    state = next;
    return caches.open(STATE).then(function (cache) {
        return cache.put(STATE_KEY, new Response(JSON.stringify(next), {headers: {'Content-Type': 'application/json'}}));
    });
}

function offlinePage(lang) {
    return scope + '/offline.xhtml?lang=' + encodeURIComponent(lang || '');
}

/** Keeps the offline page of the page's language, and the stylesheets and scripts the page uses. */
function keepShell(lang, resources) {
    return caches.open(SHELL).then(function (cache) {
        var wanted = resources.slice();
        wanted.push(offlinePage(lang));
        return Promise.all(wanted.map(function (url) {
            return cache.match(url).then(function (found) {
                if (found) {
                    return null;
                }
                var headers = {};
                headers[OFFLINE_HEADER] = '1';
                return fetch(new Request(url, {credentials: 'same-origin', headers: headers})).then(function (response) {
                    return response.ok && !response.redirected ? cache.put(url, response) : null;
                }).catch(function () { return null; });
            });
        }));
    });
}

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name.indexOf('academy-shell-') === 0 && name !== SHELL;
        }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'page') {
        event.waitUntil(writeState({person: data.person || '', lang: data.lang || ''})
            .then(function () { return keepShell(data.lang, data.resources || []); }));
    }
});

function isResource(url) {
    return url.pathname.indexOf(scope + '/jakarta.faces.resource/') === 0
        || url.pathname.indexOf(scope + '/resources/') === 0
        || url.pathname === scope + '/favicon.ico';
}

function fromShell(request) {
    return caches.open(SHELL).then(function (cache) {
        return cache.match(request).then(function (found) {
            return found || fetch(request).then(function (response) {
                if (response.ok && response.type === 'basic') {
                    cache.put(request, response.clone());
                }
                return response;
            });
        });
    });
}

/** The person's downloaded copy of a page, and the cache that holds it. */
function downloaded(person, url) {
    if (!person) {
        return Promise.resolve(null);
    }
    return caches.keys().then(function (names) {
        var mine = names.filter(function (name) { return name.indexOf(COURSE_PREFIX + person + '|') === 0; });
        return mine.reduce(function (previous, name) {
            return previous.then(function (found) {
                return found || caches.open(name).then(function (cache) {
                    return cache.match(url).then(function (response) {
                        return response ? {cache: cache, response: response} : null;
                    });
                });
            });
        }, Promise.resolve(null));
    });
}

/** A fresh copy of a downloaded page, kept if the server gave the page itself (not a sign-in page). */
function refresh(copy, url) {
    var headers = {};
    headers[OFFLINE_HEADER] = '1';
    return fetch(new Request(url, {credentials: 'same-origin', headers: headers})).then(function (response) {
        if (response.ok && !response.redirected) {
            return copy.cache.put(url, response.clone()).then(function () { return response; });
        }
        return response;
    });
}

function offlineAnswer(lang) {
    return caches.open(SHELL).then(function (cache) {
        return cache.match(offlinePage(lang)).then(function (page) {
            return page || cache.keys().then(function (requests) {
                var any = requests.filter(function (r) { return r.url.indexOf('/offline.xhtml') >= 0; })[0];
                return any ? cache.match(any) : new Response('', {status: 503});
            });
        });
    });
}

function navigate(event) {
    var request = event.request;
    var url = new URL(request.url);
    var key = url.origin + url.pathname + url.search;
    var readFirst = /\/catalog\/(lesson|glossary)\.xhtml$/.test(url.pathname);
    return readState().then(function (known) {
        return downloaded(known.person, key).then(function (copy) {
            if (copy && readFirst) {
                event.waitUntil(refresh(copy, key).catch(function () { return null; }));
                return copy.response;
            }
            return fetch(request).then(function (response) {
                if (copy && response.ok && !response.redirected && response.type === 'basic') {
                    event.waitUntil(refresh(copy, key).catch(function () { return null; }));
                } else if (known.person && response.ok && !response.redirected && /\/learning\/attempt\.xhtml$/.test(url.pathname)) {
                    // an attempt under way: if the connection drops, the page opens again with the answers kept here
                    var attempts = COURSE_PREFIX + known.person + '|attempts';
                    var kept = response.clone();
                    event.waitUntil(caches.open(attempts).then(function (cache) { return cache.put(key, kept); }));
                }
                return response;
            }).catch(function () {
                return copy ? copy.response : offlineAnswer(known.lang);
            });
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin || url.pathname.indexOf(scope + '/api/') === 0) {
        return;
    }
    if (request.mode === 'navigate' && (url.pathname.indexOf(scope + '/admin/') === 0 || url.pathname.indexOf(scope + '/author/') === 0)) {
        return;   // administration and authoring need the server (and download files): never from here
    }
    if (request.mode === 'navigate') {
        event.respondWith(navigate(event));
    } else if (isResource(url)) {
        event.respondWith(fromShell(request));
    }
});
