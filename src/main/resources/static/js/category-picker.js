// The searchable category tree: typing keeps the minor classes whose Chinese or English name (or
// major class) contains the text and opens their major classes; picking one closes the tree up.
(function () {
	'use strict';
	document.querySelectorAll('[data-category-tree]').forEach(function (tree) {
		var search = document.querySelector('[aria-controls="' + tree.id + '"]');
		var none = tree.parentNode.querySelector('[data-category-none]');

		function filter() {
			var words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
			var shown = 0;
			tree.querySelectorAll('details.major').forEach(function (major) {
				var matches = 0;
				major.querySelectorAll('li').forEach(function (item) {
					var keywords = (item.dataset.keywords || '').toLowerCase();
					var hit = words.every(function (word) {
						return keywords.indexOf(word) >= 0;
					});
					item.hidden = !hit;
					if (hit) {
						matches++;
					}
				});
				major.hidden = matches === 0;
				major.open = words.length > 0 && matches > 0;
				shown += matches;
			});
			tree.querySelectorAll('.family').forEach(function (family) {
				var next = family.nextElementSibling;
				var visible = false;
				while (next && next.tagName === 'DETAILS') {
					visible = visible || !next.hidden;
					next = next.nextElementSibling;
				}
				family.hidden = !visible;
			});
			if (none) {
				none.hidden = shown > 0;
			}
		}

		search.addEventListener('input', filter);
		search.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
			}
		});
		tree.addEventListener('change', function (event) {
			if (event.target.type !== 'radio') {
				return;
			}
			tree.querySelectorAll('details.major').forEach(function (major) {
				var chosen = major.contains(event.target);
				major.classList.toggle('chosen', chosen);
				if (!chosen) {
					major.open = false;
				}
			});
		});
	});
})();
