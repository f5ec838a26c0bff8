// Small progressive enhancements; every page works without them.
(function () {
    'use strict';

    // Confirm destructive actions: <button data-confirm="...">.
    document.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    // Disable submit buttons while a form posts, so a slow link does not cause double submissions.
    document.addEventListener('submit', function (event) {
        if (event.defaultPrevented) { return; }
        var form = event.target;
        window.setTimeout(function () {
            form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
        }, 0);
        var progress = form.querySelector('[data-progress]');
        if (progress) { progress.classList.remove('d-none'); }
    });

    // A table wider than a phone scrolls sideways; keyboard users need to reach that scroll area too, so a
    // scrolling wrapper becomes a focusable, named region (named after its table's caption or the heading above).
    function labelScrollAreas() {
        document.querySelectorAll('.table-responsive').forEach(function (area) {
            if (area.scrollWidth <= area.clientWidth + 1 || area.querySelector('a, button, input, select, textarea')) {
                area.removeAttribute('tabindex');
                return;
            }
            area.setAttribute('tabindex', '0');
            if (!area.hasAttribute('aria-label') && !area.hasAttribute('aria-labelledby')) {
                var caption = area.querySelector('caption');
                var heading = area.previousElementSibling;
                var name = caption ? caption.textContent : (heading && /^H[1-6]$/.test(heading.tagName) ? heading.textContent : 'Bảng');
                area.setAttribute('role', 'region');
                area.setAttribute('aria-label', name.trim() + ' (cuộn ngang để xem hết)');
            }
        });
    }
    labelScrollAreas();
    window.addEventListener('resize', labelScrollAreas);
})();
