package io.github.opendisclosure.pipeline;

import io.github.opendisclosure.catalog.CatalogJob;
import io.github.opendisclosure.indicators.IndicatorRefreshResult;
import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.lakehouse.IngestionResult;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobs/pipeline}: every stage in order, in one Spark session, then what the lakehouse holds. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Runs every stage in order on the configured input and lakehouse: ingest",
        "(extract and merge the new and changed reports), then indicators (the years",
        "whose reports changed). Then prints every table of the lakehouse with its row",
        "count and location, and registers them in the catalog (disclosure.<table>).",
        "Defaults come from conf/pipeline.conf; --config files and flags override them."})
public final class PipelineJob implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new PipelineJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    String input = configuration.existingInput();
    String lakehouseRoot = configuration.lakehouse();
    PrintWriter out = spec.commandLine().getOut();
    List<String> arguments = spec.commandLine().getParseResult().originalArgs();
    try (SparkSession spark = SparkSessions.create("disclosure-pipeline", configuration)) {
      Lakehouse lakehouse = new Lakehouse(spark, lakehouseRoot);
      IngestionResult ingested = IngestJob.run(lakehouse, input, arguments);
      out.printf("ingest: %d files read, %d new or changed, %d reports written, %d quarantined%n",
          ingested.filesRead(), ingested.filesChanged(), ingested.reportsWritten(), ingested.filesQuarantined());
      IndicatorRefreshResult indicators = IndicatorsJob.run(lakehouse, false, arguments);
      out.println(indicators.describe());
      out.println(LakehouseSummary.describe(lakehouse));
      out.println(CatalogJob.register(spark, configuration).describe());
    }
    return 0;
  }
}
