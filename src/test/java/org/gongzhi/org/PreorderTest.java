package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units read level by level go out in code order, each parent just before the first
 * community under it.
 */
class PreorderTest {

	private final List<String> sent = new ArrayList<>();

	private final UnitTable.Batch batch = new UnitTable.Batch() {

		@Override
		public void add(UnitRow row) {
			PreorderTest.this.sent.add(row.string(UnitRow.CODE) + " " + row.string(UnitRow.PARENT));
		}

		@Override
		public void close() {
		}

	};

	@Test
	void unitsReadLevelByLevelGoOutInCodeOrder() {
		Preorder preorder = new Preorder();
		for (String code : List.of("21", "22", "2101", "2201", "210105", "220102", "210105001", "220102003")) {
			preorder.hold(key(code), row(code));
		}
		for (String community : List.of("210105001001", "210105001002", "220102003001")) {
			preorder.releaseBefore(key(community), this.batch);
			this.sent.add(community);
		}
		preorder.releaseAll(this.batch);
		assertThat(this.sent).containsExactly("21 null", "2101 21", "210105 2101", "210105001 210105", "210105001001",
				"210105001002", "22 null", "2201 22", "220102 2201", "220102003 220102", "220102003001");
	}

	private static UnitRow row(String code) {
		UnitRow row = new UnitRow();
		byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
		row.set(UnitRow.CODE, bytes, 0, bytes.length);
		if (code.length() > 2) {
			String parent = code.substring(0, (code.length() == 9) ? 6 : code.length() - 2);
			byte[] parentBytes = parent.getBytes(StandardCharsets.UTF_8);
			row.set(UnitRow.PARENT, parentBytes, 0, parentBytes.length);
		}
		else {
			row.setNull(UnitRow.PARENT);
		}
		for (int column : new int[] { UnitRow.NAME, UnitRow.LEVEL, UnitRow.PATH }) {
			row.set(column, bytes, 0, bytes.length);
		}
		return row;
	}

	private static long key(String code) {
		byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
		return KnownUnits.key(bytes, 0, bytes.length);
	}

}
