package org.gongzhi.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters, order and page of {@code GET /api/cases}.
 *
 * @param states only these states (any if empty)
 * @param category category code or a prefix of it (a major class takes its minor ones)
 * @param org org code prefix of the place
 * @param unit handling unit code prefix
 * @param overdue {@code RED} (past the deadline) or {@code YELLOW} (≥ 80 % used)
 * @param reporterUserId reporter
 * @param text a case number, or text in the description or address
 * @param from reported on or after this day (Beijing time)
 * @param to reported on or before this day
 * @param sort {@code -reportedAt} (default, newest first), {@code reportedAt},
 * {@code deadline} (running stage's deadline, soonest first; open cases only) or
 * {@code -deadline}
 * @param cursor where the previous page ended ({@code nextCursor})
 * @param limit page size, 1–100
 */
record CaseFilter(List<CaseState> states, String category, String org, String unit, OverdueLevel overdue,
		Long reporterUserId, String text, LocalDate from, LocalDate to, String sort, String cursor, int limit) {

	CaseFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		sort = (sort == null || sort.isBlank()) ? "-reportedAt" : sort;
		limit = Math.max(1, Math.min(limit, 100));
	}

}
