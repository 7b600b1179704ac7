// The grid worker app's service worker (scope /m/): keeps the app's shell — its pages, styles,
// scripts and icons — so that the app opens and reports can be queued without a network. Pages come
// from the network when there is one (they show live cases) and from the cache when there is not;
// the API is never cached.
'use strict';
var CACHE = 'gongzhi-grid-v1';
var SHELL = ['/m/', '/m/report', '/m/queue', '/css/gongzhi.css', '/css/phone.css', '/js/gongzhi.js', '/js/phone.js',
	'/js/grid-app.js', '/js/grid-report.js', '/js/grid-case.js', '/js/category-picker.js',
	'/img/phone-icons.svg', '/img/case-icons.svg', '/img/grid-app-192.png', '/webjars/htmx.org/dist/htmx.min.js'];

self.addEventListener('install', function (event) {
	event.waitUntil(caches.open(CACHE).then(function (cache) {
		// one by one, so that one missing file does not lose the whole shell
		return Promise.all(SHELL.map(function (url) {
			return fetch(url, { credentials: 'same-origin' }).then(function (response) {
				if (response.ok && !response.redirected) {
					return cache.put(url, response);
				}
				return null;
			}).catch(function () {
				return null;
			});
		}));
	}).then(function () {
		return self.skipWaiting();
	}));
});

self.addEventListener('activate', function (event) {
	event.waitUntil(caches.keys().then(function (keys) {
		return Promise.all(keys.filter(function (key) {
			return key.indexOf('gongzhi-grid-') === 0 && key !== CACHE;
		}).map(function (key) {
			return caches.delete(key);
		}));
	}).then(function () {
		return self.clients.claim();
	}));
});

function shellKey(url) {
	var path = new URL(url).pathname;
	return path === '/m' ? '/m/' : path;
}

self.addEventListener('fetch', function (event) {
	var request = event.request;
	var url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0
			|| url.pathname === '/m/token' || url.pathname === '/m/sw.js') {
		return;
	}
	if (request.mode === 'navigate') {
		// network first: a page fetched fresh replaces the kept one (a sign-in page never does)
		event.respondWith(fetch(request).then(function (response) {
			if (response.ok && !response.redirected && url.pathname.indexOf('/m') === 0) {
				var copy = response.clone();
				caches.open(CACHE).then(function (cache) {
					cache.put(shellKey(request.url), copy);
				});
			}
			return response;
		}).catch(function () {
			return caches.match(shellKey(request.url)).then(function (kept) {
				return kept || caches.match('/m/queue');
			});
		}));
		return;
	}
	// styles, scripts, icons: the kept copy, refreshed in the background
	event.respondWith(caches.match(url.pathname).then(function (kept) {
		var fresh = fetch(request).then(function (response) {
			if (response.ok && SHELL.indexOf(url.pathname) >= 0) {
				var copy = response.clone();
				caches.open(CACHE).then(function (cache) {
					cache.put(url.pathname, copy);
				});
			}
			return response;
		});
		if (kept) {
			fresh.catch(function () {
				// offline: the kept copy serves
			});
			return kept;
		}
		return fresh;
	}));
});
