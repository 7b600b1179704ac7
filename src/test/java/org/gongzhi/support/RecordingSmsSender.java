package org.gongzhi.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gongzhi.identity.SmsSender;

/**
 * The SMS gateway of the tests: there is no real one to run here, so messages are kept
 * for the test to read, the way a phone would receive them.
 */
public class RecordingSmsSender implements SmsSender {

	private final List<String[]> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String phone, String text) {
		this.sent.add(new String[] { phone, text });
	}

	/** The last message sent to {@code phone}, or {@code null}. */
	public String lastTo(String phone) {
		String last = null;
		for (String[] message : this.sent) {
			if (message[0].equals(phone)) {
				last = message[1];
			}
		}
		return last;
	}

}
