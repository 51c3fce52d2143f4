package io.github.opendisclosure.job;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;

/**
 * Progress of a long job on the console, for a person watching it: a line when a stage starts, one
 * every few seconds while it runs ({@code [ingest] 120/800 files read, 00:12 elapsed}) and one when it
 * ends. To stderr, so the job's output stays clean; quiet for schedulers, whose logs want the result only.
 */
public final class ConsoleProgress {

  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final PrintStream console;
  private final boolean quiet;
  private final Duration interval;

  public ConsoleProgress(PrintStream console, boolean quiet) {
    this(console, quiet, DEFAULT_INTERVAL);
  }

  ConsoleProgress(PrintStream console, boolean quiet, Duration interval) {
    this.console = console;
    this.quiet = quiet;
    this.interval = interval;
  }

  /** No output at all, for callers without a console. */
  public static ConsoleProgress silent() {
    return new ConsoleProgress(System.err, true);
  }

  /** Starts a stage; close it when the stage ends. */
  public StageProgress start(String stage, SparkSession spark) {
    return new StageProgress(stage, spark, quiet ? null : console, interval);
  }

  /** A line of its own, e.g. that the job waits for a lock. Nothing when quiet. */
  public void note(String message) {
    if (!quiet) {
      console.println(message);
    }
  }
}
