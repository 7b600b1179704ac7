package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.shared.problem.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes checked reports: each case with its first timeline entries, their events (the
 * event publication registry stores them in the same transaction) and the idempotency
 * key's first response. A report alone, or many in one transaction.
 */
@Component
class IntakeWrites {

	private final CaseNumbers numbers;

	private final CaseStore store;

	private final CaseTimeline timeline;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	IntakeWrites(CaseNumbers numbers, CaseStore store, CaseTimeline timeline, IdempotencyKeys idempotency,
			ApplicationEventPublisher events, JsonMapper json, PlatformTransactionManager transactions) {
		this.numbers = numbers;
		this.store = store;
		this.timeline = timeline;
		this.idempotency = idempotency;
		this.events = events;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Writes one report in a transaction (the caller's, if it has one), its number taken
	 * before on its own unless it has one (from a batch that failed). A retry of a key
	 * stored meanwhile (by a concurrent request, or by the batch it came behind) answers
	 * the first response instead.
	 */
	CaseIntake.Response alone(PreparedReport report) {
		if (report.key() != null) {
			var stored = this.idempotency.find(report.callerId(), report.key());
			if (stored.isPresent()) {
				return replay(stored.get(), report.requestHash());
			}
		}
		Case subject = report.subject();
		if (subject.number == null) {
			subject.number = this.numbers.next(subject.districtCode, subject.reportedAt);
		}
		try {
			return this.transaction.execute((status) -> save(report));
		}
		catch (DuplicateKeyException ex) {
			if (report.key() == null) {
				throw ex;
			}
			// a concurrent retry with the same key won: answer what it answered
			return this.idempotency.find(report.callerId(), report.key())
				.map((stored) -> replay(stored, report.requestHash()))
				.orElseThrow(() -> ex);
		}
	}

	/**
	 * Writes reports without attachments and with different keys in one transaction,
	 * their numbers taken before for all at once, each statement once for all in a JDBC
	 * batch; their responses, in their order, once it committed. If one of them fails,
	 * none is written (they keep their numbers).
	 */
	List<CaseIntake.Response> together(List<PreparedReport> reports) {
		List<Case> subjects = reports.stream().map(PreparedReport::subject).toList();
		this.numbers.assign(subjects);
		return this.transaction.execute((status) -> {
			this.store.insertAll(subjects);
			List<CaseTimeline.Entered> entries = new ArrayList<>();
			for (PreparedReport report : reports) {
				for (Step step : report.steps()) {
					entries.add(new CaseTimeline.Entered(report.subject(), step, report.moment()));
				}
			}
			List<Long> eventIds = this.timeline.appendAll(entries);
			for (int i = 0; i < entries.size(); i++) {
				this.events.publishEvent(entries.get(i).step().event().apply(eventIds.get(i)));
			}
			List<CaseIntake.Response> responses = new ArrayList<>(reports.size());
			List<IdempotencyKeys.First> firsts = new ArrayList<>();
			for (PreparedReport report : reports) {
				CaseIntake.Response response = answer(report.subject());
				responses.add(response);
				if (report.key() != null) {
					firsts.add(first(report, response));
				}
			}
			if (!firsts.isEmpty()) {
				this.idempotency.saveAll(firsts);
			}
			return responses;
		});
	}

	private CaseIntake.Response save(PreparedReport report) {
		Case subject = report.subject();
		this.store.insert(subject);
		for (Step step : report.steps()) {
			long eventId = this.timeline.append(subject, step, report.moment());
			this.events.publishEvent(step.event().apply(eventId));
		}
		CaseIntake.Response response = answer(subject);
		if (report.key() != null) {
			this.idempotency.save(first(report, response));
		}
		return response;
	}

	private CaseIntake.Response answer(Case subject) {
		return new CaseIntake.Response(HttpStatus.CREATED.value(), subject.id,
				this.json.writeValueAsString(CaseIntake.Receipt.of(subject)));
	}

	private static IdempotencyKeys.First first(PreparedReport report, CaseIntake.Response response) {
		return new IdempotencyKeys.First(report.callerId(), report.key(), report.requestHash(), response.caseId(),
				response.status(), response.body(), report.subject().reportedAt);
	}

	static CaseIntake.Response replay(IdempotencyKeys.Stored stored, String requestHash) {
		if (!stored.requestHash().equals(requestHash)) {
			throw new ConflictException("cases.report.key-reused");
		}
		return new CaseIntake.Response(stored.status(), stored.caseId(), stored.body());
	}

}
