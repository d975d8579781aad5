package org.classlytics.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * GET requests from client threads, each on its own keep-alive connection
 * ({@link KeepAliveClient}), with the CPU that the run cost: the clients' threads, the
 * rest of the JVM (the server) and the given PostgreSQL backends (read from
 * {@code /proc}, so only when the database runs on this machine).
 *
 * @param nanos the latency of each request
 * @param failures the replies other than 200
 * @param seconds the wall time of the run
 * @param clientCpuNanos CPU of the client threads
 * @param serverCpuNanos CPU of the rest of the JVM
 * @param databaseCpuNanos CPU of the PostgreSQL backends, -1 when unknown
 */
record TrendLoad(long[] nanos, int failures, double seconds, long clientCpuNanos, long serverCpuNanos,
		long databaseCpuNanos) {

	/**
	 * Request {@code i} goes to {@code paths[i % n]} with {@code tokens[i % n]}.
	 */
	static TrendLoad run(int port, int clients, int total, List<String> tokens, List<String> paths,
			List<Long> databasePids, Consumer<String> log) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicLong clientCpu = new AtomicLong();
		AtomicLongArray nanos = new AtomicLongArray(total);
		long processBefore = processCpuNanos();
		long databaseBefore = databaseCpuNanos(databasePids);
		long started = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < clients; t++) {
				futures.add(pool.submit(() -> {
					long cpuBefore = threads.getCurrentThreadCpuTime();
					try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", port)) {
						for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
							int pick = i % paths.size();
							long start = System.nanoTime();
							Http.Reply reply = client.get(tokens.get(pick), paths.get(pick));
							nanos.set(i, System.nanoTime() - start);
							if (reply.status() != 200 && failures.incrementAndGet() == 1) {
								log.accept("trend: " + reply.status() + " " + reply.body());
							}
						}
					}
					clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long process = processCpuNanos() - processBefore;
		long database = (databaseBefore < 0) ? -1 : databaseCpuNanos(databasePids) - databaseBefore;
		long[] all = new long[total];
		for (int i = 0; i < total; i++) {
			all[i] = nanos.get(i);
		}
		return new TrendLoad(all, failures.get(), seconds, clientCpu.get(), process - clientCpu.get(), database);
	}

	String cpuPerRequest() {
		double n = this.nanos.length * 1e6;
		String database = (this.databaseCpuNanos < 0) ? "unknown" : String.format("%.3f ms", this.databaseCpuNanos / n);
		return String.format("CPU per request: server JVM %.3f ms, PostgreSQL %s, clients %.3f ms",
				this.serverCpuNanos / n, database, this.clientCpuNanos / n);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * User plus system time of the processes, from {@code /proc/<pid>/stat} (fields 14
	 * and 15, in clock ticks of 10 ms); -1 when there are none (H2) or one cannot be
	 * read.
	 */
	private static long databaseCpuNanos(List<Long> pids) {
		if (pids.isEmpty()) {
			return -1;
		}
		long ticks = 0;
		for (long pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException | RuntimeException ex) {
				return -1;
			}
		}
		return ticks * 10_000_000L;
	}

}
