/*
 * Sorts a <table data-sortable> by a column when its header button is pressed (mouse,
 * Enter or Space): ascending first, then descending. A cell's data-sort attribute, when
 * present, is the value sorted by (numbers for columns marked data-sort-type="number");
 * the header says the order in aria-sort. Without JavaScript the table keeps the
 * server's order.
 */
(function () {
	'use strict';

	function value(row, index, numeric) {
		var cell = row.children[index];
		var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
		if (!numeric) {
			return raw.toLocaleLowerCase();
		}
		var number = parseFloat(raw);
		return isNaN(number) ? -Infinity : number;
	}

	function sort(table, header, index) {
		var numeric = header.getAttribute('data-sort-type') === 'number';
		var ascending = header.getAttribute('aria-sort') !== 'ascending';
		var body = table.tBodies[0];
		var rows = Array.prototype.slice.call(body.rows);
		rows.sort(function (a, b) {
			var x = value(a, index, numeric);
			var y = value(b, index, numeric);
			var order = numeric ? x - y : String(x).localeCompare(String(y));
			return ascending ? order : -order;
		});
		rows.forEach(function (row) {
			body.appendChild(row);
		});
		Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
			cell.removeAttribute('aria-sort');
		});
		header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
	}

	function prepare(table) {
		Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
			var button = header.querySelector('button.sort');
			if (button) {
				button.addEventListener('click', function () {
					sort(table, header, index);
				});
			}
		});
	}

	function prepareAll() {
		Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), prepare);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', prepareAll);
	}
	else {
		prepareAll();
	}
})();
