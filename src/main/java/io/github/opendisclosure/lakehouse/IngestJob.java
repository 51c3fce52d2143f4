package io.github.opendisclosure.lakehouse;

import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.job.StageProgress;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jobs/ingest}: extracts new and changed raw reports and merges them into the lakehouse. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Reads every .txt/.html/.htm report under the input, extracts the new and",
        "changed ones (by SHA-256) and merges them into the lakehouse's documents,",
        "reports and quarantine tables. Running it again on the same input changes",
        "nothing. Defaults come from conf/pipeline.conf; --config files and flags",
        "override them."})
public final class IngestJob implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new IngestJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    String input = configuration.existingInput();
    String lakehouseRoot = configuration.lakehouse();
    try (SparkSession spark = SparkSessions.create("disclosure-ingest", configuration)) {
      Lakehouse lakehouse = new Lakehouse(spark, lakehouseRoot);
      IngestionResult result = run(lakehouse, input, spec.commandLine().getParseResult().originalArgs());
      spec.commandLine().getOut().println(describe(result, input, lakehouse));
    }
    return 0;
  }

  /** Ingests {@code input} into the lakehouse and records the run in the run log. */
  public static IngestionResult run(Lakehouse lakehouse, String input, List<String> arguments) {
    return run(lakehouse, input, arguments, null);
  }

  /** The same, counting the files read on {@code progress} (none when null). */
  public static IngestionResult run(Lakehouse lakehouse, String input, List<String> arguments, StageProgress progress) {
    return RunLog.record(lakehouse, "ingest", arguments,
        () -> new ReportIngestion(lakehouse, progress).ingest(input, new Timestamp(System.currentTimeMillis())),
        result -> new RunLog.Outcome(result.filesRead(), result.filesChanged(),
            result.changedAnything() ? RunLog.SUCCEEDED : RunLog.UNCHANGED,
            String.format("%d files, %d new or changed, %d reports written, %d quarantined",
                result.filesRead(), result.filesChanged(), result.reportsWritten(), result.filesQuarantined())));
  }

  static String describe(IngestionResult result, String input, Lakehouse lakehouse) {
    return String.format("Ingested %s into %s: %d files read, %d new or changed, %d reports written, %d quarantined",
        input, lakehouse.root(), result.filesRead(), result.filesChanged(), result.reportsWritten(),
        result.filesQuarantined());
  }
}
