/*
 * The course outline of the course editor: after a move, the keyboard focus goes back to the
 * item moved; modules, and lessons within their module, can also be dragged to a new place,
 * which posts the new order with the page's reorder form. Without script the Move up and
 * Move down buttons do the same.
 */
(function () {
    'use strict';
    var moved = document.querySelector('[data-focus="true"]');
    if (moved) {
        moved.focus();
    }
    var form = document.getElementById('reorder');
    var order = document.getElementById('reorder:order');
    var folder = document.getElementById('reorder:folder');
    var submit = document.getElementById('reorder:submit');
    if (!form || !order || !folder || !submit || !('draggable' in document.createElement('li'))) {
        return;
    }
    var dragged = null;

    function items(list) {
        return Array.prototype.filter.call(list.children, function (child) { return child.hasAttribute('data-path'); });
    }

    function draggable(list, parentPath) {
        items(list).forEach(function (item) {
            item.setAttribute('draggable', 'true');
            item.classList.add('draggable');
            item.addEventListener('dragstart', function (event) {
                event.stopPropagation();
                dragged = item;
                item.classList.add('dragging');
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', item.getAttribute('data-path'));
            });
            item.addEventListener('dragend', function () {
                item.classList.remove('dragging');
            });
            item.addEventListener('dragover', function (event) {
                if (!dragged || dragged === item || dragged.parentNode !== list) {
                    return;
                }
                event.preventDefault();
                event.stopPropagation();
                var box = item.getBoundingClientRect();
                list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? item : item.nextSibling);
            });
            item.addEventListener('drop', function (event) {
                if (!dragged || dragged.parentNode !== list) {
                    return;
                }
                event.preventDefault();
                event.stopPropagation();
                order.value = items(list).map(function (i) { return i.getAttribute('data-path'); }).join('\n');
                folder.value = parentPath;
                dragged = null;
                submit.click();
            });
        });
    }

    var modules = document.getElementById('modules');
    if (modules) {
        draggable(modules, '');
        Array.prototype.forEach.call(modules.querySelectorAll('ol.lessons'), function (lessons) {
            draggable(lessons, lessons.getAttribute('data-path'));
        });
    }
}());
