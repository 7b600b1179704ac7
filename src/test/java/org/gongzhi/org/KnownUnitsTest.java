package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units an import knows, whatever order the table and the files give them in: the
 * lookups that step along in file order must find the same as a search would.
 */
class KnownUnitsTest {

	@Test
	void unitsFromTheTableAreFoundInAnyOrderOfTableAndLookups() {
		List<String> codes = new ArrayList<>();
		for (int street = 1; street <= 40; street++) {
			for (int village = 1; village <= 30; village += 2) {
				codes.add(String.format("210105%03d%03d", street, village));
			}
		}
		List<String> shuffled = new ArrayList<>(codes);
		Collections.shuffle(shuffled, new Random(4));
		for (List<String> tableOrder : List.of(codes, shuffled)) {
			for (List<String> lookupOrder : List.of(codes, shuffled)) {
				KnownUnits units = stored(tableOrder);
				for (String code : lookupOrder) {
					int unit = units.stored(key(code));
					assertThat(unit).as(code).isNotNegative();
					byte[] name = ("名" + code).getBytes(StandardCharsets.UTF_8);
					assertThat(units.nameEquals(unit, name, 0, name.length)).as(code).isTrue();
					// the even villages between the stored ones are not in the table
					assertThat(units.stored(key(code.substring(0, 11) + "2"))).isNegative();
				}
			}
		}
	}

	@Test
	void aNewCodeIsNewOnceWhateverItsOrder() {
		KnownUnits units = stored(List.of());
		assertThat(units.addNew(key("210105001001"))).isTrue();
		assertThat(units.addNew(key("210105001003"))).isTrue();
		assertThat(units.addNew(key("210105001002"))).isTrue();
		assertThat(units.addNew(key("210105001001"))).isFalse();
		assertThat(units.addNew(key("210105001002"))).isFalse();
		assertThat(units.addNew(key("210105001003"))).isFalse();
		assertThat(units.addNew(key("210105001004"))).isTrue();
		assertThat(units.addNew(key("210105001"))).isTrue();
		assertThat(units.addNew(key("210105001"))).isFalse();
	}

	@Test
	void keysOrderAsCodesDoAsStringsAndTellLengthsApart() {
		assertThat(key("01")).isNotEqualTo(key("1"));
		assertThat(key("21")).isNotEqualTo(key("210000000000"));
		assertThat(key("21")).isLessThan(key("2101"))
			.isLessThan(key("210105"))
			.isLessThan(key("210105001"))
			.isLessThan(key("210105001001"))
			.isLessThan(key("210106"))
			.isLessThan(key("22"));
		assertThat(key("2101a")).isEqualTo(KnownUnits.NO_KEY);
		assertThat(key("2101050010011")).isEqualTo(KnownUnits.NO_KEY);
	}

	private static KnownUnits stored(List<String> codes) {
		KnownUnits units = new KnownUnits();
		UnitRow row = new UnitRow();
		for (String code : codes) {
			byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
			byte[] name = ("名" + code).getBytes(StandardCharsets.UTF_8);
			row.set(UnitRow.CODE, bytes, 0, bytes.length);
			row.set(UnitRow.NAME, name, 0, name.length);
			row.setNull(UnitRow.PATH);
			units.addStored(row);
		}
		return units;
	}

	private static long key(String code) {
		byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
		return KnownUnits.key(bytes, 0, bytes.length);
	}

}
