// Draws the recognised-share chart from the data the server put on the canvas (no inline script: CSP).
(function () {
    'use strict';
    var canvas = document.getElementById('progress-chart');
    if (!canvas || !window.Chart) { return; }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
    new window.Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.labels,
            datasets: [{ label: 'Tỷ lệ được công nhận (%)', data: data.shares, backgroundColor: '#0d6efd' }]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: {
                legend: { display: false },
                tooltip: { callbacks: { label: function (c) { return percent.format(c.parsed.y) + '% (' + data.recognised[c.dataIndex] + ' người)'; } } }
            },
            scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return percent.format(v) + '%'; } } } }
        }
    });
})();
