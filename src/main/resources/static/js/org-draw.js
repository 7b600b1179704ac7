// The outline map of the unit page: shows the outline and children, draws a polygon by clicking
// vertices, and sets a building's point by a click when not drawing.
(function () {
	'use strict';
	var element = document.getElementById('draw-map');
	if (!element) {
		return;
	}
	var map = L.map(element, { zoomSnap: 0.25, attributionControl: false });
	var outline = element.dataset.outline ? L.geoJSON(JSON.parse(element.dataset.outline), {
		style: { color: '#c8102e', weight: 2, fillOpacity: 0.08 }
	}).addTo(map) : null;
	if (outline && outline.getLayers().length) {
		map.fitBounds(outline.getBounds(), { animate: false });
	}
	else {
		map.setView([41.86, 123.42], 12);
	}
	fetch(element.dataset.children, { headers: { Accept: 'application/json' } })
		.then(function (response) { return response.ok ? response.json() : null; })
		.then(function (children) {
			if (children && children.features.length) {
				L.geoJSON(children, { style: { color: '#59636e', weight: 1, fillOpacity: 0 } }).addTo(map);
			}
		});

	var drawing = false;
	var vertices = [];
	var sketch = L.polyline([], { color: '#1a7f37', weight: 2 }).addTo(map);
	var drawn = null;
	var marker = null;

	function setDrawn(value) {
		document.querySelectorAll('textarea[data-drawn]').forEach(function (field) { field.value = value; });
	}

	map.on('click', function (event) {
		if (drawing) {
			vertices.push(event.latlng);
			sketch.setLatLngs(vertices);
			return;
		}
		var lat = document.getElementById('building-lat');
		var lng = document.getElementById('building-lng');
		if (lat && lng) {
			lat.value = event.latlng.lat.toFixed(6);
			lng.value = event.latlng.lng.toFixed(6);
			marker = marker ? marker.setLatLng(event.latlng) : L.marker(event.latlng).addTo(map);
		}
	});

	document.querySelectorAll('[data-draw]').forEach(function (button) {
		button.addEventListener('click', function () {
			var action = button.dataset.draw;
			if (action === 'start') {
				drawing = true;
				vertices = [];
				sketch.setLatLngs([]);
				element.classList.add('drawing');
			}
			else if (action === 'finish' && vertices.length >= 3) {
				drawing = false;
				element.classList.remove('drawing');
				var ring = vertices.map(function (point) { return [point.lng, point.lat]; });
				ring.push(ring[0]);
				var polygon = { type: 'Polygon', coordinates: [ring] };
				if (drawn) {
					map.removeLayer(drawn);
				}
				drawn = L.geoJSON(polygon, { style: { color: '#1a7f37', weight: 2, fillOpacity: 0.2 } }).addTo(map);
				sketch.setLatLngs([]);
				setDrawn(JSON.stringify(polygon));
			}
			else if (action === 'clear') {
				drawing = false;
				vertices = [];
				sketch.setLatLngs([]);
				if (drawn) {
					map.removeLayer(drawn);
					drawn = null;
				}
				setDrawn('');
			}
		});
	});
})();
