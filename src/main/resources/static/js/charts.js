/*
 * Draws every <canvas data-chart="..."> of a page with Chart.js. The attribute holds a
 * ChartData record as JSON: {type, labels, series: [{label, values}]}. The page also
 * shows the same numbers as text (a table), so the chart is never the only way to read
 * them.
 */
(function () {
	'use strict';

	// Distinct, dark enough on white for the 3:1 of non-text contrast.
	var palette = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];
	var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

	function draw(canvas) {
		var spec = JSON.parse(canvas.getAttribute('data-chart'));
		return new window.Chart(canvas, {
			type: spec.type,
			data: {
				labels: spec.labels,
				datasets: spec.series.map(function (series, index) {
					var colour = palette[index % palette.length];
					return {
						label: series.label,
						data: series.values,
						backgroundColor: colour,
						borderColor: colour,
						// A week without a value is a gap in its line, never a fake zero.
						spanGaps: false,
						pointRadius: 4,
						borderDash: index === 0 ? [] : [6, 3]
					};
				})
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: reducedMotion ? false : undefined,
				scales: spec.type === 'line' ? { y: { beginAtZero: true, suggestedMax: 100 } }
					: spec.type === 'bar' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : undefined
			}
		});
	}

	function drawAll() {
		if (!window.Chart) {
			return;
		}
		Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', drawAll);
	}
	else {
		drawAll();
	}
})();
