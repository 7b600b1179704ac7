package org.gongzhi.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an xlsx file row by row without holding it in memory (POI's
 * event API), handing each row's cells as text: numbers as written, dates as
 * {@code yyyy-MM-dd}.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	/** What is done with each row; {@code number} counts from 1 as Excel does. */
	interface Handler {

		void row(int number, List<String> cells);

	}

	/** The file is not an xlsx workbook that can be read. */
	static final class Unreadable extends RuntimeException {

		Unreadable(Throwable cause) {
			super("not a readable xlsx file", cause);
		}

	}

	static void read(Path file, Handler handler) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, new Collector(handler), new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (ex instanceof StopReading) {
				return;
			}
			if (ex instanceof RuntimeException runtime && !(ex instanceof org.apache.poi.UnsupportedFileFormatException)
					&& !(ex instanceof org.apache.poi.openxml4j.exceptions.InvalidOperationException)
					&& !(ex instanceof org.apache.poi.ooxml.POIXMLException)) {
				throw runtime;
			}
			throw new Unreadable(ex);
		}
	}

	/** Thrown by a handler to stop reading early. */
	static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Handler handler;

		private final List<String> cells = new ArrayList<>();

		Collector(Handler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			this.handler.row(rowNum + 1, List.copyOf(this.cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((value != null) ? value : "");
		}

	}

	/** Formats date cells as ISO dates, other numbers as plain as they were typed. */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime at = DateUtil.getLocalDateTime(value);
				return at.toLocalDate().toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
