/* Registers the service worker (sw.js) on the pages of a visitor not signed in: the app can be installed and
   shows the offline page without a connection; nobody's downloaded course is shown (offline.js does more when signed in). */
(function () {
    'use strict';
    var script = document.currentScript;
    try {
        localStorage.removeItem('academy-person');   // signed out: the offline page shows nobody's courses
    } catch (e) { /* storage refused */ }
    if (!('serviceWorker' in navigator) || !script) {
        return;
    }
    var context = script.src.replace(/^https?:\/\/[^/]+/, '').replace(/\/jakarta\.faces\.resource\/.*$/, '');
    navigator.serviceWorker.register(context + '/sw.js').then(function () {
        return navigator.serviceWorker.ready;
    }).then(function (registration) {
        registration.active.postMessage({type: 'page', person: '', lang: document.documentElement.lang,
            resources: Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'),
                function (element) { return element.href || element.src; })});
    }).catch(function () { return null; });
}());
