package org.gongzhi.notify;

import org.springframework.stereotype.Component;

/** Like a group robot: speaks once per event, whatever the number of recipients. */
@Component
class RecordingGroupChannel implements NotificationChannel {

	static final String NAME = "test-group";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean carries(NotificationKind kind) {
		return kind == NotificationKind.CASE_ESCALATED;
	}

	@Override
	public boolean perRecipient() {
		return false;
	}

	@Override
	public void deliver(OutgoingNotification notification) {
	}

}
