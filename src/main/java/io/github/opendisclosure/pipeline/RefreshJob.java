package io.github.opendisclosure.pipeline;

import io.github.opendisclosure.assessment.AssessJob;
import io.github.opendisclosure.assessment.AssessmentRubric;
import io.github.opendisclosure.assessment.RubricOption;
import io.github.opendisclosure.job.ConsoleProgress;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.publish.DashboardOutputOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/refresh}: the nightly or per-batch refresh of the lakehouse and the dashboard. */
@Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:the refresh failed (one line on stderr)", "2:a mistake in the call",
        "3:another refresh holds the lakehouse's lock"},
    description = {
        "Finds the new and changed reports under the input (by SHA-256 against the",
        "documents table), extracts and ingests only those, recomputes the indicators",
        "and the assessment tables of the years they affect, publishes the dashboard (as",
        "jobs/publish) and records the run in the run log. One refresh at a time per",
        "lakehouse: a second one exits with code 3, or waits with --wait. Progress",
        "goes to stderr; --quiet leaves the result lines only."})
public final class RefreshJob implements Callable<Integer> {

  /** Exit code when another refresh holds the lock (and --wait was not given, or ran out). */
  public static final int LOCKED = 3;

  @Mixin
  JobOptions options;

  @Option(names = "--full", description = "Recompute every year's indicators and assessment; the tables end the same.")
  boolean fullRebuild;

  @Option(names = "--wait", arity = "0..1", paramLabel = "MINUTES", fallbackValue = "0",
      description = "When another refresh runs, wait for it to finish (at most MINUTES; no limit without a number).")
  Integer waitMinutes;

  @Option(names = "--quiet", description = "No progress lines (for schedulers); errors and the result still print.")
  boolean quiet;

  @Option(names = "--workbooks", description = {
      "Also write the assessment workbook and CSV files of the years assessed under",
      "assessment.output, as jobs/assess does; without it only the tables and the dashboard."})
  boolean workbooks;

  @Mixin
  RubricOption rubricOption;

  @Mixin
  DashboardOutputOption dashboardOutput;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new RefreshJob(), args));
  }

  @Override
  public Integer call() throws InterruptedException {
    PipelineConfiguration configuration = options.configuration();
    // Everything a mistake can be in is checked before the lock and Spark: it costs no work.
    String input = configuration.existingInput();
    String lakehouseRoot = configuration.lakehouse();
    AssessmentRubric rubric = rubricOption.rubric(configuration);
    Refresh.Settings settings = new Refresh.Settings(input, fullRebuild, rubric,
        workbooks ? Optional.of(AssessJob.outputOf(configuration)) : Optional.empty(), dashboardOutput.output(configuration));
    ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> localRoot = localFolder(lakehouseRoot);
    if (localRoot.isEmpty()) {
      err.println("refresh: no lock on a lakehouse at a URI (" + lakehouseRoot
          + "): let the scheduler never start two refreshes at once");
      return refresh(configuration, settings, progress);
    }
    Optional<RefreshLock> lock = lock(localRoot.get(), progress);
    if (lock.isEmpty()) {
      err.println("error: another refresh holds the lock " + RefreshLock.holder(localRoot.get()) + " on "
          + localRoot.get().resolve(RefreshLock.FILE_NAME)
          + (waitMinutes == null ? "; try again later, or pass --wait" : "; waited " + waitMinutes + " minutes"));
      return LOCKED;
    }
    try (RefreshLock held = lock.get()) {
      return refresh(configuration, settings, progress);
    }
  }

  private Optional<RefreshLock> lock(Path root, ConsoleProgress progress) throws InterruptedException {
    Optional<RefreshLock> lock = RefreshLock.tryAcquire(root);
    if (lock.isPresent() || waitMinutes == null) {
      return lock;
    }
    progress.note("[refresh] waiting for the refresh that holds the lock " + RefreshLock.holder(root));
    Duration timeout = waitMinutes == 0 ? Duration.ofDays(365) : Duration.ofMinutes(waitMinutes);
    return RefreshLock.acquire(root, timeout);
  }

  private int refresh(PipelineConfiguration configuration, Refresh.Settings settings, ConsoleProgress progress) {
    List<String> arguments = spec.commandLine().getParseResult().originalArgs();
    try (SparkSession spark = SparkSessions.create("disclosure-refresh", configuration)) {
      RefreshResult result = new Refresh(new Lakehouse(spark, configuration.lakehouse()), progress).run(settings, arguments);
      result.describe().forEach(spec.commandLine().getOut()::println);
    }
    return 0;
  }

  /** The lakehouse as a local folder (a path or a file: URI); empty for another file system. */
  private static Optional<Path> localFolder(String lakehouseRoot) {
    if (!PipelineConfiguration.isUri(lakehouseRoot)) {
      return Optional.of(Path.of(lakehouseRoot).toAbsolutePath());
    }
    return lakehouseRoot.startsWith("file:") ? Optional.of(Path.of(java.net.URI.create(lakehouseRoot))) : Optional.empty();
  }
}
