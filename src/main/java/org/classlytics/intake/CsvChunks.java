package org.classlytics.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a stream of chunks: only the current chunk is in memory. The first
 * record is the header; column names are compared trimmed and in lower case. A byte order
 * mark is skipped.
 */
final class CsvChunks implements Closeable {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private final int chunkSize;

	private long lastLine;

	CsvChunks(InputStream in, int chunkSize) {
		this(in, chunkSize, true);
	}

	/**
	 * @param lowerCase whether column names are compared in lower case (the CSV kinds);
	 * OneRoster's camelCase names are kept
	 */
	CsvChunks(InputStream in, int chunkSize, boolean lowerCase) {
		this.chunkSize = chunkSize;
		try {
			InputStream body = in.markSupported() ? in : new java.io.BufferedInputStream(in);
			body.mark(3);
			byte[] bom = body.readNBytes(3);
			if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
				body.reset();
			}
			this.parser = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setAllowMissingColumnNames(true)
				.get()
				.parse(new InputStreamReader(body, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.header = this.parser.getHeaderNames()
			.stream()
			.map((name) -> lowerCase ? name.trim().toLowerCase(java.util.Locale.ROOT) : name.trim())
			.toList();
		this.lastLine = Math.max(1, this.parser.getCurrentLineNumber());
		this.records = this.parser.iterator();
	}

	List<String> header() {
		return this.header;
	}

	/**
	 * The next rows, at most a chunk; empty at the end of the file.
	 */
	List<CsvRow> next() {
		List<CsvRow> rows = new ArrayList<>(this.chunkSize);
		while (rows.size() < this.chunkSize && this.records.hasNext()) {
			CSVRecord record = this.records.next();
			long line = this.lastLine + 1;
			this.lastLine = Math.max(line, this.parser.getCurrentLineNumber());
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < this.header.size() && i < record.size(); i++) {
				values.put(this.header.get(i), record.get(i));
			}
			rows.add(new CsvRow(line, values));
		}
		return rows;
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
