package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.SparkSQLCLIDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code jobs/sql}: Spark's SQL shell (SparkSQLCLIDriver, as {@code spark-sql} runs it) on the lakehouse,
 * with Delta and the catalog configured and every table registered first, in database disclosure.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Spark's SQL shell on the lakehouse, with Delta Lake (time travel, DESCRIBE HISTORY,",
        "table_changes) and every table registered as disclosure.<table> and in use.",
        "Arguments other than the options below go to the shell: -e \"SELECT ...\" runs one",
        "query, -f FILE.sql runs a file, none starts the interactive shell; -S is quieter,",
        "--database DB uses another database, -H lists the shell's own options.",
        "Defaults come from conf/pipeline.conf; --config files and flags override them."})
public final class SqlShell implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Unmatched
  List<String> shellArguments = new ArrayList<>();

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new SqlShell(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    SparkSession spark = SqlEndpoints.startSession("disclosure-sql", configuration);
    spec.commandLine().getErr().println(CatalogJob.register(spark, configuration).describe());
    spec.commandLine().getErr().flush();
    // The shell takes the running session (it asks for the active one) and exits the JVM itself.
    SparkSQLCLIDriver.main(shellArguments(CatalogSettings.database(configuration), shellArguments));
    return 0;
  }

  /** The shell's arguments, starting in the catalog's database unless they name one. */
  static String[] shellArguments(String database, List<String> arguments) {
    List<String> shell = new ArrayList<>();
    if (!arguments.contains("--database")) {
      shell.add("--database");
      shell.add(database);
    }
    shell.addAll(arguments);
    return shell.toArray(String[]::new);
  }
}
