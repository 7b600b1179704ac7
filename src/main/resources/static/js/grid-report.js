// Report in three taps: the position comes from the phone on its own, then 1. photo, 2. category,
// 3. send. The report goes into the queue on the phone and is sent from there at once when there is
// a network, else as soon as it returns.
(function () {
	'use strict';
	var Phone = window.GongzhiPhone;
	var Queue = window.GongzhiQueue;
	var text = Queue.text;
	var form = document.getElementById('grid-report');
	var gpsText = document.getElementById('gps-text');
	var categoryError = document.getElementById('grid-category-error');
	var formError = document.getElementById('grid-error');
	var result = document.getElementById('grid-result');
	var selfHandled = document.getElementById('self-handled');
	var after = document.getElementById('after');
	var submit = document.getElementById('grid-submit');
	var position = null;

	var photos = Phone.photos(document.getElementById('grid-photos'), document.getElementById('grid-photo-list'),
		document.getElementById('grid-photo-count'), 9, text);
	var afterPhotos = Phone.photos(document.getElementById('after-photos'),
		document.getElementById('after-photo-list'), document.getElementById('after-photo-count'), 9, text);

	function show(element, message) {
		element.textContent = message || '';
		element.hidden = !message;
	}

	function locate() {
		if (!navigator.geolocation) {
			gpsText.textContent = text('grid.gps.denied');
			return;
		}
		gpsText.textContent = text('grid.gps.locating');
		navigator.geolocation.getCurrentPosition(function (found) {
			position = { lat: found.coords.latitude, lng: found.coords.longitude };
			if (navigator.onLine === false) {
				gpsText.textContent = text('grid.gps.offline');
				return;
			}
			Phone.api('GET', '/api/org/locate?lat=' + position.lat.toFixed(7) + '&lng=' + position.lng.toFixed(7))
				.then(function (place) {
					gpsText.textContent = text('grid.gps.found', [place.grid.name, place.community.name]);
				}, function (error) {
					gpsText.textContent = error.status === 404 ? text('grid.gps.outside') : text('grid.gps.offline');
				});
		}, function () {
			gpsText.textContent = text('grid.gps.denied');
		}, { enableHighAccuracy: true, timeout: 20000, maximumAge: 30000 });
	}
	document.getElementById('gps-again').addEventListener('click', locate);
	locate();

	selfHandled.addEventListener('change', function () {
		after.hidden = !selfHandled.checked;
	});

	form.addEventListener('change', function (event) {
		if (event.target.name === 'categoryCode') {
			show(categoryError, null);
			// a quick pick and the full tree are one group: close the tree after a quick pick
			if (event.target.closest('.quick-categories')) {
				form.querySelector('.more-categories').open = false;
			}
		}
	});

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		show(formError, null);
		var checked = form.querySelector('input[name=categoryCode]:checked');
		var problem = null;
		if (!position) {
			problem = text('grid.report.need-location');
		} else if (!photos.blobs().length) {
			problem = text('grid.report.need-photo');
		} else if (!checked) {
			problem = text('grid.report.need-category');
			show(categoryError, problem);
		} else if (selfHandled.checked && !afterPhotos.blobs().length) {
			problem = text('grid.report.need-after');
		}
		var extra = window.GongzhiCategories.answers(form);
		if (!problem && extra.missing) {
			var label = form.querySelector('label[for="' + extra.missing.id + '"]');
			problem = text('phone.question.required', [(label ? label.textContent : '').replace('*', '').trim()]);
			show(formError, problem);
			extra.missing.focus();
			return;
		}
		if (problem || photos.busy() || afterPhotos.busy()) {
			show(formError, problem || text('phone.photos.compressing'));
			formError.focus();
			return;
		}
		var description = document.getElementById('grid-description').value.trim();
		submit.disabled = true;
		Queue.add({
			categoryCode: checked.value, categoryName: checked.dataset.name, lat: position.lat, lng: position.lng,
			description: description || checked.dataset.name, selfHandled: selfHandled.checked,
			answers: extra.answers
		}, photos.blobs(), selfHandled.checked ? afterPhotos.blobs() : []).then(function (entry) {
			form.reset();
			form.querySelectorAll('[data-questions-for]').forEach(function (block) {
				block.hidden = true;
			});
			photos.clear();
			afterPhotos.clear();
			after.hidden = true;
			submit.disabled = false;
			if (navigator.onLine === false) {
				show(result, text('grid.report.queued'));
				result.focus();
				return null;
			}
			show(result, text('grid.queue.state.sending'));
			return Queue.flush().then(function () {
				var done = Queue.sent().filter(function (item) {
					return item.key === entry.key;
				})[0];
				result.innerHTML = '';
				var message = document.createElement('p');
				if (done) {
					var link = document.createElement('a');
					link.href = '/m/cases/' + done.id;
					link.textContent = done.number;
					message.textContent = text('grid.report.sent') + ' ';
					message.appendChild(link);
				} else {
					message.textContent = text('grid.report.queued');
				}
				result.appendChild(message);
				result.hidden = false;
				result.focus();
			});
		}, function (error) {
			submit.disabled = false;
			show(formError, error.message);
		});
	});
})();
