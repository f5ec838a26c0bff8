// Draws the otpauth URI of the authenticator set-up page as a QR code (qrcode-generator from npm, served from
// wwwroot/lib). Without scripts the page still shows the key and the URI as text.
(function () {
    'use strict';

    var holder = document.getElementById('authenticator-qr');
    if (!holder || typeof window.qrcode !== 'function') { return; }

    var qr = window.qrcode(0, 'M');
    qr.addData(holder.getAttribute('data-uri'));
    qr.make();

    var image = document.createElement('img');
    image.src = qr.createDataURL(5, 4);
    image.alt = 'Mã QR để thêm tài khoản vào ứng dụng xác thực';
    image.className = 'img-fluid';
    image.width = image.height = (qr.getModuleCount() + 8) * 5;
    holder.replaceChildren(image);
})();
