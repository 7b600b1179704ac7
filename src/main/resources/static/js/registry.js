// The visit form: takes the phone's position (if allowed) and uploads chosen photos to
// /api/files, keeping their ids for the form. Texts come from the form's data-* attributes.
(function () {
	var form = document.querySelector('[data-registry-visit]');
	if (!form) {
		return;
	}
	var status = form.querySelector('[data-location-status]');
	if (navigator.geolocation) {
		navigator.geolocation.getCurrentPosition(function (position) {
			form.querySelector('[data-lat]').value = position.coords.latitude.toFixed(7);
			form.querySelector('[data-lng]').value = position.coords.longitude.toFixed(7);
			status.textContent = form.dataset.located;
		}, function () {
			status.textContent = form.dataset.noLocation;
		}, { enableHighAccuracy: true, timeout: 10000 });
	}
	else {
		status.textContent = form.dataset.noLocation;
	}
	var photos = form.querySelector('[data-photos]');
	var ids = form.querySelector('[data-photo-ids]');
	var photoStatus = form.querySelector('[data-photo-status]');
	photos.addEventListener('change', function () {
		if (!photos.files.length) {
			return;
		}
		var body = new FormData();
		Array.prototype.forEach.call(photos.files, function (file) {
			body.append('file', file);
		});
		var headers = {};
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		if (header && token) {
			headers[header.content] = token.content;
		}
		photoStatus.textContent = form.dataset.uploading;
		fetch('/api/files', { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(String(response.status));
				}
				return response.json();
			})
			.then(function (files) {
				var all = ids.value ? ids.value.split(',') : [];
				files.forEach(function (file) {
					all.push(file.id);
				});
				ids.value = all.join(',');
				photoStatus.textContent = form.dataset.uploaded.replace('{0}', String(all.length));
			})
			.catch(function () {
				photoStatus.textContent = form.dataset.uploadFailed;
			});
	});
})();
