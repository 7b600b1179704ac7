package org.gongzhi.registry;

import org.gongzhi.identity.AuditEntry;
import org.gongzhi.identity.AuditLog;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shows a person's full ID number and phone to an entitled worker of the person's scope
 * who states why (PIPL: purpose, minimum, accountability). Every view, and every refusal,
 * is written to the audit log with the reason, never with the values.
 */
@Service
class FullView {

	static final String ACTION = "PERSONAL_DATA_VIEWED";

	private final Persons persons;

	private final RegistryAccess access;

	private final AuditLog audit;

	private final PersonHistory history;

	private final TransactionTemplate transaction;

	FullView(Persons persons, RegistryAccess access, AuditLog audit, PersonHistory history,
			PlatformTransactionManager transactions) {
		this.persons = persons;
		this.access = access;
		this.audit = audit;
		this.history = history;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The full values, audited before they are returned. Not one transaction: a refusal
	 * stays recorded although the request fails.
	 */
	Persons.FullValues of(long personId, String reason) {
		String target = "registry-person:" + personId;
		if (!this.access.mayViewFull()) {
			this.audit.record(ACTION, target, AuditEntry.Outcome.DENIED, "role");
			throw new GongzhiException(HttpStatus.FORBIDDEN, "full-view-denied", "registry.full-view.denied");
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.length() < 4) {
			throw new InvalidInputException("registry.full-view.reason-missing");
		}
		// 404 outside the scope, before anything is decrypted
		PersonView person = this.persons.get(personId);
		String note = (why.length() > 200) ? why.substring(0, 200) : why;
		this.transaction.executeWithoutResult((status) -> {
			this.audit.record(ACTION, target, AuditEntry.Outcome.SUCCESS, "reason: " + note);
			this.history.record(personId, person.orgCode(), PersonHistory.Kind.VIEWED_FULL, note);
		});
		return this.persons.decrypt(personId);
	}

}
