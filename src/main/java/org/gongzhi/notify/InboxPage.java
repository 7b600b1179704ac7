package org.gongzhi.notify;

import java.util.List;

/**
 * One page of a user's notifications, newest first.
 *
 * @param items the notifications
 * @param nextCursor pass it as {@code cursor} for the next, older page; {@code null} on
 * the last page
 */
public record InboxPage(List<InboxEntry> items, String nextCursor) {

	public InboxPage {
		items = List.copyOf(items);
	}

}
