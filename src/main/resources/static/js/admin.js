/*
 * The admin pages' small behaviours, without which the pages still work (each has a
 * refresh link):
 * - recompute: while a run is in progress, ask /admin/recompute/status every second,
 *   show the seconds elapsed, and reload the page (with the result) once it is over;
 * - a schedule's page: while a run is in progress, reload every two seconds.
 */
(function () {
	'use strict';

	function watchRecompute(section) {
		var url = section.getAttribute('data-status-url');
		var seconds = document.getElementById('recompute-seconds');
		function poll() {
			fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
				.then(function (response) {
					if (!response.ok) {
						throw new Error('status ' + response.status);
					}
					return response.json();
				})
				.then(function (status) {
					if (status.state === 'running') {
						if (seconds) {
							seconds.textContent = seconds.textContent.replace(/\d+/, String(status.seconds));
						}
						window.setTimeout(poll, 1000);
					}
					else {
						window.location.reload();
					}
				})
				.catch(function () {
					window.setTimeout(poll, 3000);
				});
		}
		window.setTimeout(poll, 1000);
	}

	function start() {
		var recompute = document.querySelector('#recompute-run[data-state="running"]');
		if (recompute) {
			watchRecompute(recompute);
		}
		if (document.querySelector('[data-refresh-while-running="true"]')) {
			window.setTimeout(function () {
				window.location.reload();
			}, 2000);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
