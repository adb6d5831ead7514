/*
 * The lesson editor's live preview and cursor. Without script the page still works: the
 * "Preview" button renders the text, and a paragraph is inserted at the end of the text.
 * With it, the server renders the preview (the same renderer and sanitiser as for learners)
 * a moment after typing stops, and "Insert" puts the citation where the cursor was.
 */
(function () {
    'use strict';
    var areas = document.querySelectorAll('textarea.markdown-source');
    Array.prototype.forEach.call(areas, function (area) {
        var cursor = document.getElementById(area.id.replace(/markdown$/, 'cursor'));
        var preview = area.id.replace(/markdown$/, 'preview');
        var remember = function () {
            if (cursor) {
                cursor.value = area.selectionStart;
            }
        };
        ['keyup', 'click', 'select', 'input', 'blur'].forEach(function (event) {
            area.addEventListener(event, remember);
        });
        if (!window.faces || !faces.ajax) {
            return;
        }
        var timer;
        area.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                faces.ajax.request(area, null, {execute: area.id, render: preview});
            }, 700);
        });
    });
}());
