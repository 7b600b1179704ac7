package org.gongzhi.shared.scope;

import org.gongzhi.shared.problem.NotFoundException;

/**
 * Which part of the org tree the current caller may see, for modules that the identity
 * module itself depends on (such as org). Implemented by identity's {@code CurrentScope};
 * modules above identity use {@code CurrentScope} and {@code DataScope} directly.
 */
public interface ScopeGuard {

	/** Whether the org unit with this code lies in the caller's subtree. */
	boolean isVisible(String orgCode);

	/**
	 * Throws a 404 problem with the given message unless {@code orgCode} is visible, so
	 * that data outside the scope looks exactly like missing data.
	 */
	default void requireVisible(String orgCode, String messageKey, Object... arguments) {
		if (!isVisible(orgCode)) {
			throw new NotFoundException(messageKey, arguments);
		}
	}

}
