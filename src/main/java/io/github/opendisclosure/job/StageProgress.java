package io.github.opendisclosure.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * One stage of a {@link ConsoleProgress}: its name, its elapsed time and, when the stage counts what it
 * does, how many of how many. The count is a Spark accumulator, so that the executors' work counts too;
 * Spark adds a task's count when the task ends.
 */
public final class StageProgress implements AutoCloseable {

  private final String stage;
  private final PrintStream console;
  private final long startedAt = System.nanoTime();
  private final LongAccumulator done;
  private final ScheduledExecutorService ticker;
  private volatile long total = -1;
  private volatile String unit = "";

  StageProgress(String stage, SparkSession spark, PrintStream console, Duration interval) {
    this.stage = stage;
    this.console = console;
    this.done = spark.sparkContext().longAccumulator(stage + " progress");
    if (console == null) {
      this.ticker = null;
      return;
    }
    console.println(line("started"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "progress-" + stage);
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(() -> console.println(line(null)), interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** From now on the lines show {@code done/total unit}; the count starts again at 0 (a retried stage). */
  public void countingTo(long expected, String what) {
    done.reset();
    this.unit = what;
    this.total = expected;
  }

  /** What the stage's work adds to, on the driver or in a task. */
  public LongAccumulator counter() {
    return done;
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      console.println(line("done"));
    }
  }

  private String line(String event) {
    StringBuilder line = new StringBuilder("[").append(stage).append("] ");
    if (event != null) {
      line.append(event).append(", ");
    }
    if (total >= 0) {
      line.append(done.value()).append('/').append(total).append(' ').append(unit).append(", ");
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
    return line.append(String.format("%02d:%02d elapsed", seconds / 60, seconds % 60)).toString();
  }
}
