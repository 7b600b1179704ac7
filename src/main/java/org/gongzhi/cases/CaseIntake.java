package org.gongzhi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.calendar.WorkingCalendar;
import org.gongzhi.identity.Role;
import org.gongzhi.org.GridLocation;
import org.gongzhi.org.GridLocator;
import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 上报: turns a report into a case located in its grid. Kept lean for throughput: the
 * category comes from memory, the grid from the in-memory index, and the checks and the
 * case's clock are done in the caller's thread; the writing is left to the
 * {@link IntakeWriter}, which commits the reports of many callers at once.
 */
@Service
class CaseIntake {

	/** HTTP status of a location outside the area this system serves. */
	static final HttpStatus OUTSIDE = HttpStatus.valueOf(422);

	private final CategoryCatalog categories;

	private final GridLocator locator;

	private final IdempotencyKeys idempotency;

	private final IntakeWriter writer;

	private final IntakeWrites writes;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final JsonMapper json;

	CaseIntake(CategoryCatalog categories, GridLocator locator, IdempotencyKeys idempotency, IntakeWriter writer,
			IntakeWrites writes, WorkingCalendar calendar, Clock clock, JsonMapper json) {
		this.categories = categories;
		this.locator = locator;
		this.idempotency = idempotency;
		this.writer = writer;
		this.writes = writes;
		this.calendar = calendar;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Reports a case; with an idempotency key, a retry by the same caller answers the
	 * first response. Returns once the case is committed.
	 * @param channel intake channel (RESIDENT, GRID_WORKER, HOTLINE, OPEN311, IMPORT)
	 * @return the response: status and JSON body of a {@link Receipt}
	 */
	Response report(ReportForm form, Actor actor, String channel, String idempotencyKey) {
		String requestHash = (idempotencyKey != null) ? IdempotencyKeys.hash(form.toString() + channel) : null;
		if (idempotencyKey != null) {
			var stored = this.idempotency.find(actor.userId(), idempotencyKey);
			if (stored.isPresent()) {
				return IntakeWrites.replay(stored.get(), requestHash);
			}
		}
		PreparedReport report = prepare(form, actor, channel, idempotencyKey, requestHash);
		// Attaching files checks them against the signed-in user of this thread, and a
		// caller's transaction must take the case with it: both are written here.
		if (report.hasAttachments() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.writes.alone(report);
		}
		return this.writer.write(report);
	}

	/** Checks a report and makes its case, not written yet. */
	PreparedReport prepare(ReportForm form, Actor actor, String channel, String key, String requestHash) {
		CaseCategory category = this.categories.get(form.categoryCode());
		if (!this.categories.isLeaf(category.code()) || !category.active()) {
			throw new InvalidInputException("cases.report.category-not-reportable", category.code());
		}
		if (form.selfHandled() && (!actor.has(Role.GRID_WORKER) || form.attachmentIds().isEmpty()
				|| form.handledAttachmentIds().isEmpty())) {
			throw new InvalidInputException("cases.report.self-handled-needs-photos");
		}
		Coordinates.LatLng point = Coordinates.toWgs84(form.lat(), form.lng(), form.coordSystem());
		GridLocation location = this.locator.locate(point.lat(), point.lng())
			.orElseThrow(() -> new GongzhiException(OUTSIDE, "outside-service-area", "cases.report.outside"));
		Case subject = new Case();
		subject.category = category;
		subject.priority = (form.priority() != null && actor.isStaff()) ? form.priority() : category.defaultPriority();
		subject.channel = channel;
		subject.orgCode = location.grid().code();
		subject.districtCode = location.district().code();
		subject.lat = point.lat();
		subject.lng = point.lng();
		subject.address = blankToNull(form.address());
		subject.description = form.description().strip();
		Map<String, Object> answers = Answers.check(category, form.answers());
		subject.answers = answers.isEmpty() ? null : this.json.writeValueAsString(answers);
		subject.reporterUserId = actor.userId();
		subject.publicShown = form.publicShown();
		subject.reportedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Moment moment = new Moment(subject.reportedAt, actor, this.calendar);
		List<Step> steps = new ArrayList<>(
				form.selfHandled() ? subject.reportSelfHandled(moment, null) : subject.report(moment));
		steps.set(0, steps.get(0).withAttachments(form.attachmentIds()));
		if (form.selfHandled()) {
			steps.set(1, steps.get(1).withAttachments(form.handledAttachmentIds()));
		}
		return new PreparedReport(subject, steps, moment, key, requestHash);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * What a report answers.
	 *
	 * @param status HTTP status
	 * @param caseId the case
	 * @param body the JSON of its {@link Receipt}
	 */
	record Response(int status, long caseId, String body) {
	}

	/**
	 * The receipt of a report.
	 *
	 * @param id the case's id
	 * @param number its readable number
	 * @param state its state after intake (REPORTED, or HANDLED when self-handled)
	 * @param categoryCode its category
	 * @param priority its priority
	 * @param orgCode the grid it was located in
	 * @param lat WGS-84 latitude
	 * @param lng WGS-84 longitude
	 * @param reportedAt when
	 * @param stage the stage whose clock runs
	 * @param deadline that stage's deadline
	 */
	record Receipt(long id, String number, CaseState state, String categoryCode, Priority priority, String orgCode,
			double lat, double lng, Instant reportedAt, Stage stage, Instant deadline) {

		static Receipt of(Case subject) {
			return new Receipt(subject.id, subject.number, subject.state, subject.category.code(), subject.priority,
					subject.orgCode, subject.lat, subject.lng, subject.reportedAt, subject.clock.stage,
					subject.clock.deadline);
		}

	}

}
