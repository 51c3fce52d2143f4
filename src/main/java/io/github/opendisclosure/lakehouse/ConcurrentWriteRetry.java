package io.github.opendisclosure.lakehouse;

import io.delta.exceptions.DeltaConcurrentModificationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a stage's work again when another run wrote the same Delta tables meanwhile.
 *
 * <p>Delta's optimistic concurrency lets two runs work at once and refuses the later commit when the
 * earlier one changed what it read ({@code ConcurrentAppendException}, {@code ConcurrentDeleteReadException},
 * {@code ProtocolChangedException} when both created the same table, ...). Retrying is only safe for
 * work that is idempotent and recomputes everything it writes from the tables as they are when it
 * starts: then a second attempt sees the other run's commits and writes what a single run would have.
 * Ingest and the indicator refresh are such work. After {@link #ATTEMPTS} refusals the run fails with
 * one line saying why; its earlier commits are complete table versions that the next run builds on.
 */
public final class ConcurrentWriteRetry {

  /** Attempts before giving up: enough for a few runs started together, few enough to fail fast. */
  static final int ATTEMPTS = 5;

  private ConcurrentWriteRetry() {}

  /** Thrown by work that sees, before its last commit, that another run changed a table it read. */
  public static final class TableChangedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TableChangedMeanwhile(String message) {
      super(message);
    }
  }

  /** Runs {@code work}, again after a short random pause each time a concurrent run's commit refuses it. */
  public static <T> T run(String stage, Supplier<T> work) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return work.get();
      } catch (DeltaConcurrentModificationException | TableChangedMeanwhile conflict) {
        last = conflict;
        pause(attempt);
      }
    }
    IllegalStateException failure = new IllegalStateException(stage + " gave up after " + ATTEMPTS
        + " attempts: other runs kept writing the same tables (" + firstLine(last)
        + "); run it again when they have finished");
    failure.addSuppressed(last);
    throw failure;
  }

  /** Random, growing pauses, so that runs that collided do not collide again in step. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(100, 500) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  private static String firstLine(RuntimeException exception) {
    String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
