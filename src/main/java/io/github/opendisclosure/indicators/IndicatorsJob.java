package io.github.opendisclosure.indicators;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseSummary;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.lakehouse.RunLog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/indicators}: computes the indicator tables from the reports table, recomputing only what changed. */
@Command(name = "indicators", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Computes the indicators of conf/indicators.conf from the lakehouse's reports table into",
        "agency_year_indicators, region_year_indicators and level_type_year_indicators.",
        "Recomputes only the years whose reports changed since the last run (and the years after them);",
        "running it again without new reports changes nothing."})
public final class IndicatorsJob implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Option(names = "--full", description = "Recompute every year; the result is the same as the incremental run's.")
  boolean fullRebuild;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new IndicatorsJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    String lakehouseRoot = configuration.lakehouse();
    requireLocalReportsTable(lakehouseRoot);
    PrintWriter out = spec.commandLine().getOut();
    try (SparkSession spark = SparkSessions.create("disclosure-indicators", configuration)) {
      Lakehouse lakehouse = new Lakehouse(spark, lakehouseRoot);
      IndicatorRefreshResult result = run(lakehouse, fullRebuild, spec.commandLine().getParseResult().originalArgs());
      out.println(result.describe());
      out.println(LakehouseSummary.describe(lakehouse));
    }
    return 0;
  }

  /** A local lakehouse without a reports table is told before a Spark session starts; a URI's, after. */
  private static void requireLocalReportsTable(String lakehouseRoot) {
    String reports = lakehouseRoot + "/" + LakehouseTable.REPORTS.tableName();
    if (!PipelineConfiguration.isUri(lakehouseRoot) && !Files.isDirectory(Path.of(reports, "_delta_log"))) {
      throw IndicatorRefresh.noReportsTable(reports);
    }
  }

  /** Refreshes the indicator tables and records the run in the run log. */
  public static IndicatorRefreshResult run(Lakehouse lakehouse, boolean fullRebuild, List<String> arguments) {
    return RunLog.record(lakehouse, "indicators", arguments,
        () -> new IndicatorRefresh(lakehouse).refresh(fullRebuild, new Timestamp(System.currentTimeMillis())),
        result -> new RunLog.Outcome(result.reportsRead(), result.agencyYearRows(),
            result.changedAnything() ? RunLog.SUCCEEDED : RunLog.UNCHANGED, result.describe()));
  }
}
