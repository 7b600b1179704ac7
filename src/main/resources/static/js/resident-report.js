// 我要报事: a pin on the map (a tap, or the phone's location) shows its grid and community at once;
// with a category picked, open cases of that category nearby are offered to follow instead; photos
// are shrunk before they are uploaded; the report goes to POST /api/cases, once (Idempotency-Key).
(function () {
	'use strict';
	var Phone = window.GongzhiPhone;
	var form = document.getElementById('report-form');
	var config = Phone.config(form);
	var text = config.text;
	var placeText = document.getElementById('place');
	var locationError = document.getElementById('location-error');
	var categoryError = document.getElementById('category-error');
	var descriptionError = document.getElementById('description-error');
	var chosen = document.getElementById('category-chosen');
	var description = document.getElementById('description');
	var formError = document.getElementById('form-error');
	var submit = document.getElementById('submit');
	var nearby = document.getElementById('nearby');
	var nearbyList = document.getElementById('nearby-list');
	var followed = document.getElementById('nearby-followed');
	var idempotencyKey = newKey();
	var point = null;
	var marker = null;
	var nearbyAsked = null;

	var photos = Phone.photos(document.getElementById('photos'), document.getElementById('photo-list'),
		document.getElementById('photo-count'), 9, text);

	var map = L.map('report-map', { zoomControl: true, attributionControl: !!config.tileUrl })
		.setView(config.centre, 15);
	if (config.tileUrl) {
		L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: config.maxZoom }).addTo(map);
	}
	map.on('click', function (event) {
		place(event.latlng.lat, event.latlng.lng);
	});

	function newKey() {
		if (window.crypto && crypto.randomUUID) {
			return crypto.randomUUID();
		}
		return 'r-' + Date.now() + '-' + Math.random().toString(36).slice(2);
	}

	function show(element, message) {
		element.textContent = message || '';
		element.hidden = !message;
	}

	function place(lat, lng) {
		point = { lat: lat, lng: lng };
		if (marker) {
			marker.setLatLng([lat, lng]);
		} else {
			marker = L.marker([lat, lng], { draggable: true, keyboard: false }).addTo(map);
			marker.on('dragend', function () {
				var at = marker.getLatLng();
				place(at.lat, at.lng);
			});
		}
		show(locationError, null);
		placeText.textContent = text('report.location.locating');
		Phone.api('GET', '/api/org/locate?lat=' + lat.toFixed(7) + '&lng=' + lng.toFixed(7)).then(function (found) {
			point.inside = true;
			placeText.textContent = text('report.location.found',
				[found.grid.name, found.community.name, found.street.name]);
		}, function (error) {
			point.inside = false;
			placeText.textContent = text('report.location.pick');
			show(locationError, error.status === 404 ? text('report.location.outside') : error.message);
		});
		checkNearby();
	}

	document.getElementById('use-location').addEventListener('click', function () {
		if (!navigator.geolocation) {
			show(locationError, text('report.location.unsupported'));
			return;
		}
		placeText.textContent = text('report.location.locating');
		navigator.geolocation.getCurrentPosition(function (position) {
			map.setView([position.coords.latitude, position.coords.longitude], 17);
			place(position.coords.latitude, position.coords.longitude);
		}, function () {
			placeText.textContent = text('report.location.pick');
			show(locationError, text('report.location.denied'));
		}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
	});

	function category() {
		var checked = form.querySelector('input[name=categoryCode]:checked');
		return checked ? { code: checked.value, name: checked.dataset.name } : null;
	}

	form.addEventListener('change', function (event) {
		if (event.target.name === 'categoryCode') {
			var picked = category();
			show(chosen, picked ? picked.name : null);
			show(categoryError, null);
			checkNearby();
		}
	});

	// Open cases of the same category within 100 m: "is it the same problem?"
	function checkNearby() {
		var picked = category();
		if (!point || !picked) {
			return;
		}
		var ask = point.lat.toFixed(6) + ',' + point.lng.toFixed(6) + ',' + picked.code;
		if (ask === nearbyAsked) {
			return;
		}
		nearbyAsked = ask;
		Phone.api('GET', '/api/cases/nearby?lat=' + point.lat.toFixed(7) + '&lng=' + point.lng.toFixed(7)
			+ '&category=' + encodeURIComponent(picked.code) + '&radius=100').then(function (cases) {
			if (ask !== nearbyAsked) {
				return;
			}
			nearbyList.innerHTML = '';
			cases.forEach(function (found) {
				var li = document.createElement('li');
				li.dataset.testid = 'nearby-case';
				var info = document.createElement('span');
				info.className = 'nearby-info';
				var name = document.createElement('strong');
				name.textContent = found.categoryName;
				var detail = document.createElement('span');
				detail.className = 'hint';
				detail.textContent = text('report.nearby.distance',
					[found.number, text('cases.state.' + found.state), found.distanceMetres]);
				info.appendChild(name);
				info.appendChild(detail);
				var follow = document.createElement('button');
				follow.type = 'button';
				follow.className = 'button secondary';
				follow.textContent = text('report.nearby.follow');
				follow.setAttribute('aria-label', text('report.nearby.follow') + ' ' + found.number);
				follow.addEventListener('click', function () {
					follow.disabled = true;
					Phone.api('POST', '/api/cases/' + found.id + '/follow').then(function () {
						follow.textContent = text('report.nearby.following');
						followed.hidden = false;
						followed.focus();
					}, function (error) {
						follow.disabled = false;
						show(formError, error.message);
					});
				});
				li.appendChild(info);
				li.appendChild(follow);
				nearbyList.appendChild(li);
			});
			nearby.hidden = cases.length === 0;
		}, function () {
			nearby.hidden = true;
		});
	}

	function questionOf(field) {
		var label = field.id && form.querySelector('label[for="' + field.id + '"]');
		var legend = field.closest('fieldset') && field.closest('fieldset').querySelector('legend');
		return ((label || legend || {}).textContent || '').replace('*', '').trim();
	}

	function fieldOf(name) {
		return { categoryCode: categoryError, description: descriptionError, lat: locationError,
			lng: locationError }[name];
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		show(formError, null);
		var picked = category();
		var problems = [];
		if (!point || point.inside === false) {
			show(locationError, point ? text('report.location.outside') : text('report.error.location'));
			problems.push(document.getElementById('use-location'));
		}
		if (!picked) {
			show(categoryError, text('report.error.category'));
			problems.push(form.querySelector('[data-category-search]'));
		}
		if (!description.value.trim()) {
			show(descriptionError, text('report.error.description'));
			description.setAttribute('aria-invalid', 'true');
			problems.push(description);
		} else {
			description.removeAttribute('aria-invalid');
			show(descriptionError, null);
		}
		var extra = window.GongzhiCategories.answers(form);
		if (extra.missing) {
			show(categoryError, text('phone.question.required', [questionOf(extra.missing)]));
			problems.push(extra.missing);
		}
		if (problems.length) {
			problems[0].focus();
			return;
		}
		if (photos.busy()) {
			show(formError, text('phone.photos.compressing'));
			return;
		}
		submit.disabled = true;
		submit.textContent = text('report.sending');
		Phone.upload(photos.blobs()).then(function (ids) {
			return Phone.api('POST', '/api/cases', {
				categoryCode: picked.code, lat: point.lat, lng: point.lng,
				address: document.getElementById('address').value.trim() || null,
				description: description.value.trim(), attachmentIds: ids, answers: extra.answers,
				publicShown: form.querySelector('input[name=publicShown]:checked').value === 'true'
			}, { 'Idempotency-Key': idempotencyKey });
		}).then(function (receipt) {
			window.location.assign('/report/mine/' + receipt.id + '?reported=true');
		}, function (error) {
			submit.disabled = false;
			submit.textContent = submit.dataset.label;
			var problem = error.problem || {};
			(problem.errors || []).forEach(function (fieldError) {
				var element = fieldOf(fieldError.field);
				if (element) {
					show(element, fieldError.message);
				}
			});
			show(formError, navigator.onLine === false ? text('report.error.offline')
				: (error.message || text('report.error.failed')));
			formError.focus();
		});
	});
	submit.dataset.label = submit.textContent;
})();
