// The workbenches and the case page: htmx answers with problems, bulk selection, photo
// uploads, the lightbox, dialogs, reason templates and the maps. Texts come from data-*.
(function () {
	'use strict';

	// 409 (someone else acted), 422 (fix a field), 403/404 answers carry the case as it is now.
	htmx.config.responseHandling = [
		{ code: '204', swap: false },
		{ code: '[23]..', swap: true },
		{ code: '(403|404|409|422)', swap: true, error: false },
		{ code: '[45]..', swap: false, error: true }
	];

	// The export button leaves the htmx filter form to the browser: a plain download.
	document.addEventListener('submit', function (event) {
		if (event.submitter && event.submitter.hasAttribute('data-export')) {
			event.stopPropagation();
		}
	}, true);

	document.addEventListener('change', function (event) {
		var target = event.target;
		if (target.matches('[data-select-all]')) {
			target.closest('table').querySelectorAll('tbody input[name=ids]').forEach(function (box) {
				box.checked = target.checked;
			});
		}
		if (target.matches('[data-reason-template]') && target.value) {
			var area = target.parentElement.querySelector('textarea[name=reason]');
			area.value = target.value;
			area.focus();
		}
		if (target.matches('input[name=leadUnitCode]')) {
			var summon = target.closest('tr').querySelector('input[name=unitCodes]');
			if (summon) {
				summon.checked = true;
			}
		}
		if (target.matches('input[type=file][data-upload]')) {
			upload(target);
		}
	});

	function csrf() {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		var headers = {};
		if (header && token) {
			headers[header.content] = token.content;
		}
		return headers;
	}

	// Photos go to /api/files first; the form then sends their ids.
	function upload(input) {
		var box = input.closest('.upload');
		var form = input.closest('form');
		var error = box.querySelector('[data-upload-error]');
		var previews = box.querySelector('[data-upload-previews]');
		var submit = form.querySelector('[type=submit]');
		if (!input.files.length) {
			return;
		}
		var data = new FormData();
		Array.prototype.forEach.call(input.files, function (file) {
			data.append('files', file, file.name);
		});
		error.hidden = true;
		submit.disabled = true;
		box.setAttribute('aria-busy', 'true');
		fetch('/api/files', { method: 'POST', body: data, headers: csrf(), credentials: 'same-origin' })
			.then(function (response) {
				return response.json().then(function (body) {
					if (!response.ok) {
						throw new Error(body.detail || input.dataset.failed);
					}
					return body;
				});
			})
			.then(function (files) {
				files.forEach(function (file) {
					var hidden = document.createElement('input');
					hidden.type = 'hidden';
					hidden.name = 'attachmentIds';
					hidden.value = file.id;
					form.appendChild(hidden);
					var item = document.createElement('li');
					var image = document.createElement('img');
					image.src = file.thumbnailUrl ? file.thumbnailUrl.replace('/api/files/', '/files/') : '';
					image.alt = file.fileName;
					item.appendChild(image);
					item.setAttribute('data-testid', 'uploaded');
					previews.appendChild(item);
				});
				input.value = '';
			})
			.catch(function (failure) {
				error.textContent = failure.message || input.dataset.failed;
				error.hidden = false;
			})
			.finally(function () {
				submit.disabled = false;
				box.removeAttribute('aria-busy');
			});
	}

	document.addEventListener('click', function (event) {
		var photo = event.target.closest('a[data-lightbox]');
		if (photo) {
			event.preventDefault();
			var box = document.getElementById('lightbox');
			box.querySelector('img').src = photo.href;
			box.querySelector('img').alt = photo.title || '';
			box.showModal();
			return;
		}
		var opener = event.target.closest('[data-dialog]');
		if (opener) {
			document.getElementById(opener.dataset.dialog).showModal();
			return;
		}
		var closer = event.target.closest('[data-close-dialog]');
		if (closer) {
			closer.closest('dialog').close();
			return;
		}
		if (event.target.matches('dialog.lightbox')) {
			event.target.close();
		}
	});

	// Maps: the case on the case page; the queues' cases on the dispatcher desk.
	var caseMap = null;
	var queueMap = null;
	var queueLayer = null;

	function drawCaseMap() {
		var element = document.querySelector('[data-case-map]');
		if (!element || typeof L === 'undefined') {
			return;
		}
		if (caseMap) {
			caseMap.remove();
		}
		var config = JSON.parse(element.dataset.config);
		caseMap = L.map(element, { attributionControl: !!config.tileUrl }).setView([config.lat, config.lng], 16);
		if (config.tileUrl) {
			L.tileLayer(config.tileUrl, { attribution: config.attribution }).addTo(caseMap);
		}
		if (config.community) {
			fetch('/api/org/grids?within=' + config.community, { credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (grids) {
					if (!grids || !caseMap) {
						return;
					}
					L.geoJSON(grids, {
						style: function (feature) {
							var mine = feature.properties.code === config.grid;
							return { color: '#c8102e', weight: mine ? 2 : 0.7, fillOpacity: mine ? 0.12 : 0.03 };
						},
						onEachFeature: function (feature, shape) {
							shape.bindTooltip(feature.properties.name, { sticky: true });
						}
					}).addTo(caseMap);
				});
		}
		L.circleMarker([config.lat, config.lng], { radius: 9, color: '#9b0c23', fillColor: '#c8102e', fillOpacity: 0.9 })
			.bindTooltip(config.label, { permanent: true, direction: 'top', offset: [0, -8] })
			.addTo(caseMap);
	}

	var TONES = { red: '#c8102e', yellow: '#d4a72c', ok: '#1a7f37' };

	function drawQueueMap() {
		var element = document.getElementById('queue-map');
		var data = document.getElementById('queue-map-data');
		if (!element || !data || typeof L === 'undefined') {
			return;
		}
		if (!queueMap) {
			queueMap = L.map(element, { attributionControl: !!element.dataset.tileUrl }).setView([41.84, 123.41], 12);
			if (element.dataset.tileUrl) {
				L.tileLayer(element.dataset.tileUrl).addTo(queueMap);
			}
			fetch('/api/org/units/' + element.dataset.org + '/features', { credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (streets) {
					if (streets) {
						L.geoJSON(streets, { style: { color: '#59636e', weight: 0.8, fillOpacity: 0.02 }, interactive: false })
							.addTo(queueMap).bringToBack();
					}
				});
		}
		if (queueLayer) {
			queueLayer.remove();
		}
		queueLayer = L.featureGroup();
		JSON.parse(data.dataset.cases || '[]').forEach(function (c) {
			L.circleMarker([c.lat, c.lng], { radius: 7, color: '#fff', weight: 1.5, fillColor: TONES[c.tone] || TONES.ok, fillOpacity: 0.95 })
				.bindTooltip(c.number)
				.on('click', function () { window.location.href = c.url; })
				.addTo(queueLayer);
		});
		queueLayer.addTo(queueMap);
		if (queueLayer.getLayers().length) {
			queueMap.fitBounds(queueLayer.getBounds().pad(0.3), { maxZoom: 13 });
		}
	}

	function showRequestedDialog() {
		var dialog = document.querySelector('dialog[data-show=true]');
		if (dialog && !dialog.open) {
			dialog.showModal();
		}
		var open = document.querySelector('details.action[open]');
		if (open) {
			var field = open.querySelector('.invalid, textarea, input:not([type=hidden]), select');
			if (field) {
				field.focus();
			}
		}
	}

	// Hovering a queue row shows its case on the map.
	document.addEventListener('mouseover', function (event) {
		var row = event.target.closest('tr[data-lat]');
		if (row && queueMap) {
			queueMap.panTo([+row.dataset.lat, +row.dataset.lng]);
		}
	});

	function init() {
		drawCaseMap();
		drawQueueMap();
		showRequestedDialog();
	}

	document.addEventListener('htmx:afterSettle', function (event) {
		if (event.target.id === 'case' || event.target.querySelector && event.target.querySelector('[data-case-map]')) {
			drawCaseMap();
		}
		if (document.getElementById('queue-map-data')) {
			drawQueueMap();
		}
		showRequestedDialog();
	});
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
}());
