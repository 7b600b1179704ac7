// What the phone pages share: the page's configuration and texts, calls to the API with the CSRF
// token and the page's language, and photos (picked, shrunk in the browser to a JPEG of at most
// 1600 px on the long side, previewed, uploaded to /api/files).
(function () {
	'use strict';

	var LONG_SIDE = 1600;
	var QUALITY = 0.82;

	function config(element) {
		var config = JSON.parse(element.dataset.config || '{}');
		config.text = function (key, values) {
			var text = (config.labels && config.labels[key]) || key;
			(values || []).forEach(function (value, i) {
				text = text.split('{' + i + '}').join(value);
			});
			return text;
		};
		return config;
	}

	function csrfHeaders() {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		// answers (names, problems) in the language of the page
		var headers = { 'Accept-Language': document.documentElement.lang || 'zh-CN' };
		if (header && token) {
			headers[header.content] = token.content;
		}
		return headers;
	}

	// The problem+json of a failed call as an Error with the detail (already in the reader's language).
	function failure(response) {
		return response.text().then(function (body) {
			var problem = {};
			try {
				problem = JSON.parse(body);
			} catch (ignored) {
				// not a problem document
			}
			var error = new Error(problem.detail || problem.title || String(response.status));
			error.status = response.status;
			error.problem = problem;
			return Promise.reject(error);
		});
	}

	function api(method, url, body, extraHeaders) {
		var headers = Object.assign({ Accept: 'application/json' }, csrfHeaders(), extraHeaders || {});
		var options = { method: method, headers: headers, credentials: 'same-origin' };
		if (body !== undefined && body !== null) {
			headers['Content-Type'] = 'application/json';
			options.body = JSON.stringify(body);
		}
		return fetch(url, options).then(function (response) {
			if (!response.ok) {
				return failure(response);
			}
			return response.status === 204 ? null : response.json();
		});
	}

	// Decodes a picked photo upright (EXIF orientation applied). Not through a blob: URL, which the
	// content security policy does not allow for images.
	function decode(file) {
		if (window.createImageBitmap) {
			return createImageBitmap(file, { imageOrientation: 'from-image' }).catch(function () {
				return createImageBitmap(file);
			});
		}
		return new Promise(function (resolve, reject) {
			var reader = new FileReader();
			reader.onload = function () {
				var image = new Image();
				image.onload = function () {
					resolve(image);
				};
				image.onerror = reject;
				image.src = reader.result;
			};
			reader.onerror = reject;
			reader.readAsDataURL(file);
		});
	}

	function draw(image, longSide) {
		var width = image.naturalWidth || image.width;
		var height = image.naturalHeight || image.height;
		var scale = Math.min(1, longSide / Math.max(width, height));
		var canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.round(width * scale));
		canvas.height = Math.max(1, Math.round(height * scale));
		var context = canvas.getContext('2d');
		context.fillStyle = '#fff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return canvas;
	}

	// A photo as a JPEG whose long side is at most LONG_SIDE, with a small preview (a data: URL).
	function compress(file) {
		return decode(file).then(function (image) {
			var preview = draw(image, 240).toDataURL('image/jpeg', 0.7);
			var canvas = draw(image, LONG_SIDE);
			if (image.close) {
				image.close();
			}
			return new Promise(function (resolve, reject) {
				canvas.toBlob(function (blob) {
					if (blob) {
						resolve({ blob: blob, preview: preview });
					} else {
						reject(new Error('encode'));
					}
				}, 'image/jpeg', QUALITY);
			});
		});
	}

	// Uploads blobs in one request; resolves to their ids.
	function upload(blobs, headers) {
		if (!blobs.length) {
			return Promise.resolve([]);
		}
		var form = new FormData();
		blobs.forEach(function (blob, i) {
			form.append('file', blob, 'photo-' + (i + 1) + '.jpg');
		});
		return fetch('/api/files', {
			method: 'POST', body: form, credentials: 'same-origin',
			headers: Object.assign({ Accept: 'application/json' }, headers || csrfHeaders())
		}).then(function (response) {
			if (!response.ok) {
				return failure(response);
			}
			return response.json();
		}).then(function (files) {
			return files.map(function (file) {
				return file.id;
			});
		});
	}

	// A photo picker: a file input, a list of previews with a remove button each, and a counter.
	function photos(input, list, counter, max, text) {
		var items = [];
		var pending = 0;

		function render() {
			list.innerHTML = '';
			items.forEach(function (item, index) {
				var li = document.createElement('li');
				var img = document.createElement('img');
				img.src = item.url;
				img.alt = text('phone.photos.count', [index + 1, items.length]);
				var remove = document.createElement('button');
				remove.type = 'button';
				remove.className = 'photo-remove';
				remove.textContent = '×';
				remove.setAttribute('aria-label', text('phone.photos.remove', [index + 1]));
				remove.addEventListener('click', function () {
					items.splice(index, 1);
					render();
					input.focus();
				});
				li.appendChild(img);
				li.appendChild(remove);
				list.appendChild(li);
			});
			counter.textContent = pending ? text('phone.photos.compressing')
				: text('phone.photos.count', [items.length, max]);
			input.disabled = items.length >= max;
		}

		input.addEventListener('change', function () {
			var files = Array.prototype.slice.call(input.files || []);
			input.value = '';
			var room = max - items.length;
			if (files.length > room) {
				counter.textContent = text('phone.photos.too-many', [max]);
				files = files.slice(0, room);
			}
			pending += files.length;
			render();
			files.reduce(function (chain, file) {
				return chain.then(function () {
					return compress(file).then(function (photo) {
						items.push({ blob: photo.blob, url: photo.preview });
						pending--;
						render();
					}, function () {
						pending--;
						render();
						counter.textContent = text('phone.photos.failed');
					});
				});
			}, Promise.resolve());
		});
		render();

		return {
			blobs: function () {
				return items.map(function (item) {
					return item.blob;
				});
			},
			busy: function () {
				return pending > 0;
			},
			clear: function () {
				items = [];
				render();
			}
		};
	}

	window.GongzhiPhone = { config: config, csrfHeaders: csrfHeaders, api: api, compress: compress,
		upload: upload, photos: photos };
})();
