package org.gongzhi.shared.web;

import java.util.List;

/**
 * What the page layout shows of the signed-in user: implemented by the identity module's
 * principal.
 */
public interface UserView {

	String getDisplayName();

	/** Message keys of the user's roles, e.g. {@code role.GRID_WORKER}. */
	List<String> getRoleKeys();

	/**
	 * Code of the org unit whose subtree is the user's data scope, or {@code null} for
	 * none.
	 */
	String getOrgCode();

	/** Name of the org unit (or department) whose subtree is the user's data scope. */
	String getScopeName();

}
