package org.gongzhi.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers per district and day, e.g. {@code HG20261123-0042}: the
 * district's letters (皇姑区 → HG, kept in {@code case_number_prefix}; the district code
 * where none is kept), the day in Beijing time and the day's running number.
 */
@Component
class CaseNumbers {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final CaseNumberCounter counter;

	private final JdbcClient jdbc;

	private volatile Map<String, String> prefixes;

	CaseNumbers(CaseNumberCounter counter, JdbcClient jdbc) {
		this.counter = counter;
		this.jdbc = jdbc;
	}

	String next(String districtCode, Instant at) {
		LocalDate day = at.atZone(ZONE).toLocalDate();
		return format(districtCode, day, this.counter.next(districtCode, day, 1));
	}

	/**
	 * Numbers the cases in the current transaction, in their order: one counter update
	 * per district and day, taken in the same order by every batch (no lock cycles).
	 */
	void assign(List<Case> subjects) {
		Map<String, List<Case>> byDistrictAndDay = new TreeMap<>();
		for (Case subject : subjects) {
			String key = subject.districtCode + "/" + DAY.format(subject.reportedAt.atZone(ZONE));
			byDistrictAndDay.computeIfAbsent(key, (any) -> new ArrayList<>()).add(subject);
		}
		for (List<Case> group : byDistrictAndDay.values()) {
			String district = group.get(0).districtCode;
			LocalDate day = group.get(0).reportedAt.atZone(ZONE).toLocalDate();
			int number = this.counter.next(district, day, group.size()) - group.size();
			for (Case subject : group) {
				subject.number = format(district, day, ++number);
			}
		}
	}

	private String format(String districtCode, LocalDate day, int number) {
		return prefix(districtCode) + DAY.format(day) + "-" + String.format("%04d", number);
	}

	String prefix(String districtCode) {
		Map<String, String> known = this.prefixes;
		if (known == null) {
			Map<String, String> loaded = new HashMap<>();
			this.jdbc.sql("select district_code, prefix from case_number_prefix").query((rs) -> {
				loaded.put(rs.getString(1), rs.getString(2));
			});
			known = Map.copyOf(loaded);
			this.prefixes = known;
		}
		return known.getOrDefault(districtCode, districtCode);
	}

}
