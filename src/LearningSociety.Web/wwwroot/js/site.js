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
})();
