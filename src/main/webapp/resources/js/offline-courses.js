/*
 * Courses available offline (issue 19), loaded by offline.js where needed: the "Available offline"
 * switch of a course (downloads its pages into the cache the service worker reads, shows the
 * progress and the size stored, removes them), keeping downloaded courses up to date (a course
 * republished is downloaded again; one the person left is removed), and the offline page's list
 * of what this device keeps for the person.
 */
(function () {
    'use strict';
    var api = window.AcademyOffline;
    if (!api) {
        return;
    }
    var person = api.person;
    var lang = api.lang;
    var context = api.context;
    var get = api.get;
    var put = api.put;
    var remove = api.remove;
    var all = api.all;

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
        var pattern = /(?:src|href|content)="([^"]*\/jakarta\.faces\.resource\/[^"]*)"/g;
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
    window.addEventListener('online', keepCoursesUpToDate);
    showLibrary();
    keepCoursesUpToDate();
}());
