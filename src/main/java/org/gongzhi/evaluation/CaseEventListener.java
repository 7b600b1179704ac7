package org.gongzhi.evaluation;

import org.gongzhi.cases.CaseEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the indicator rollups current: every case event, after its transition commits.
 * Safe to run twice (the event publication registry redelivers unfinished events).
 */
@Component
class CaseEventListener {

	private final IndicatorRecorder recorder;

	CaseEventListener(IndicatorRecorder recorder) {
		this.recorder = recorder;
	}

	/** Not in a transaction of its own: the recorder runs (and retries) its own. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CaseEvent event) {
		this.recorder.record(event);
	}

}
