package org.gongzhi.org;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One division import: decides for each line whether it is a bad row, outside the
 * subtree, a new unit, a rename or unchanged, and counts. Works on the bytes of the line,
 * as it sees 665,000 of them for the whole country.
 */
final class DivisionRun {

	/** The longest name org_unit takes. */
	private static final int NAME_CHARACTERS = 100;

	private static final byte[][] LEVELS = new byte[OrgLevel.values().length][];

	/**
	 * Per UTF-8 lead byte, the continuation bytes that follow it, or -1 for a byte that
	 * cannot lead (NUL included); then the bounds of the second byte that exclude
	 * overlong forms, surrogates and code points past U+10FFFF.
	 */
	private static final int[] FOLLOWING = new int[256];

	private static final int[] SECOND_MIN = new int[256];

	private static final int[] SECOND_MAX = new int[256];

	static {
		for (OrgLevel level : OrgLevel.values()) {
			LEVELS[level.ordinal()] = level.name().getBytes(StandardCharsets.US_ASCII);
		}
		for (int lead = 0; lead < 256; lead++) {
			FOLLOWING[lead] = (lead == 0) ? -1 : (lead < 0x80) ? 0
					: (lead < 0xc2) ? -1 : (lead < 0xe0) ? 1 : (lead < 0xf0) ? 2 : (lead < 0xf5) ? 3 : -1;
			SECOND_MIN[lead] = (lead == 0xe0) ? 0xa0 : (lead == 0xf0) ? 0x90 : 0x80;
			SECOND_MAX[lead] = (lead == 0xed) ? 0x9f : (lead == 0xf4) ? 0x8f : 0xbf;
		}
	}

	/** A unit whose name changed. */
	record Rename(String code, String name) {
	}

	private final byte[] root;

	private final Instant now;

	private final KnownUnits units = new KnownUnits();

	private final CsvFields fields = new CsvFields();

	private final UnitRow row = new UnitRow();

	private final Preorder preorder = new Preorder();

	private final byte[] path = new byte[2048];

	/** The checked row's code key. */
	private long key;

	/** The reference of the checked row's parent path, or -1 for a province. */
	private int parentPath;

	private final List<Rename> renames = new ArrayList<>();

	private final List<ImportSummary.BadRow> bad = new ArrayList<>();

	private long done;

	private long read;

	private long added;

	private long updated;

	private long unchanged;

	DivisionRun(String root, Instant now) {
		this.root = (root != null) ? root.getBytes(StandardCharsets.US_ASCII) : null;
		this.now = now;
	}

	KnownUnits units() {
		return this.units;
	}

	Instant now() {
		return this.now;
	}

	/** Renames found and not yet written. */
	List<Rename> renames() {
		return this.renames;
	}

	/** Lines read after the headers. */
	long done() {
		return this.done;
	}

	ImportSummary summary(Duration took) {
		return new ImportSummary(this.read, this.added, this.updated, this.unchanged, List.copyOf(this.bad), took);
	}

	/**
	 * Takes the data line {@code bytes[from, to)}, sending a new unit to {@code inserts}.
	 */
	void line(DivisionFile file, String fileName, long lineNo, byte[] bytes, int from, int to,
			UnitTable.Batch inserts) {
		this.done++;
		if (isBlank(bytes, from, to)) {
			return;
		}
		if (!this.fields.split(bytes, from, to)) {
			bad(fileName, lineNo, "org.import.bad.quoting", this.fields.error());
			return;
		}
		if (!inScope(this.fields.start(0), this.fields.end(0))) {
			return;
		}
		this.read++;
		String problem = check(file);
		if (problem != null) {
			bad(fileName, lineNo, problem,
					this.fields.string(problem.equals("org.import.bad.parent") ? file.parentColumn() : 0));
			return;
		}
		int stored = this.units.stored(this.key);
		if (stored >= 0) {
			compare(stored, fileName, lineNo);
		}
		else if (this.units.addNew(this.key)) {
			add(file.level(), inserts);
		}
		else {
			bad(fileName, lineNo, "org.import.bad.duplicate", this.fields.string(0));
		}
	}

	private void compare(int stored, String fileName, long lineNo) {
		if (this.units.isRead(stored)) {
			bad(fileName, lineNo, "org.import.bad.duplicate", this.fields.string(0));
		}
		else if (this.units.nameEquals(stored, this.fields.bytes(), this.fields.start(1), this.fields.end(1))) {
			this.units.markRead(stored);
			this.unchanged++;
		}
		else {
			this.units.markRead(stored);
			this.renames.add(new Rename(this.fields.string(0), this.fields.string(1)));
			this.updated++;
		}
	}

	/**
	 * The message key of what is wrong with the fields, in the order the checks have
	 * always run, or {@code null}; finds the row's parent when all is well.
	 */
	private String check(DivisionFile file) {
		byte[] bytes = this.fields.bytes();
		int codeFrom = this.fields.start(0);
		int codeTo = this.fields.end(0);
		this.key = KnownUnits.key(bytes, codeFrom, codeTo);
		if (codeTo - codeFrom != file.level().codeLength() || this.key == KnownUnits.NO_KEY) {
			return "org.import.bad.code";
		}
		if (this.fields.size() < 2 || this.fields.start(1) == this.fields.end(1)) {
			return "org.import.bad.name";
		}
		int characters = characters(bytes, this.fields.start(1), this.fields.end(1));
		if (characters < 0) {
			return "org.import.bad.encoding";
		}
		if (characters > NAME_CHARACTERS) {
			return "org.import.bad.long-name";
		}
		this.parentPath = -1;
		if (file.parentColumn() < 0) {
			this.row.setNull(UnitRow.PARENT);
		}
		else {
			int column = file.parentColumn();
			int parentFrom = (column < this.fields.size()) ? this.fields.start(column) : 0;
			int parentTo = (column < this.fields.size()) ? this.fields.end(column) : 0;
			this.parentPath = this.units.path(KnownUnits.key(bytes, parentFrom, parentTo));
			if (this.parentPath < 0) {
				return "org.import.bad.parent";
			}
			this.row.set(UnitRow.PARENT, bytes, parentFrom, parentTo);
		}
		return null;
	}

	/** The path of a new unit: its parent's and its code. */
	private void setPath() {
		int length = (this.parentPath < 0) ? 0 : this.units.copyPath(this.parentPath, this.path, 0);
		if (length == 0) {
			this.path[length++] = '/';
		}
		int codeFrom = this.fields.start(0);
		int codeLength = this.fields.end(0) - codeFrom;
		System.arraycopy(this.fields.bytes(), codeFrom, this.path, length, codeLength);
		length += codeLength;
		this.path[length++] = '/';
		this.row.set(UnitRow.PATH, this.path, 0, length);
	}

	private void add(OrgLevel level, UnitTable.Batch inserts) {
		setPath();
		byte[] bytes = this.fields.bytes();
		this.row.set(UnitRow.CODE, bytes, this.fields.start(0), this.fields.end(0));
		this.row.set(UnitRow.NAME, bytes, this.fields.start(1), this.fields.end(1));
		byte[] levelName = LEVELS[level.ordinal()];
		this.row.set(UnitRow.LEVEL, levelName, 0, levelName.length);
		if (level == OrgLevel.COMMUNITY) {
			this.preorder.releaseBefore(this.key, inserts);
			inserts.add(this.row);
		}
		else {
			this.units.putPath(this.key, this.path, 0, this.row.to(UnitRow.PATH));
			this.preorder.hold(this.key, this.row);
		}
		this.added++;
	}

	/** Sends what is still held back; call after the last line. */
	void end(UnitTable.Batch inserts) {
		this.preorder.releaseAll(inserts);
	}

	private boolean inScope(int from, int to) {
		if (this.root == null) {
			return true;
		}
		int common = Math.min(to - from, this.root.length);
		for (int i = 0; i < common; i++) {
			if (this.fields.bytes()[from + i] != this.root[i]) {
				return false;
			}
		}
		return true;
	}

	private void bad(String fileName, long lineNo, String reason, String detail) {
		this.bad.add(new ImportSummary.BadRow(fileName, lineNo, reason, detail));
	}

	private static boolean isBlank(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if ((bytes[i] & 0xff) > ' ') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The characters of the UTF-8 text {@code bytes[from, to)}, or -1 if it is not valid
	 * UTF-8 or holds a NUL, which PostgreSQL would reject with the whole COPY. Tables
	 * rather than branches per kind of byte: the JIT compiles what it has seen taken, and
	 * the first name with a rare character would make it compile again.
	 */
	static int characters(byte[] bytes, int from, int to) {
		int characters = 0;
		for (int i = from; i < to; characters++) {
			int lead = bytes[i] & 0xff;
			int following = FOLLOWING[lead];
			if (following < 0 || i + following >= to) {
				return -1;
			}
			for (int k = 1; k <= following; k++) {
				int next = bytes[i + k] & 0xff;
				if (next < ((k == 1) ? SECOND_MIN[lead] : 0x80) || next > ((k == 1) ? SECOND_MAX[lead] : 0xbf)) {
					return -1;
				}
			}
			i += 1 + following;
		}
		return characters;
	}

}
