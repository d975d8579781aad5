package org.classlytics.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP/1.1 client on one keep-alive connection, for one load thread. The JDK's
 * {@code HttpClient} spends more CPU per request than the endpoint under test; on the
 * project's 2-core machine that CPU is taken from the server, so the load uses this
 * instead: one request at a time (no pipelining), reconnecting when the server closes the
 * connection (Tomcat does after {@code max-keep-alive-requests}).
 */
final class KeepAliveClient implements Closeable {

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	KeepAliveClient(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * A GET with a bearer token: the status and the body (decoded as UTF-8), or status -1
	 * with the error when the connection failed twice.
	 */
	Http.Reply get(String token, String path) {
		byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		try {
			return exchange(request);
		}
		catch (IOException first) {
			// A connection the server closed while idle fails on first use: retry once.
			close();
			try {
				return exchange(request);
			}
			catch (IOException second) {
				close();
				return new Http.Reply(-1, second.toString());
			}
		}
	}

	private Http.Reply exchange(byte[] request) throws IOException {
		if (this.socket == null) {
			this.socket = new Socket(this.host, this.port);
			this.socket.setTcpNoDelay(true);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16384);
			this.out = this.socket.getOutputStream();
		}
		this.out.write(request);
		this.out.flush();
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Long.parseLong(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				closing = value.equalsIgnoreCase("close");
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
		if (chunked) {
			for (int size = chunkSize(); size > 0; size = chunkSize()) {
				copy(size, body);
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length >= 0) {
			copy(length, body);
		}
		else {
			this.in.transferTo(body);
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Http.Reply(code, body.toString(StandardCharsets.UTF_8));
	}

	private int chunkSize() throws IOException {
		String size = line();
		int extension = size.indexOf(';');
		return Integer.parseInt((extension >= 0) ? size.substring(0, extension).trim() : size.trim(), 16);
	}

	private void copy(long length, ByteArrayOutputStream body) throws IOException {
		byte[] buffer = new byte[4096];
		long left = length;
		while (left > 0) {
			int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new EOFException("The body ended early");
			}
			body.write(buffer, 0, read);
			left -= read;
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new EOFException("The connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// already gone: nothing to release
			}
			this.socket = null;
		}
	}

}
