// Import page: uploads with a progress bar, then shows "checking" until the server answers, and puts
// the result block in place. Without this script the form posts normally and the page comes back whole.
(function () {
    'use strict';

    var form = document.getElementById('import-form');
    if (!form || !window.FormData || !window.XMLHttpRequest) { return; }

    var fileInput = form.querySelector('input[type=file]');
    var button = form.querySelector('button[type=submit]');
    var progress = document.getElementById('import-progress');
    var label = document.getElementById('import-progress-label');
    var bar = document.getElementById('import-progress-bar');
    var meter = progress.querySelector('[role=progressbar]');
    var result = document.getElementById('import-result');
    var maxBytes = parseInt(form.getAttribute('data-max-bytes'), 10);

    function showMessage(text) {
        var alert = document.createElement('div');
        alert.className = 'alert alert-danger';
        alert.setAttribute('role', 'alert');
        alert.textContent = text;
        result.replaceChildren(alert);
        result.focus();
    }

    function setProgress(percent) {
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
        meter.setAttribute('aria-valuenow', String(percent));
    }

    function reset() {
        progress.classList.add('d-none');
        bar.classList.remove('progress-bar-striped', 'progress-bar-animated');
        button.disabled = false;
        setProgress(0);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var file = fileInput.files && fileInput.files[0];
        if (!file) {
            showMessage('Vui lòng chọn tệp Excel (.xlsx) để tải lên.');
            return;
        }
        if (!/\.xlsx$/i.test(file.name)) {
            showMessage('Chỉ nhận tệp Excel định dạng .xlsx. Nếu tệp là .xls hoặc .csv, hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).');
            return;
        }
        if (maxBytes && file.size > maxBytes) {
            showMessage(form.getAttribute('data-too-large'));
            return;
        }

        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');

        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) { setProgress(Math.round(e.loaded * 100 / e.total)); }
        });
        xhr.upload.addEventListener('load', function () {
            setProgress(100);
            bar.classList.add('progress-bar-striped', 'progress-bar-animated');
            bar.textContent = '';
            label.textContent = 'Đang kiểm tra và nhập dữ liệu…';
        });
        xhr.addEventListener('load', function () {
            reset();
            if (xhr.status === 200) {
                result.innerHTML = xhr.responseText;
                result.focus();
                if (result.querySelector('[data-testid=import-success]')) { form.reset(); }
            } else if (xhr.status === 413) {
                showMessage(form.getAttribute('data-too-large'));
            } else if (xhr.status === 400) {
                showMessage('Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại.');
            } else {
                showMessage('Máy chủ gặp sự cố khi xử lý tệp (mã ' + xhr.status + '). Dữ liệu chưa bị thay đổi; vui lòng thử lại sau.');
            }
        });
        xhr.addEventListener('error', function () {
            reset();
            showMessage('Mất kết nối trong khi tải tệp lên. Dữ liệu chưa bị thay đổi; vui lòng kiểm tra mạng và thử lại.');
        });

        result.replaceChildren();
        label.textContent = 'Đang tải tệp lên…';
        progress.classList.remove('d-none');
        button.disabled = true;
        setProgress(0);
        xhr.send(new FormData(form));
    });
})();
