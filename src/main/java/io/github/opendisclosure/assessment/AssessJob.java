package io.github.opendisclosure.assessment;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.OutputFolder;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.RunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/assess}: the yearly assessment of every office with a rubric, into Delta tables, a workbook and CSV. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Scores every office's report of the given years with the rubric (conf/assessment-rubric.conf),",
        "ranks the offices within the province, the city and their level and kind, and writes",
        "assessment_scores and assessment_deductions (a rerun with the same rubric replaces its rows)",
        "and <rubric>-<version>-<years>[-<province>].xlsx, .csv and -deductions.csv under the output folder.",
        "Reads reports and agency_year_indicators: run jobs/pipeline first."})
public final class AssessJob implements Callable<Integer> {

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
  private static final String WORKBOOKS = "the workbook and CSV files";

  @Mixin
  JobOptions options;

  @Option(names = "--year", required = true, paramLabel = "YEAR|FROM-TO",
      description = "A year the reports cover, or a range (2021-2024); repeatable.")
  List<String> yearArguments = new ArrayList<>();

  @Option(names = "--province", paramLabel = "NAME", description = "Only this province's offices, e.g. 湖南省.")
  String province;

  @Mixin
  RubricOption rubricOption;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Folder for the .xlsx and .csv files (default: assessment.output, out/assessment).")
  Path outputFolder;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new AssessJob(), args));
  }

  @Override
  public Integer call() {
    PipelineConfiguration configuration = options.configuration();
    // The rubric and the years are checked before Spark starts: a mistake costs no work.
    AssessmentRubric rubric = rubricOption.rubric(configuration);
    SortedSet<Integer> years = years(yearArguments);
    Path output = outputFolder != null
        ? OutputFolder.require("--output", outputFolder, WORKBOOKS)
        : outputOf(configuration);
    try (SparkSession spark = SparkSessions.create("disclosure-assess", configuration)) {
      Lakehouse lakehouse = new Lakehouse(spark, configuration.lakehouse());
      AgencyYearReports.requireReports(lakehouse, years, Optional.ofNullable(province));
      AssessmentResult result = run(lakehouse, rubric, years, Optional.ofNullable(province), output,
          spec.commandLine().getParseResult().originalArgs());
      spec.commandLine().getOut().println(result.describe());
    }
    return 0;
  }

  /** The folder of the workbook and CSV files: {@code assessment.output}, else {@code out/assessment}. */
  public static Path outputOf(PipelineConfiguration configuration) {
    String configured = configuration.get(PipelineConfiguration.ASSESSMENT_OUTPUT);
    return OutputFolder.require(PipelineConfiguration.ASSESSMENT_OUTPUT,
        Path.of(configured == null ? "out/assessment" : configured), WORKBOOKS);
  }

  /**
   * Assesses {@code years} (of one province, or all), replaces the rubric version's rows in the
   * assessment tables, exports the workbook and CSV files to {@code outputFolder}, and records the run
   * in the run log.
   */
  public static AssessmentResult run(Lakehouse lakehouse, AssessmentRubric rubric, SortedSet<Integer> years,
      Optional<String> province, Path outputFolder, List<String> arguments) {
    return run(lakehouse, rubric, years, province, Optional.of(outputFolder), arguments);
  }

  /** The same, exporting the files only when {@code outputFolder} is given: the refresh's assessment. */
  public static AssessmentResult run(Lakehouse lakehouse, AssessmentRubric rubric, SortedSet<Integer> years,
      Optional<String> province, Optional<Path> outputFolder, List<String> arguments) {
    return RunLog.record(lakehouse, "assess", arguments, () -> {
      AssessmentResult result = new Assessment(lakehouse, rubric).run(years, province);
      return outputFolder.map(folder -> result.withFiles(export(result, folder))).orElse(result);
    }, result -> new RunLog.Outcome(result.scoreCount(), result.scoreCount() + result.deductionCount(),
        RunLog.SUCCEEDED, result.describe()));
  }

  /** Writes {@code <base>.xlsx}, {@code <base>.csv} (scores) and {@code <base>-deductions.csv}. */
  static List<Path> export(AssessmentResult result, Path outputFolder) {
    Path workbook = outputFolder.resolve(result.fileBaseName() + ".xlsx");
    Path scores = outputFolder.resolve(result.fileBaseName() + ".csv");
    Path deductions = outputFolder.resolve(result.fileBaseName() + "-deductions.csv");
    try {
      AssessmentWorkbook.write(workbook, result);
      AssessmentCsv.write(scores, ScoreSheetColumn.scores(result.rubric()), result.scores());
      AssessmentCsv.write(deductions, ScoreSheetColumn.deductions(), result.deductions());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the assessment files under " + outputFolder, e);
    }
    return List.of(workbook, scores, deductions);
  }

  /** {@code 2023}, {@code 2021-2024}; a range runs from its first year to its last. */
  static SortedSet<Integer> years(List<String> arguments) {
    SortedSet<Integer> years = new TreeSet<>();
    for (String argument : arguments) {
      Matcher matcher = YEARS.matcher(argument.strip());
      if (!matcher.matches()) {
        throw new JobUserError("--year takes a year (2023) or a range (2021-2024), not '" + argument + "'");
      }
      int from = Integer.parseInt(matcher.group(1));
      int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
      if (to < from) {
        throw new JobUserError("--year " + argument + ": the range ends before it starts");
      }
      for (int year = from; year <= to; year++) {
        years.add(year);
      }
    }
    return years;
  }
}
