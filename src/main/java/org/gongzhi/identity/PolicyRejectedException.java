package org.gongzhi.identity;

import java.util.List;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.http.HttpStatus;

/**
 * A security policy with settings outside the bounds of 等保 level 3: well-formed but not
 * acceptable (422), with the reason for each setting.
 */
class PolicyRejectedException extends GongzhiException {

	private final transient List<SecurityPolicy.Violation> violations;

	PolicyRejectedException(List<SecurityPolicy.Violation> violations) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "policy-out-of-bounds", "identity.policy.rejected", violations.size());
		this.violations = List.copyOf(violations);
	}

	List<SecurityPolicy.Violation> violations() {
		return this.violations;
	}

}
