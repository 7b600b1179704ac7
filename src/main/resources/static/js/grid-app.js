// The grid worker's app: registers the service worker, and keeps the queue of reports on the phone
// (IndexedDB). Every report goes through the queue: it is stored with its photos and an
// Idempotency-Key made when it was queued, then sent when there is a network — on the spot, when the
// network returns, or when asked — so that a report is created exactly once however often sending is
// tried (the server answers a repeated key with the first case).
(function () {
	'use strict';
	var root = document.querySelector('[data-grid-app]');
	var config = root ? JSON.parse(root.dataset.config || '{}') : {};
	var labels = config.labels || {};
	var DB = 'gongzhi-grid';
	var STORE = 'reports';
	var SENT_KEY = 'gongzhi-grid-sent';
	var listeners = [];
	var sending = false;

	function text(key, values) {
		var result = labels[key] || key;
		(values || []).forEach(function (value, i) {
			result = result.split('{' + i + '}').join(value);
		});
		return result;
	}

	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).catch(function () {
			// the pages work without it, only not offline
		});
	}

	function open() {
		return new Promise(function (resolve, reject) {
			var request = indexedDB.open(DB, 1);
			request.onupgradeneeded = function () {
				request.result.createObjectStore(STORE, { keyPath: 'key' });
			};
			request.onsuccess = function () {
				resolve(request.result);
			};
			request.onerror = function () {
				reject(request.error);
			};
		});
	}

	function transact(mode, work) {
		return open().then(function (db) {
			return new Promise(function (resolve, reject) {
				var tx = db.transaction(STORE, mode);
				var result = work(tx.objectStore(STORE));
				tx.oncomplete = function () {
					db.close();
					resolve(result && 'result' in result ? result.result : result);
				};
				tx.onerror = function () {
					db.close();
					reject(tx.error);
				};
			});
		});
	}

	function all() {
		return transact('readonly', function (store) {
			return store.getAll();
		}).then(function (entries) {
			return (entries || []).filter(function (entry) {
				return !config.user || entry.owner === config.user;
			}).sort(function (a, b) {
				return a.queuedAt - b.queuedAt;
			});
		});
	}

	function put(entry) {
		return transact('readwrite', function (store) {
			store.put(entry);
		}).then(changed);
	}

	function remove(key) {
		return transact('readwrite', function (store) {
			store.delete(key);
		}).then(changed);
	}

	function newKey() {
		if (window.crypto && crypto.randomUUID) {
			return crypto.randomUUID();
		}
		return 'q-' + Date.now() + '-' + Math.random().toString(36).slice(2);
	}

	// Queues a report: {categoryCode, categoryName, lat, lng, description, selfHandled}, photos and
	// photos after handling (Blobs). Resolves to the stored entry.
	function add(report, photos, afterPhotos) {
		var entry = {
			key: newKey(), owner: config.user, queuedAt: Date.now(), report: report, photos: photos,
			afterPhotos: afterPhotos || [], attachmentIds: null, handledAttachmentIds: null, state: 'waiting',
			error: null, attempts: 0
		};
		return put(entry).then(function () {
			return entry;
		});
	}

	function sent() {
		try {
			return JSON.parse(sessionStorage.getItem(SENT_KEY) || '[]');
		} catch (ignored) {
			return [];
		}
	}

	function remember(entry, receipt) {
		var list = sent();
		list.unshift({ key: entry.key, number: receipt.number, id: receipt.id,
			category: entry.report.categoryName, at: Date.now() });
		sessionStorage.setItem(SENT_KEY, JSON.stringify(list.slice(0, 20)));
	}

	// The CSRF token of the session now (the page may come from the service worker's cache).
	function token() {
		return fetch('/m/token', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
			.then(function (response) {
				var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
				if (!response.ok || response.redirected || !json) {
					var error = new Error('signin');
					error.signin = true;
					throw error;
				}
				return response.json();
			}).then(function (answer) {
				var headers = { 'Accept-Language': document.documentElement.lang || 'zh-CN' };
				headers[answer.header] = answer.token;
				return headers;
			});
	}

	function problem(response) {
		return response.text().then(function (body) {
			var detail = null;
			try {
				var json = JSON.parse(body);
				detail = json.detail || json.title;
			} catch (ignored) {
				// not a problem document
			}
			var error = new Error(detail || String(response.status));
			error.status = response.status;
			throw error;
		});
	}

	function uploadOnce(entry, field, blobs, headers) {
		if (entry[field] !== null || !blobs.length) {
			entry[field] = entry[field] || [];
			return Promise.resolve();
		}
		return window.GongzhiPhone.upload(blobs, headers).then(function (ids) {
			entry[field] = ids;
			// kept, so that a retry does not upload the photos again
			return put(entry);
		});
	}

	function sendOne(entry, headers) {
		entry.state = 'sending';
		entry.attempts++;
		return put(entry).then(function () {
			return uploadOnce(entry, 'attachmentIds', entry.photos, headers);
		}).then(function () {
			return uploadOnce(entry, 'handledAttachmentIds', entry.afterPhotos, headers);
		}).then(function () {
			var report = entry.report;
			return fetch('/api/cases', {
				method: 'POST', credentials: 'same-origin',
				headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json',
					'Idempotency-Key': entry.key }, headers),
				body: JSON.stringify({ categoryCode: report.categoryCode, lat: report.lat, lng: report.lng,
					description: report.description, selfHandled: report.selfHandled, answers: report.answers || {},
					attachmentIds: entry.attachmentIds, handledAttachmentIds: entry.handledAttachmentIds })
			});
		}).then(function (response) {
			if (!response.ok) {
				return problem(response);
			}
			return response.json();
		}).then(function (receipt) {
			remember(entry, receipt);
			return remove(entry.key).then(function () {
				return receipt;
			});
		}, function (error) {
			if (error.status === 401 || error.status === 403) {
				entry.state = 'signin';
			} else if (error.status && error.status < 500 && error.status !== 408 && error.status !== 429) {
				// the server refused it: trying again will not help until the report changes
				entry.state = 'failed';
			} else {
				entry.state = 'waiting';
			}
			entry.error = error.status ? error.message : null;
			return put(entry).then(function () {
				if (entry.state === 'waiting') {
					throw error;
				}
			});
		});
	}

	// Sends every waiting report, oldest first; stops at the first network failure.
	function flush() {
		if (sending || navigator.onLine === false) {
			return Promise.resolve();
		}
		sending = true;
		var run = function () {
			return all().then(function (entries) {
				var waiting = entries.filter(function (entry) {
					return entry.state === 'waiting' || entry.state === 'sending' || entry.state === 'signin';
				});
				if (!waiting.length) {
					return null;
				}
				return token().then(function (headers) {
					return waiting.reduce(function (chain, entry) {
						return chain.then(function () {
							return sendOne(entry, headers);
						});
					}, Promise.resolve());
				}, function (error) {
					if (error.signin) {
						return Promise.all(waiting.map(function (entry) {
							entry.state = 'signin';
							return put(entry);
						}));
					}
					return null;
				});
			}).catch(function () {
				// offline again: the entries wait for the next try
			});
		};
		var done = function () {
			sending = false;
			changed();
		};
		var work = (navigator.locks && navigator.locks.request)
			? navigator.locks.request('gongzhi-grid-queue', run) : run();
		return work.then(done, done);
	}

	function retry(key) {
		return all().then(function (entries) {
			var entry = entries.filter(function (candidate) {
				return candidate.key === key;
			})[0];
			if (entry) {
				entry.state = 'waiting';
				entry.error = null;
				return put(entry).then(flush);
			}
			return null;
		});
	}

	function changed() {
		all().then(function (entries) {
			listeners.forEach(function (listener) {
				listener(entries);
			});
		});
	}

	function onChange(listener) {
		listeners.push(listener);
		changed();
	}

	// The badge on the queue tab and the banner on the home page.
	onChange(function (entries) {
		document.querySelectorAll('[data-queue-count]').forEach(function (badge) {
			badge.textContent = entries.length;
			badge.hidden = entries.length === 0;
		});
		document.querySelectorAll('[data-queue-banner]').forEach(function (banner) {
			banner.textContent = text('grid.queue.count', [entries.length]);
			banner.hidden = entries.length === 0;
		});
	});

	// The queue page: each report waiting, with its state, and what was sent just now.
	var list = document.querySelector('[data-queue-list]');
	if (list) {
		var summary = document.querySelector('[data-queue-summary]');
		var sentList = document.querySelector('[data-sent-list]');
		var network = document.querySelector('[data-network]');
		var showNetwork = function () {
			network.textContent = navigator.onLine === false ? text('grid.queue.offline') : text('grid.queue.online');
			network.classList.toggle('offline', navigator.onLine === false);
		};
		window.addEventListener('online', showNetwork);
		window.addEventListener('offline', showNetwork);
		showNetwork();
		document.querySelector('[data-queue-send]').addEventListener('click', flush);
		onChange(function (entries) {
			summary.textContent = entries.length ? text('grid.queue.count', [entries.length]) : text('grid.queue.empty');
			list.innerHTML = '';
			entries.forEach(function (entry) {
				var li = document.createElement('li');
				li.className = 'queue-item state-' + entry.state;
				li.dataset.testid = 'queue-item';
				li.dataset.state = entry.state;
				var title = document.createElement('strong');
				title.textContent = entry.report.categoryName;
				var detail = document.createElement('span');
				detail.className = 'hint';
				detail.textContent = new Date(entry.queuedAt).toLocaleString(document.documentElement.lang || undefined) + ' · '
					+ text('grid.queue.photos', [entry.photos.length + entry.afterPhotos.length])
					+ (entry.report.description ? ' · ' + entry.report.description : '');
				var state = document.createElement('span');
				state.className = 'queue-state';
				state.dataset.testid = 'queue-state';
				state.textContent = text('grid.queue.state.' + entry.state) + (entry.error ? ': ' + entry.error : '');
				li.appendChild(title);
				li.appendChild(detail);
				li.appendChild(state);
				if (entry.state === 'failed' || entry.state === 'signin') {
					var again = document.createElement('button');
					again.type = 'button';
					again.className = 'button secondary';
					again.textContent = text('grid.queue.retry');
					again.addEventListener('click', function () {
						retry(entry.key);
					});
					var drop = document.createElement('button');
					drop.type = 'button';
					drop.className = 'button secondary';
					drop.textContent = text('grid.queue.delete');
					drop.addEventListener('click', function () {
						remove(entry.key);
					});
					li.appendChild(again);
					li.appendChild(drop);
				}
				list.appendChild(li);
			});
			sentList.innerHTML = '';
			sent().forEach(function (done) {
				var li = document.createElement('li');
				li.className = 'queue-item state-sent';
				li.dataset.testid = 'sent-item';
				var link = document.createElement('a');
				link.href = '/m/cases/' + done.id;
				link.textContent = text('grid.queue.sent', [done.number, done.category]);
				li.appendChild(link);
				sentList.appendChild(li);
			});
		});
	}

	window.addEventListener('online', flush);
	// a network that comes back without an 'online' event (a captive portal, a flaky cell)
	setInterval(function () {
		all().then(function (entries) {
			if (entries.some(function (entry) {
				return entry.state === 'waiting';
			})) {
				flush();
			}
		});
	}, 20000);
	flush();

	window.GongzhiQueue = { add: add, all: all, flush: flush, retry: retry, remove: remove, onChange: onChange,
		sent: sent, text: text };
})();
