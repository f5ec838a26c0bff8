// The inbox: a header checkbox ticks or clears every card of the page it may act on.
(function () {
    'use strict';
    document.querySelectorAll('input[data-select-all]').forEach(function (all) {
        var boxes = function () {
            return all.form.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-select-all') + '"]');
        };
        all.addEventListener('change', function () {
            boxes().forEach(function (box) { box.checked = all.checked; });
        });
        all.form.addEventListener('change', function (event) {
            if (event.target !== all) {
                var list = Array.prototype.slice.call(boxes());
                all.checked = list.length > 0 && list.every(function (box) { return box.checked; });
            }
        });
    });
})();
