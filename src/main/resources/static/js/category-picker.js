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
				major.classList.toggle('picked', chosen);
				if (!chosen) {
					major.open = false;
				}
			});
		});
	});
})();

// The extra questions of the category picked: shown with it, and read into the report's answers.
(function () {
	'use strict';
	document.addEventListener('change', function (event) {
		if (event.target.type !== 'radio' || event.target.name !== 'categoryCode') {
			return;
		}
		var form = event.target.form;
		form.querySelectorAll('[data-questions-for]').forEach(function (block) {
			var shown = block.dataset.questionsFor === event.target.value;
			block.hidden = !shown;
			block.querySelectorAll('input, select, textarea').forEach(function (input) {
				input.disabled = !shown;
			});
		});
	});

	// {answers, missing}: the answers of the picked category's questions, and the first required one
	// left empty (null if none).
	function answers(form) {
		var checked = form.querySelector('input[name=categoryCode]:checked');
		var block = checked && form.querySelector('[data-questions-for="' + checked.value + '"]');
		var result = { answers: {}, missing: null };
		if (!block) {
			return result;
		}
		block.querySelectorAll('[data-answer]').forEach(function (field) {
			var value;
			if (field.tagName === 'FIELDSET') {
				value = Array.prototype.map.call(field.querySelectorAll('input:checked'), function (box) {
					return box.value;
				});
				if (!value.length) {
					value = null;
				}
			} else {
				value = field.value.trim() || null;
				if (value && field.dataset.datatype === 'datetime') {
					value = new Date(value).toISOString();
				}
			}
			var required = field.required || field.dataset.required === 'true';
			if (value === null && required && !result.missing) {
				result.missing = field.tagName === 'FIELDSET' ? field.querySelector('input') : field;
			}
			if (value !== null) {
				result.answers[field.dataset.answer] = value;
			}
		});
		return result;
	}

	window.GongzhiCategories = { answers: answers };
})();
