package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.Lakehouse;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobs/catalog}: registers every Delta table of the lakehouse in the catalog and lists them. */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Registers every Delta table under the lakehouse in the catalog, under the database",
        "of catalog.database (disclosure), so SQL, jobs/sql and BI tools name them",
        "disclosure.<table>. Idempotent; follows a moved lakehouse. jobs/pipeline,",
        "jobs/sql and jobs/serve-sql do the same when they start or end.",
        "Defaults come from conf/pipeline.conf; --config files and flags override them."})
public final class CatalogJob implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new CatalogJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    PrintWriter out = spec.commandLine().getOut();
    try (SparkSession spark = SparkSessions.create("disclosure-catalog", configuration)) {
      CatalogRegistration registration = register(spark, configuration);
      out.println(registration.describe());
      registration.tables().forEach(table -> out.println("  " + registration.database() + "." + table));
    }
    return 0;
  }

  /** Registers the configured lakehouse's tables under the configured database of the session's catalog. */
  public static CatalogRegistration register(SparkSession spark, PipelineConfiguration configuration) {
    Lakehouse lakehouse = new Lakehouse(spark, configuration.lakehouse());
    return new LakehouseCatalog(lakehouse, CatalogSettings.database(configuration)).register();
  }
}
