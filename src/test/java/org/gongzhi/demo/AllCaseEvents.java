package org.gongzhi.demo;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.gongzhi.cases.CaseEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every case event committed since the application started (the demo history's among
 * them), for rebuilding the indicator rollups from the whole timeline.
 */
@Component
class AllCaseEvents {

	private final ConcurrentLinkedQueue<CaseEvent> events = new ConcurrentLinkedQueue<>();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CaseEvent event) {
		this.events.add(event);
	}

	List<CaseEvent> all() {
		return List.copyOf(this.events);
	}

}
