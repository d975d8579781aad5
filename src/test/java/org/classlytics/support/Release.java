package org.classlytics.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a test's transaction open until the test releases it (at most 30 seconds), for
 * tests that make two transactions meet at a lock.
 */
public final class Release {

	private Release() {
	}

	/**
	 * Waits for the latch inside a transaction callback, which cannot throw the checked
	 * {@link InterruptedException}: an interrupt ends the wait and is kept on the thread.
	 */
	public static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
