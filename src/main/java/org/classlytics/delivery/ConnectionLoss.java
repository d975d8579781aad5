package org.classlytics.delivery;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Rides out a lost database connection (a restart, a failover, terminated backends) for a
 * write that must not be lost. The pool drops a broken connection when it fails, so a
 * later try gets a new one.
 */
final class ConnectionLoss {

	private static final Logger log = LoggerFactory.getLogger(ConnectionLoss.class);

	static final int ATTEMPTS = 5;

	static final Duration FIRST_PAUSE = Duration.ofMillis(200);

	private ConnectionLoss() {
	}

	/**
	 * Runs the write, trying again after a lost connection up to {@link #ATTEMPTS} times
	 * with doubling pauses (200 ms, 400 ms, 800 ms, 1.6 s).
	 */
	static <T> T retry(String what, java.util.function.Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DataAccessResourceFailureException | TransientDataAccessException
					| RecoverableDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.warn("Lost the database while {} (try {} of {}), trying again: {}", what, attempt, ATTEMPTS,
						ex.toString());
				pause(FIRST_PAUSE.multipliedBy(1L << (attempt - 1)), ex);
			}
		}
	}

	private static void pause(Duration pause, DataAccessException cause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw cause;
		}
	}

}
