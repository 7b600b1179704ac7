package org.gongzhi.cases;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every case event whose transaction committed, whatever thread published it (the
 * server's request threads), so that tests can check what other modules will receive.
 */
@Component
class RecordedCaseEvents {

	private final ConcurrentLinkedQueue<CaseEvent> events = new ConcurrentLinkedQueue<>();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CaseEvent event) {
		this.events.add(event);
	}

	/** The events of one case, in the order they were published. */
	List<CaseEvent> of(long caseId) {
		return this.events.stream().filter((event) -> event.facts().caseId() == caseId).toList();
	}

	<T extends CaseEvent> List<T> of(long caseId, Class<T> type) {
		return of(caseId).stream().filter(type::isInstance).map(type::cast).toList();
	}

}
