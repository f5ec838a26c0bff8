// Live preview of the recognition rule while scores are typed. The server's result is the one that counts;
// this mirrors ScorecardEvaluation so people see "Đạt"/"Không đạt" and why before saving.
(function () {
    'use strict';
    var form = document.getElementById('scorecard-form');
    if (!form) { return; }
    var threshold = parseInt(form.dataset.threshold, 10);
    var min = parseInt(form.dataset.min, 10);
    var appraisal = form.dataset.appraisal === 'true';
    var totalEl = form.querySelector('[data-live-total]');
    var labelEl = form.querySelector('[data-live-label]');
    var reasonsEl = form.querySelector('[data-live-reasons]');

    function display(code) { return code.indexOf('TC') === 0 ? code.substring(2) : code; }

    function update() {
        var rows = form.querySelectorAll('.indicator');
        var total = 0, complete = true, reasons = [], lowest = 10;
        rows.forEach(function (row) {
            var input = row.querySelector('[data-score]');
            var value = parseInt(input.value, 10);
            var valid = !isNaN(value) && value >= 1 && value <= 10 && String(value) === input.value.trim();
            input.classList.toggle('is-invalid', input.value !== '' && !valid);
            if (!valid) { complete = false; return; }
            total += value;
            lowest = Math.min(lowest, value);
            if (value < min) { reasons.push('Chỉ số ' + display(row.dataset.code) + ' được ' + value + ' điểm (< ' + min + ')'); }
            if (appraisal) {
                var note = row.querySelector('textarea');
                var differs = row.dataset.self !== '' && String(value) !== row.dataset.self;
                note.classList.toggle('border-warning', differs && note.value.trim() === '');
            }
        });
        totalEl.textContent = String(total);
        reasonsEl.innerHTML = '';
        if (!complete) {
            labelEl.textContent = 'Chưa chấm đủ 10 chỉ số';
            labelEl.className = 'ms-2 text-muted';
            return;
        }
        if (total < threshold) { reasons.unshift('Tổng điểm ' + total + ' < ' + threshold); }
        var passed = reasons.length === 0;
        if (passed) { reasons = ['Tổng điểm ' + total + ' ≥ ' + threshold, 'Không có chỉ số nào dưới ' + min + ' điểm (thấp nhất ' + lowest + ')']; }
        labelEl.textContent = passed ? 'Đạt' : 'Không đạt';
        labelEl.className = 'ms-2 ' + (passed ? 'result-pass' : 'result-fail');
        reasons.forEach(function (r) { var li = document.createElement('li'); li.textContent = r; reasonsEl.appendChild(li); });
    }

    form.addEventListener('input', update);
    update();

    // Evidence files over a limit (one file, or all of them together) are told next to the file input and the form is not
    // sent: a post over the server's limit would be refused before it is read, and the scores typed here would be lost.
    var files = form.querySelector('input[type=file][data-max-total-bytes]');
    if (!files) { return; }
    var fileError = document.getElementById('files-error');

    function fileProblem() {
        var maxFile = parseInt(files.dataset.maxFileBytes, 10);
        var maxTotal = parseInt(files.dataset.maxTotalBytes, 10);
        var total = 0;
        for (var i = 0; i < files.files.length; i++) {
            var file = files.files[i];
            if (file.size > maxFile) { return files.dataset.fileTooLarge.replace('{0}', file.name); }
            total += file.size;
        }
        return total > maxTotal ? files.dataset.totalTooLarge : '';
    }

    function checkFiles() {
        var problem = fileProblem();
        fileError.textContent = problem;
        files.classList.toggle('is-invalid', problem !== '');
        if (problem) { files.setAttribute('aria-invalid', 'true'); } else { files.removeAttribute('aria-invalid'); }
        return problem === '';
    }

    files.addEventListener('change', checkFiles);
    form.addEventListener('submit', function (event) {
        if (!checkFiles()) {
            event.preventDefault();
            files.focus();
        }
    });
})();
