// The bell polls for the unread count only while someone uses the page. Every poll is a request, and requests keep a
// session alive: unchecked, an unattended screen would never reach the idle timeout (等保). So after the first count, a
// poll goes out only if there was a key press, touch, click, scroll or mouse move since the one before, and the page
// is visible. Marking a notification read counts at once in any case.
(function () {
	var used = false;
	['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'].forEach(function (type) {
		document.addEventListener(type, function () { used = true; }, { capture: true, passive: true });
	});
	document.addEventListener('htmx:beforeRequest', function (event) {
		var bell = event.detail.elt;
		if (!bell || !bell.hasAttribute || !bell.hasAttribute('data-poll-while-used')) {
			return;
		}
		var trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
		var poll = bell.hasAttribute('data-counted') && !(trigger && trigger.type === 'notifications-read');
		if (poll && (document.hidden || !used)) {
			event.preventDefault();
			return;
		}
		bell.setAttribute('data-counted', '');
		used = false;
	});
})();
