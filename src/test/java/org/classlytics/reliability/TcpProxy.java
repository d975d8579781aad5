package org.classlytics.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a server, such as the shared Redis, that a test can
 * cut (the port refuses connections and every open one is closed, as when the server
 * stops) and restore on the same port, without touching the server itself.
 */
final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress upstream;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong connections = new AtomicLong();

	private volatile int port;

	private volatile ServerSocket listener;

	TcpProxy(String host, int port) {
		this.upstream = new InetSocketAddress(host, port);
		listen(0);
	}

	int port() {
		return this.port;
	}

	/**
	 * Bytes carried so far, both ways.
	 */
	long bytes() {
		return this.bytes.get();
	}

	/**
	 * Connections accepted so far.
	 */
	long connections() {
		return this.connections.get();
	}

	synchronized void cut() {
		closeQuietly(this.listener);
		this.listener = null;
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
	}

	synchronized void restore() {
		if (this.listener == null) {
			listen(this.port);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private void listen(int on) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on));
			this.port = socket.getLocalPort();
			this.listener = socket;
			daemon(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket server = new Socket();
				try {
					server.connect(this.upstream, 1000);
				}
				catch (IOException ex) {
					closeQuietly(client);
					throw ex;
				}
				this.connections.incrementAndGet();
				this.open.add(client);
				this.open.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				// Cut, or the server is gone: the client sees its connection close.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		daemon(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
					this.bytes.addAndGet(read);
				}
			}
			catch (IOException ex) {
				// Closed by a cut or by either side.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "tcp-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
