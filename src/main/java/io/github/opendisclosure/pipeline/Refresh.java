package io.github.opendisclosure.pipeline;

import io.github.opendisclosure.assessment.AssessJob;
import io.github.opendisclosure.assessment.Assessment;
import io.github.opendisclosure.assessment.AssessmentResult;
import io.github.opendisclosure.assessment.AssessmentRubric;
import io.github.opendisclosure.indicators.IndicatorRefreshResult;
import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.job.ConsoleProgress;
import io.github.opendisclosure.job.StageProgress;
import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.lakehouse.IngestionResult;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.lakehouse.ReportChanges;
import io.github.opendisclosure.lakehouse.RunLog;
import io.github.opendisclosure.publish.DashboardOutput;
import io.github.opendisclosure.publish.Publication;
import io.github.opendisclosure.publish.PublishJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The scheduled refresh, stage by stage: ingest the new and changed reports, refresh the indicators of
 * the years they changed, assess those years again, publish the dashboard, and remember the reports
 * version it reflects ({@link RefreshState}). Every stage is the job of its own, so each also has its
 * row in the run log, and so has the refresh.
 *
 * <p>Which years are assessed: those whose reports changed since the last refresh (the reports' Change
 * Data Feed), and the two after each, because a year's assessment reads the year before (change of rank,
 * offices that stopped reporting), whose ranks read the year before that. Of those, the years that still
 * have reports; the others lose their rows. A full rebuild, a first refresh and a rubric version not
 * assessed yet take every year. Either way the tables end as a full rebuild leaves them.
 */
public final class Refresh {

  /**
   * What a refresh reads and where it writes besides the lakehouse; the assessment's workbook and CSV
   * files only when {@code assessmentOutput} is given.
   */
  public record Settings(String input, boolean fullRebuild, AssessmentRubric rubric, Optional<Path> assessmentOutput,
      DashboardOutput dashboardOutput) {}

  private static final int YEARS_AN_ASSESSMENT_READS_BACK = 2;

  private final Lakehouse lakehouse;
  private final ConsoleProgress progress;

  public Refresh(Lakehouse lakehouse, ConsoleProgress progress) {
    this.lakehouse = lakehouse;
    this.progress = progress;
  }

  /** Runs every stage and records the refresh in the run log. */
  public RefreshResult run(Settings settings, List<String> arguments) {
    return RunLog.record(lakehouse, "refresh", arguments, () -> refresh(settings, arguments),
        result -> new RunLog.Outcome(result.ingested().filesRead(), result.publication().agencyYears(),
            result.changedAnything() ? RunLog.SUCCEEDED : RunLog.UNCHANGED, result.summary()));
  }

  private RefreshResult refresh(Settings settings, List<String> arguments) {
    IngestionResult ingested;
    try (StageProgress stage = progress.start("ingest", lakehouse.spark())) {
      ingested = IngestJob.run(lakehouse, settings.input(), arguments, stage);
    }
    IndicatorRefreshResult indicators = inStage("indicators",
        () -> IndicatorsJob.run(lakehouse, settings.fullRebuild(), arguments));

    RefreshState state = new RefreshState(lakehouse);
    long reportsVersion = indicators.reportsVersion();
    SortedSet<Integer> reportYears = new TreeSet<>(ReportChanges.yearsOf(lakehouse.spark().read().format("delta")
        .option("versionAsOf", reportsVersion).load(lakehouse.pathOf(LakehouseTable.REPORTS))));
    Optional<Long> lastVersion = state.lastReportsVersion(settings.rubric());
    Assessment assessor = new Assessment(lakehouse, settings.rubric());
    boolean everyYear = settings.fullRebuild() || lastVersion.isEmpty() || lastVersion.get() > reportsVersion;
    SortedSet<Integer> affected = everyYear ? new TreeSet<>(reportYears) : yearsAffected(lastVersion.get(), reportsVersion);
    SortedSet<Integer> assessed = new TreeSet<>(affected);
    assessed.retainAll(reportYears);
    // Rows of years without reports go: the years affected, or on a full rebuild every such year.
    SortedSet<Integer> removed = assessor.yearsAssessed();
    removed.removeAll(reportYears);
    if (!everyYear) {
      removed.retainAll(affected);
    }

    Optional<AssessmentResult> assessment = inStage("assess", () -> {
      assessor.remove(removed);
      return assessed.isEmpty() ? Optional.empty() : Optional.of(AssessJob.run(lakehouse, settings.rubric(),
          assessed, Optional.empty(), settings.assessmentOutput(), arguments));
    });
    Publication publication = inStage("publish",
        () -> PublishJob.run(lakehouse, settings.rubric(), settings.dashboardOutput(), arguments));
    state.record(reportsVersion, settings.fullRebuild(), assessed, settings.rubric());
    return new RefreshResult(settings.fullRebuild(), ingested, indicators, assessed, removed, assessment, publication);
  }

  /** The years changed between the versions, each with the years whose assessment reads it. */
  private SortedSet<Integer> yearsAffected(long lastVersion, long reportsVersion) {
    SortedSet<Integer> years = new TreeSet<>();
    if (lastVersion == reportsVersion) {
      return years;
    }
    for (int changed : ReportChanges.yearsChanged(lakehouse, lastVersion + 1, reportsVersion)) {
      for (int after = 0; after <= YEARS_AN_ASSESSMENT_READS_BACK; after++) {
        years.add(changed + after);
      }
    }
    return years;
  }

  private <T> T inStage(String name, Supplier<T> work) {
    try (StageProgress stage = progress.start(name, lakehouse.spark())) {
      return work.get();
    }
  }
}
