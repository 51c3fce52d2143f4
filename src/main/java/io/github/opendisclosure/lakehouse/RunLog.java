package io.github.opendisclosure.lakehouse;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Appends one row per job run to the run-log table, whether the run succeeded or failed. */
public final class RunLog {

  public static final String SUCCEEDED = "succeeded";
  public static final String UNCHANGED = "unchanged";
  public static final String FAILED = "failed";

  private RunLog() {}

  /** One run as the run log records it. */
  public record Entry(String job, List<String> arguments, Timestamp startedAt, Timestamp endedAt,
      Long rowsIn, Long rowsOut, String outcome, String message) {}

  /** What a finished run reports about itself for its run-log row. */
  public record Outcome(long rowsIn, long rowsOut, String outcome, String message) {}

  /**
   * Runs {@code work} and appends its row: the outcome it reports, or {@code failed} with the error's
   * message when it throws (the exception is then rethrown for the job's exit code).
   */
  public static <T> T record(Lakehouse lakehouse, String job, List<String> arguments,
      java.util.function.Supplier<T> work, java.util.function.Function<T, Outcome> outcomeOf) {
    Timestamp startedAt = new Timestamp(System.currentTimeMillis());
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      appendQuietly(lakehouse, new Entry(job, arguments, startedAt, now(), null, null, FAILED, message));
      throw e;
    }
    Outcome outcome = outcomeOf.apply(result);
    append(lakehouse, new Entry(job, arguments, startedAt, now(), outcome.rowsIn(), outcome.rowsOut(),
        outcome.outcome(), outcome.message()));
    return result;
  }

  /** A failed run's row must not hide the failure itself when the lakehouse is what failed. */
  private static void appendQuietly(Lakehouse lakehouse, Entry entry) {
    try {
      append(lakehouse, entry);
    } catch (RuntimeException ignored) {
      // The run's own error is the one the user needs; it is rethrown by the caller.
    }
  }

  private static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }

  public static void append(Lakehouse lakehouse, Entry entry) {
    lakehouse.createIfMissing(LakehouseTable.RUN_LOG);
    Row row = RowFactory.create(UUID.randomUUID().toString(), entry.job(), String.join(" ", entry.arguments()),
        entry.startedAt(), entry.endedAt(), entry.rowsIn(), entry.rowsOut(), entry.outcome(), entry.message());
    lakehouse.spark().createDataFrame(List.of(row), LakehouseTable.RUN_LOG.schema())
        .write().format("delta").mode("append").save(lakehouse.pathOf(LakehouseTable.RUN_LOG));
  }
}
