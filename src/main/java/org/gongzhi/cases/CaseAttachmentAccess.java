package org.gongzhi.cases;

import org.gongzhi.files.AttachmentAccess;
import org.gongzhi.identity.CurrentScope;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The photos, videos and documents of a case (owner type {@code case}) are served to
 * whoever may see the case, and to no one else.
 */
@Component
class CaseAttachmentAccess implements AttachmentAccess {

	static final String OWNER_TYPE = "case";

	private final CurrentScope scope;

	private final CaseTransitions transitions;

	CaseAttachmentAccess(CurrentScope scope, CaseTransitions transitions) {
		this.scope = scope;
		this.transitions = transitions;
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public boolean mayRead(String ownerId) {
		var user = this.scope.user();
		if (user.isEmpty()) {
			return false;
		}
		try {
			this.transitions.load(Long.parseLong(ownerId), Actor.of(user.get()));
			return true;
		}
		catch (NotFoundException | NumberFormatException ex) {
			return false;
		}
	}

}
