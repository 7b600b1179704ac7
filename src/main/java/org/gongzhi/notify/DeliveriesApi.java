package org.gongzhi.notify;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the system administrator: how deliveries beyond the inbox stand (failed ones above
 * all), within their data scope, and a retry once the cause is fixed.
 */
@RestController
@RequestMapping("/api/notify/deliveries")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "notify", description = "The caller's notifications")
class DeliveriesApi {

	private static final int MAX = 200;

	private final DeliveryQueue queue;

	private final CurrentScope scope;

	private final Clock clock;

	DeliveriesApi(DeliveryQueue queue, CurrentScope scope, Clock clock) {
		this.queue = queue;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Deliveries in a state (default FAILED) about places in the caller's scope, newest first")
	List<DeliveryStatus> list(@RequestParam(defaultValue = "FAILED") DeliveryState state,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX) {
			throw new InvalidInputException("notify.bad-limit", MAX);
		}
		return this.queue.list(state, this.scope.get().orgPredicate("n.org_code"), limit);
	}

	@PostMapping("/{notificationId}/{channel}/retry")
	@Operation(summary = "Makes a failed delivery due again now; 404 unless a failed one in the caller's scope")
	ResponseEntity<Void> retry(@PathVariable long notificationId, @PathVariable String channel) {
		if (!this.queue.retry(notificationId, channel, this.scope.get().orgPredicate("n.org_code"),
				this.clock.instant())) {
			throw new NotFoundException("notify.delivery.not-found");
		}
		return ResponseEntity.accepted().build();
	}

}
