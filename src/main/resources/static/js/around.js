// 身边的事: the public cases as dots on the map (red open, green closed), fitted to view.
(function () {
	'use strict';
	var element = document.getElementById('around-map');
	var config = window.GongzhiPhone.config(element);
	var map = L.map(element, { attributionControl: !!config.tileUrl }).setView(config.centre, 14);
	if (config.tileUrl) {
		L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: config.maxZoom }).addTo(map);
	}
	var bounds = [];
	(config.points || []).forEach(function (point) {
		var colour = point.open ? '#c8102e' : '#1a7f37';
		L.circleMarker([point.lat, point.lng], { radius: 7, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 0.9 })
			.bindTooltip(point.category + ' · ' + point.number)
			.addTo(map);
		bounds.push([point.lat, point.lng]);
	});
	if (bounds.length > 1) {
		map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
	} else if (bounds.length === 1) {
		map.setView(bounds[0], 16);
	}
})();
