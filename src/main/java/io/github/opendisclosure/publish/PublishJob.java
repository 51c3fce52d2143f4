package io.github.opendisclosure.publish;

import io.github.opendisclosure.assessment.AssessmentRubric;
import io.github.opendisclosure.assessment.RubricOption;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.RunLog;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobs/publish}: the dashboard page and its tables as JSON and CSV, stamped with the Delta versions read. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Writes a dashboard export under the output folder (publish.output,",
        "out/dashboard): <as-of time>/dashboard.html, one self-contained page that",
        "opens from the file system or any static web server; agency_years and",
        "evidence as .json and .csv; manifest.json, the Delta tables and versions",
        "read. And index.html, a copy of the latest page. The same table versions",
        "give byte-identical files, and an export already there for them is not",
        "written again. Above 20,000 agency-years the page leaves the evidence to",
        "evidence.csv/.json. Reads reports, agency_year_indicators and",
        "assessment_scores: run jobs/refresh or jobs/pipeline first. Keeps the newest",
        "exports (--keep, publish.keep, 10) and removes older ones."})
public final class PublishJob implements Callable<Integer> {

  @Mixin
  JobOptions options;

  @Mixin
  RubricOption rubricOption;

  @Mixin
  DashboardOutputOption output;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new PublishJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    AssessmentRubric rubric = rubricOption.rubric(configuration);
    DashboardOutput dashboardOutput = output.output(configuration);
    try (SparkSession spark = SparkSessions.create("disclosure-publish", configuration)) {
      Lakehouse lakehouse = new Lakehouse(spark, configuration.lakehouse());
      Publication publication = run(lakehouse, rubric, dashboardOutput, spec.commandLine().getParseResult().originalArgs());
      spec.commandLine().getOut().println(publication.describe());
    }
    return 0;
  }

  /**
   * Reads the dashboard's data, writes the export under the output folder (unless it is there already:
   * then it reads no row and writes nothing), removes the exports beyond the newest it keeps, and
   * records the run in the run log.
   */
  public static Publication run(Lakehouse lakehouse, AssessmentRubric rubric, DashboardOutput output,
      List<String> arguments) {
    return RunLog.record(lakehouse, "publish", arguments, () -> {
      Publication publication = DashboardFiles.publish(new DashboardReader(lakehouse).read(rubric), output.folder());
      return publication.withRemovedExports(
          DashboardFiles.removeOlderExports(output.folder(), output.keep(), publication.folder()));
    },
        publication -> publication.alreadyPublished()
            ? new RunLog.Outcome(0, 0, RunLog.UNCHANGED, publication.describe())
            : new RunLog.Outcome(publication.agencyYears(), publication.agencyYears(), RunLog.SUCCEEDED,
                publication.describe()));
  }
}
