package io.github.opendisclosure.pipeline;

import io.github.opendisclosure.assessment.AssessmentResult;
import io.github.opendisclosure.indicators.IndicatorRefreshResult;
import io.github.opendisclosure.lakehouse.IngestionResult;
import io.github.opendisclosure.publish.Publication;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What one refresh did, stage by stage.
 *
 * @param assessedYears the years assessed again; empty when no report changed
 * @param removedYears years whose assessment rows were removed because no report is left for them
 * @param assessment the assessment, when a year was assessed
 */
public record RefreshResult(boolean fullRebuild, IngestionResult ingested, IndicatorRefreshResult indicators,
    SortedSet<Integer> assessedYears, SortedSet<Integer> removedYears, Optional<AssessmentResult> assessment,
    Publication publication) {

  public boolean changedAnything() {
    return ingested.changedAnything() || indicators.changedAnything() || !assessedYears.isEmpty()
        || !removedYears.isEmpty();
  }

  /** The lines for people, one a stage. */
  public List<String> describe() {
    String assessed = assessment.map(AssessmentResult::describe)
        .orElse("assess: unchanged, no report changed since the last refresh");
    if (!removedYears.isEmpty()) {
      assessed += "; removed the rows of " + removedYears + " (no report left)";
    }
    return List.of(
        String.format("ingest: %d files read, %d new or changed, %d reports written, %d quarantined",
            ingested.filesRead(), ingested.filesChanged(), ingested.reportsWritten(), ingested.filesQuarantined()),
        indicators.describe(), assessed, publication.describe());
  }

  /** One line for the run log. */
  public String summary() {
    return (fullRebuild ? "full rebuild" : "incremental") + ": " + ingested.filesChanged() + " files new or changed, "
        + "indicator years " + indicators.years() + ", assessed years " + assessedYears + ", published "
        + publication.folder();
  }
}
