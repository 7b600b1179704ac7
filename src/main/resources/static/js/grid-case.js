// 核查 on the spot: passed or not, with photos and a note, sent to POST /api/cases/{id}/verify with the
// version the page showed (someone else acting meanwhile is a clear conflict, not a silent overwrite).
(function () {
	'use strict';
	var form = document.getElementById('verify-form');
	if (!form) {
		return;
	}
	var Phone = window.GongzhiPhone;
	var text = window.GongzhiQueue.text;
	var error = document.getElementById('verify-error');
	var choiceError = document.getElementById('verify-choice-error');
	var photos = Phone.photos(document.getElementById('verify-photos'), document.getElementById('verify-photo-list'),
		document.getElementById('verify-photo-count'), 9, text);

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		error.hidden = true;
		var passed = form.querySelector('input[name=passed]:checked');
		choiceError.hidden = !!passed;
		if (!passed) {
			form.querySelector('input[name=passed]').focus();
			return;
		}
		var button = form.querySelector('button[type=submit]');
		button.disabled = true;
		Phone.upload(photos.blobs()).then(function (ids) {
			return Phone.api('POST', '/api/cases/' + form.dataset.case + '/verify', {
				passed: passed.value === 'true', note: document.getElementById('verify-note').value.trim() || null,
				attachmentIds: ids, version: Number(form.dataset.version)
			});
		}).then(function () {
			window.location.reload();
		}, function (failure) {
			button.disabled = false;
			error.textContent = failure.message || text('grid.verify.failed');
			error.hidden = false;
			error.focus();
		});
	});
})();
