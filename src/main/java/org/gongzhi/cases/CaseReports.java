package org.gongzhi.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.identity.Role;

import org.springframework.stereotype.Service;

/**
 * Reports a case on behalf of another module's user action, e.g. a grid worker turning a
 * finding of a home visit into a case: the same intake as {@code POST /api/cases}, with
 * its checks (leaf category, location in a grid) and its idempotency.
 */
@Service
public class CaseReports {

	private final CaseIntake intake;

	private final JsonMapper json;

	CaseReports(CaseIntake intake, JsonMapper json) {
		this.intake = intake;
		this.json = json;
	}

	/**
	 * Reports a case as {@code reporter}.
	 * @param idempotencyKey the same key answers the first case again (e.g.
	 * {@code visit-42}), or {@code null}
	 * @return the case's id and readable number
	 * @throws org.gongzhi.shared.problem.GongzhiException 400 for a category that cannot
	 * be reported, 422 for a place outside every grid
	 */
	public Reported report(GongzhiUser reporter, Report report, String idempotencyKey) {
		ReportForm form = new ReportForm(report.categoryCode(), report.lat(), report.lng(), CoordSystem.WGS84,
				report.address(), report.description(), Map.of(), null, false, report.attachmentIds(), List.of(),
				// a finding of a home visit concerns a person: never on the public page
				false);
		String channel = reporter.hasRole(Role.GRID_WORKER) ? "GRID_WORKER" : "HOTLINE";
		CaseIntake.Response response = this.intake.report(form, Actor.of(reporter), channel, idempotencyKey);
		String number = this.json.readTree(response.body()).path("number").asString();
		return new Reported(response.caseId(), number);
	}

	/**
	 * What to report.
	 *
	 * @param categoryCode a leaf category, e.g. {@code ZL0304}
	 * @param lat WGS-84 latitude
	 * @param lng WGS-84 longitude
	 * @param address address text, or {@code null}
	 * @param description what was found
	 * @param attachmentIds photos uploaded by the reporter and not yet attached
	 */
	public record Report(String categoryCode, double lat, double lng, String address, String description,
			List<UUID> attachmentIds) {

		public Report {
			attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		}

	}

	/**
	 * A reported case.
	 *
	 * @param id its id
	 * @param number its readable number
	 */
	public record Reported(long id, String number) {
	}

}
