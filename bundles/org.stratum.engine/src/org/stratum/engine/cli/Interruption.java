package org.stratum.engine.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (SIGINT) or SIGTERM during {@code stratum run}: the run is asked to stop at its next step and the JVM waits,
 * in its shutdown hook, until the run has written its partial result (marked as such) and its summary.
 */
final class Interruption implements AutoCloseable {

	/** How long the JVM waits for the partial result before it exits anyway, s. */
	private static final long WAIT_SECONDS = 60;

	private final AtomicBoolean requested = new AtomicBoolean();
	private final CountDownLatch finished = new CountDownLatch(1);
	private final Thread hook = new Thread(this::awaitResult, "stratum-interruption");

	Interruption() {
		Runtime.getRuntime().addShutdownHook(hook);
	}

	/** Whether the user asked the run to stop. */
	boolean requested() {
		return requested.get();
	}

	private void awaitResult() {
		requested.set(true);
		try {
			finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The run has written what it will: the JVM may exit. */
	@Override
	public void close() {
		finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running (the user interrupted): it returns now that the result is written
		}
	}
}
