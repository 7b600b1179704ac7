package org.gongzhi.evaluation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseState;
import org.gongzhi.org.OrgLevel;

import static org.assertj.core.api.Assertions.assertThat;

class AreaTest {

	private static final Area DISTRICT_TOTAL = new Area(OrgLevel.DISTRICT, Area.Breakdown.TOTAL);

	@Test
	void aReportReadsTheSmallestKeptAreaThatAnswersIt() {
		assertThat(Area.answering("210105", null, null, GroupBy.NONE)).contains(DISTRICT_TOTAL);
		assertThat(Area.answering("210105", null, null, GroupBy.DAY)).contains(DISTRICT_TOTAL);
		assertThat(Area.answering("210105", null, null, GroupBy.STREET))
			.contains(new Area(OrgLevel.STREET, Area.Breakdown.TOTAL));
		assertThat(Area.answering("210105001", null, null, GroupBy.COMMUNITY))
			.contains(new Area(OrgLevel.COMMUNITY, Area.Breakdown.TOTAL));
		assertThat(Area.answering("210105", null, null, GroupBy.UNIT))
			.contains(new Area(OrgLevel.DISTRICT, Area.Breakdown.UNIT));
		assertThat(Area.answering("210105001", "210105-CG", null, GroupBy.WEEK))
			.contains(new Area(OrgLevel.STREET, Area.Breakdown.UNIT));
		assertThat(Area.answering("210105", null, "SJ", GroupBy.STREET))
			.contains(new Area(OrgLevel.STREET, Area.Breakdown.CATEGORY));
		// a city's districts are the district rows of each
		assertThat(Area.answering("2101", null, null, GroupBy.DISTRICT)).contains(DISTRICT_TOTAL);
	}

	@Test
	void workersGridsAndUnitsByCategoryReadTheGridsRows() {
		assertThat(Area.answering("210105", null, null, GroupBy.WORKER)).isEmpty();
		assertThat(Area.answering("210105001002", null, null, GroupBy.GRID)).isEmpty();
		assertThat(Area.answering("210105001002001", null, null, GroupBy.NONE)).isEmpty();
		assertThat(Area.answering("210105001002", null, null, GroupBy.UNIT)).isEmpty();
		assertThat(Area.answering("210105", "210105-CG", "SJ", GroupBy.NONE)).isEmpty();
		assertThat(Area.answering("210105", null, "SJ", GroupBy.UNIT)).isEmpty();
	}

	@Test
	void aRowIsCutToTheLevelAndSummedOverWhatTheBreakdownDoesNotKeep() {
		LocalDate day = LocalDate.of(2026, 11, 24);
		RollupKey grid = new RollupKey(day, "210105001002003", "210105-CG", "SJ0101", 0);
		assertThat(new Area(OrgLevel.STREET, Area.Breakdown.UNIT).cut(grid))
			.isEqualTo(new RollupKey(day, "210105001", "210105-CG", "*", 0));
		assertThat(new Area(OrgLevel.COMMUNITY, Area.Breakdown.TOTAL).cut(grid))
			.isEqualTo(new RollupKey(day, "210105001002", "*", "*", 0));
		assertThat(DISTRICT_TOTAL.cut(new StateKey("210105001002003", "", "SJ0101", CaseState.REPORTED)))
			.isEqualTo(new StateKey("210105", "*", "*", CaseState.REPORTED));
		// a case of a street itself stays the street's in its communities' rows
		RollupKey street = new RollupKey(day, "210105001", "", "SJ0101", 0);
		assertThat(new Area(OrgLevel.COMMUNITY, Area.Breakdown.CATEGORY).cut(street))
			.isEqualTo(new RollupKey(day, "210105001", "*", "SJ0101", 0));
	}

}
