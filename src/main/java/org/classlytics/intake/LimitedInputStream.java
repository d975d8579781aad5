package org.classlytics.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once they pass the limit, so that an oversized upload
 * is refused while it streams, without being stored.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	private long mark;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public synchronized void mark(int readLimit) {
		super.mark(readLimit);
		this.mark = this.count;
	}

	@Override
	public synchronized void reset() throws IOException {
		super.reset();
		this.count = this.mark;
	}

	private void counted(long n) {
		this.count += n;
		if (this.count > this.limit) {
			throw new FileTooLargeException(this.limit);
		}
	}

}
