// Draws the recognised-share chart from the data the server put on the canvas (no inline script: CSP).
(function () {
    'use strict';
    var canvas = document.getElementById('progress-chart');
    if (!canvas || !window.Chart) { return; }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
    var whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
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
            // The server chose a round maximum and a whole step (ChartAxis), so no two tick labels read the same.
            scales: { y: { min: 0, max: data.axis.max, ticks: { stepSize: data.axis.step, precision: 0, callback: function (v) { return whole.format(v) + '%'; } } } }
        }
    });
})();
