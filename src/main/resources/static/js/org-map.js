// The org map: draws the children of a unit, drills down on click, shows the unit's figures.
(function () {
	'use strict';
	var element = document.getElementById('org-map');
	var config = JSON.parse(element.dataset.config);
	var labels = config.labels;
	var panel = document.querySelector('[data-testid=map-panel]');
	var title = panel.querySelector('[data-testid=unit-name]');
	var figures = panel.querySelector('[data-testid=unit-figures]');
	var flags = panel.querySelector('[data-testid=unit-flags]');
	var childList = panel.querySelector('[data-testid=unit-children]');
	var sectionBox = panel.querySelector('[data-testid=map-sections]');
	var breadcrumb = document.querySelector('[data-testid=breadcrumb]');
	var trail = [];

	var map = L.map(element, { zoomSnap: 0.25, attributionControl: !!config.tileUrl });
	if (config.tileUrl) {
		L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: config.maxZoom }).addTo(map);
	}
	var layer = L.geoJSON(null, {
		style: function (feature) {
			var grid = feature.properties.level === 'GRID';
			var unstaffed = grid && !feature.properties.worker;
			return {
				color: unstaffed ? '#9a6700' : '#c8102e',
				weight: grid ? 1 : 1.5,
				fillColor: unstaffed ? '#f2cc60' : '#c8102e',
				fillOpacity: 0.12
			};
		},
		onEachFeature: function (feature, shape) {
			shape.bindTooltip(feature.properties.name, { sticky: true });
			shape.on('click', function () {
				if (feature.properties.code !== current()) {
					drill(feature.properties.code);
				}
			});
		}
	}).addTo(map);

	function current() {
		return trail.length ? trail[trail.length - 1].code : null;
	}

	function getJson(url) {
		return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
			if (!response.ok) {
				throw new Error(response.status);
			}
			return response.json();
		});
	}

	function drill(code) {
		Promise.all([
			getJson('/api/org/units/' + encodeURIComponent(code)),
			getJson('/api/org/units/' + encodeURIComponent(code) + '/features'),
			getJson('/api/org/units/' + encodeURIComponent(code) + '/staffing')
		]).then(function (answers) {
			show(answers[0], answers[1], answers[2]);
		}).catch(function () {
			flags.textContent = labels['org.map.load-failed'];
		});
	}

	function show(unit, features, staffing) {
		var at = trail.findIndex(function (step) { return step.code === unit.code; });
		trail = at >= 0 ? trail.slice(0, at + 1) : trail.concat([{ code: unit.code, name: unit.name }]);
		history.replaceState(null, '', '?code=' + encodeURIComponent(unit.code));
		layer.clearLayers();
		layer.addData(features);
		if (layer.getLayers().length) {
			map.fitBounds(layer.getBounds(), { padding: [8, 8], animate: false });
		}
		renderBreadcrumb();
		renderPanel(unit, features, staffing);
	}

	function renderBreadcrumb() {
		breadcrumb.textContent = '';
		trail.forEach(function (step, index) {
			if (index > 0) {
				breadcrumb.appendChild(document.createTextNode(' › '));
			}
			var link = document.createElement(index === trail.length - 1 ? 'span' : 'a');
			link.textContent = step.name;
			if (index < trail.length - 1) {
				link.href = '?code=' + encodeURIComponent(step.code);
				link.addEventListener('click', function (event) {
					event.preventDefault();
					drill(step.code);
				});
			}
			breadcrumb.appendChild(link);
		});
	}

	function addFigure(label, value) {
		var term = document.createElement('dt');
		term.textContent = label;
		var detail = document.createElement('dd');
		detail.textContent = value === null || value === undefined ? labels['org.map.none'] : value;
		figures.appendChild(term);
		figures.appendChild(detail);
	}

	function renderPanel(unit, features, staffing) {
		title.textContent = unit.name;
		figures.textContent = '';
		addFigure(labels['org.map.level'], labels['org.level.' + unit.level]);
		addFigure(labels['org.map.code'], unit.code);
		addFigure(labels['org.map.households'], format(staffing.households || unit.households));
		addFigure(labels['org.map.population'], format(unit.population));
		if (unit.level === 'GRID') {
			var own = features.features.length ? features.features[0].properties.worker : null;
			addFigure(labels['org.map.worker'], own);
		}
		else {
			addFigure(labels['org.map.grids'], format(staffing.grids));
			addFigure(labels['org.map.grid-workers'], format(staffing.gridWorkers));
		}
		addFigure(labels['org.map.per-worker'], format(staffing.householdsPerWorker));
		var notes = [];
		if (staffing.gridsWithoutWorker > 0) {
			notes.push(labels['org.map.no-worker'].replace('{0}', staffing.gridsWithoutWorker));
		}
		var overloaded = staffing.overloadedWorkers;
		if (overloaded.length > 5) {
			notes.push(labels['org.map.overloaded-count'].replace('{0}', overloaded.length));
		}
		else if (overloaded.length) {
			notes.push(labels['org.map.overloaded'].replace('{0}', overloaded.join('、')));
		}
		if (config.editBase) {
			var edit = document.createElement('a');
			edit.href = config.editBase + encodeURIComponent(unit.code);
			edit.textContent = labels['org.map.edit'];
			edit.dataset.testid = 'edit-link';
			var term = document.createElement('dt');
			var detail = document.createElement('dd');
			detail.appendChild(edit);
			figures.appendChild(term);
			figures.appendChild(detail);
		}
		flags.textContent = notes.join(' ');
		flags.hidden = notes.length === 0;
		renderChildren(staffing.children);
		renderSections(unit.code);
	}

	// sections other modules add to the panel: HTML fragments of their own endpoints
	function renderSections(code) {
		sectionBox.textContent = '';
		(config.sections || []).forEach(function (section) {
			var box = document.createElement('section');
			box.dataset.section = section.id;
			sectionBox.appendChild(box);
			fetch(section.url.replace('{code}', encodeURIComponent(code)), { headers: { Accept: 'text/html' } })
				.then(function (response) {
					return response.ok ? response.text() : '';
				})
				.then(function (html) {
					if (current() === code) {
						box.innerHTML = html;
					}
				})
				.catch(function () {
					box.textContent = '';
				});
		});
	}

	function renderChildren(children) {
		childList.textContent = '';
		children.forEach(function (child) {
			var item = document.createElement('li');
			var link = document.createElement('a');
			link.href = '?code=' + encodeURIComponent(child.code);
			link.textContent = child.name;
			link.dataset.code = child.code;
			link.addEventListener('click', function (event) {
				event.preventDefault();
				drill(child.code);
			});
			item.appendChild(link);
			var detail = document.createElement('span');
			detail.className = 'muted';
			detail.textContent = ' ' + labels['org.map.child-summary']
				.replace('{0}', format(child.households))
				.replace('{1}', format(child.householdsPerWorker));
			item.appendChild(detail);
			if (child.gridsWithoutWorker > 0 || child.overloadedWorkers.length) {
				item.className = 'flagged';
			}
			childList.appendChild(item);
		});
		document.querySelector('.children-title').hidden = children.length === 0;
	}

	function format(value) {
		return value === null || value === undefined ? labels['org.map.none'] : Number(value).toLocaleString();
	}

	drill(config.start);
})();
