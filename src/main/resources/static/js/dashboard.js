// The dashboard: ECharts trends and rankings, and a Leaflet map of open cases clustered on a pixel grid.
(function () {
	'use strict';
	var data = JSON.parse(document.getElementById('dashboard-data').textContent);
	var labels = data.labels;
	var colours = { NORMAL: '#1a7f37', YELLOW: '#d4a72c', RED: '#c8102e' };
	var severity = { NORMAL: 0, YELLOW: 1, RED: 2 };

	function drillTo(code) {
		window.location.href = '/dashboard?org=' + encodeURIComponent(code) + '&days=' + data.days;
	}

	function chart(id) {
		var element = document.getElementById(id);
		if (!element || typeof echarts === 'undefined') {
			return null;
		}
		var instance = echarts.init(element, null, { renderer: 'canvas' });
		window.addEventListener('resize', function () { instance.resize(); });
		element.dataset.rendered = 'true';
		return instance;
	}

	var volume = chart('chart-volume');
	if (volume) {
		volume.setOption({
			tooltip: { trigger: 'axis' },
			legend: { top: 0 },
			grid: { left: 40, right: 16, top: 32, bottom: 28 },
			xAxis: { type: 'category', data: data.trend.keys.map(function (key) { return key.substring(5); }) },
			yAxis: { type: 'value', minInterval: 1 },
			series: [
				{ name: labels['dashboard.chart.reported'], type: 'bar', data: data.trend.reported, itemStyle: { color: '#8c959f' } },
				{ name: labels['dashboard.chart.closed'], type: 'bar', data: data.trend.closed, itemStyle: { color: '#c8102e' } }
			]
		});
	}

	var indicators = chart('chart-indicators');
	if (indicators) {
		var rate = function (name, key, colour, shown) {
			return { name: labels[key], type: 'line', smooth: true, connectNulls: true, data: data.trend.rates[name],
				yAxisIndex: name === 'hours' ? 1 : 0, itemStyle: { color: colour }, symbolSize: 4, shown: shown };
		};
		var series = [
			rate('onTime', 'dashboard.indicator.on-time', '#c8102e', true),
			rate('satisfaction', 'dashboard.indicator.satisfaction', '#1a7f37', true),
			rate('response', 'dashboard.indicator.response', '#0969da', true),
			rate('closure', 'dashboard.indicator.closure', '#8250df', false),
			rate('rework', 'dashboard.indicator.rework', '#9a6700', false),
			rate('hours', 'dashboard.indicator.hours', '#57606a', false)
		];
		var selected = {};
		series.forEach(function (line) { selected[line.name] = line.shown; delete line.shown; });
		indicators.setOption({
			tooltip: { trigger: 'axis' },
			legend: { top: 0, selected: selected },
			grid: { left: 40, right: 40, top: 52, bottom: 28 },
			xAxis: { type: 'category', data: data.trend.keys.map(function (key) { return key.substring(5); }) },
			yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
				{ type: 'value', min: 0, splitLine: { show: false }, axisLabel: { formatter: '{value}h' } }],
			series: series
		});
	}

	var places = chart('chart-places');
	if (places) {
		var ranked = data.places.slice().reverse();
		places.setOption({
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v < 0 ? '–' : v + '%'; } },
			grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
			xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
			yAxis: { type: 'category', data: ranked.map(function (place) { return place.name; }) },
			series: [{ type: 'bar', name: labels['dashboard.indicator.on-time'], cursor: 'pointer', barMaxWidth: 22,
				data: ranked.map(function (place) {
					var value = place.onTime < 0 ? 0 : place.onTime;
					return { value: value, code: place.code,
						itemStyle: { color: value >= 90 ? '#1a7f37' : value >= 80 ? '#d4a72c' : '#c8102e' } };
				}),
				label: { show: true, position: 'right', formatter: '{c}%' } }]
		});
		places.on('click', function (event) { drillTo(event.data.code); });
		places.getZr().on('click', function (event) {
			// a click beside a short bar still picks its row
			var point = [event.offsetX, event.offsetY];
			if (places.containPixel('grid', point)) {
				var row = Math.round(places.convertFromPixel({ seriesIndex: 0 }, point)[1]);
				if (ranked[row]) {
					drillTo(ranked[row].code);
				}
			}
		});
	}

	var categories = chart('chart-categories');
	if (categories) {
		var top = data.categories.slice().reverse();
		categories.setOption({
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
			grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
			xAxis: { type: 'value', minInterval: 1 },
			yAxis: { type: 'category', data: top.map(function (category) { return category.name; }) },
			series: [{ type: 'bar', name: labels['dashboard.chart.reported'], data: top.map(function (category) { return category.reported; }),
				itemStyle: { color: '#9b0c23' }, barMaxWidth: 22, label: { show: true, position: 'right' } }]
		});
	}

	// The map: outlines of the places one level down (click to drill down) and the open cases.
	var element = document.getElementById('dashboard-map');
	var map = L.map(element, { zoomSnap: 0.25, attributionControl: !!data.tileUrl });
	if (data.tileUrl) {
		L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: data.maxZoom }).addTo(map);
	}
	var outlines = L.geoJSON(null, {
		style: { color: '#57606a', weight: 1.2, fillColor: '#8c959f', fillOpacity: 0.06 },
		onEachFeature: function (feature, shape) {
			shape.bindTooltip(feature.properties.name, { sticky: true });
			if (data.drillable) {
				shape.on('click', function () { drillTo(feature.properties.code); });
			}
		}
	}).addTo(map);
	var markers = L.layerGroup().addTo(map);
	var points = [];
	var fitted = false;

	function getJson(url) {
		return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
			if (!response.ok) {
				throw new Error(response.status);
			}
			return response.json();
		});
	}

	function fit() {
		var bounds = outlines.getBounds();
		if (!bounds.isValid() && points.length) {
			bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lng]; }));
		}
		if (bounds.isValid()) {
			map.fitBounds(bounds, { padding: [8, 8] });
			fitted = true;
		}
	}

	function worst(a, b) {
		return severity[a] >= severity[b] ? a : b;
	}

	function escape(text) {
		var span = document.createElement('span');
		span.textContent = text;
		return span.innerHTML;
	}

	// Clusters: points falling into the same 56-pixel cell at this zoom are drawn as one circle
	// with their number, in the colour of the most overdue among them.
	function draw() {
		markers.clearLayers();
		if (!fitted) {
			return;
		}
		var cells = {};
		var size = 56;
		points.forEach(function (point) {
			var pixel = map.project([point.lat, point.lng], map.getZoom());
			var key = Math.floor(pixel.x / size) + ':' + Math.floor(pixel.y / size);
			var cell = cells[key] || (cells[key] = { points: [], level: 'NORMAL', lat: 0, lng: 0 });
			cell.points.push(point);
			cell.level = worst(cell.level, point.level);
			cell.lat += point.lat;
			cell.lng += point.lng;
		});
		Object.keys(cells).forEach(function (key) {
			var cell = cells[key];
			var count = cell.points.length;
			var at = [cell.lat / count, cell.lng / count];
			if (count === 1) {
				var point = cell.points[0];
				L.circleMarker(at, { radius: 6, weight: 1, color: '#fff', fillColor: colours[point.level], fillOpacity: 0.95,
					className: 'case-point level-' + point.level })
					.bindPopup('<strong>' + escape(point.number) + '</strong><br>' + escape(point.category) + '<br>'
						+ escape(labels['dashboard.map.' + point.level.toLowerCase()]))
					.addTo(markers);
				return;
			}
			var diameter = count < 10 ? 28 : count < 100 ? 34 : 42;
			var icon = L.divIcon({ className: 'case-cluster level-' + cell.level,
				html: '<span>' + count + '</span>', iconSize: [diameter, diameter] });
			L.marker(at, { icon: icon, title: labels['dashboard.map.cluster'].replace('{0}', count), keyboard: true })
				.on('click', function () {
					map.fitBounds(L.latLngBounds(cell.points.map(function (p) { return [p.lat, p.lng]; })), { padding: [24, 24], maxZoom: 18 });
				})
				.addTo(markers);
		});
		element.dataset.points = String(points.length);
	}

	map.on('zoomend', draw);

	var outlineRequest = data.drillable
		? getJson('/api/org/units/' + encodeURIComponent(data.org) + '/features').then(function (features) {
			outlines.addData(features);
		})
		: getJson('/api/org/units/' + encodeURIComponent(data.org.substring(0, 12)) + '/features').then(function (features) {
			features.features = features.features.filter(function (f) { return f.properties.code === data.org; });
			outlines.addData(features);
		});
	var pointRequest = getJson('/api/dashboard/open-cases?org=' + encodeURIComponent(data.org)).then(function (answer) {
		points = answer.points;
		document.querySelector('[data-testid=count-yellow]').textContent = answer.counts.YELLOW;
		document.querySelector('[data-testid=count-red]').textContent = answer.counts.RED;
	});
	Promise.all([outlineRequest.catch(function () { return null; }), pointRequest]).then(function () {
		fit();
		draw();
		element.dataset.loaded = 'true';
	}).catch(function () {
		element.insertAdjacentHTML('beforeend', '<p class="map-error">' + escape(labels['dashboard.map.load-failed']) + '</p>');
		fit();
	});
})();
