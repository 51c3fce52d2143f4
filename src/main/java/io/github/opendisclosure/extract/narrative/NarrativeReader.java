package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.ReportYearFinder;
import io.github.opendisclosure.extract.SectionReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads the figures a report states in sentences: requests received and answered, reconsideration
 * and litigation, fees, proactively published items, reading points, staff, meetings and training.
 *
 * <p>It runs last, after the table readers, on every report: a figure the prose states differently
 * from a table becomes a conflicting-values issue. It reads only what a sentence states plainly
 * about the report's own office and year; table lines, other years, running totals and topic
 * shares are left alone, so a metric the prose does not state stays null.
 */
public final class NarrativeReader implements SectionReader {

  /**
   * Reads the prose of a report whose writer is not known: an area's total (全县共受理…) is taken
   * for its count unless the sentence also gives the writer's own part (其中我局受理…).
   *
   * @return whether the prose stated any metric
   */
  @Override
  public boolean read(ReportText text, MetricReadings readings) {
    // The year only tells which sentences are about this report; the year issues it may note are
    // the extractor's to record, so they go to scratch readings.
    return read(text, ReportYearFinder.find(text, new MetricReadings()), Optional.empty(), readings);
  }

  /**
   * Reads the prose of a report whose year the caller has already found (it costs a pass over the
   * text), written by {@code agencyName}: an area's total is its figure only when it governs the area.
   */
  public boolean read(ReportText text, Optional<Integer> year, Optional<String> agencyName, MetricReadings readings) {
    AreaTotals areaTotals = AreaTotals.of(agencyName);
    List<StatementRule> rules = List.of(new RequestStatements(areaTotals), new ReviewStatements(),
        new FeeStatements(), new ProactiveStatements(areaTotals), new StaffStatements(areaTotals),
        new CapacityStatements(areaTotals));
    ProseRecorder recorder = new ProseRecorder(readings);
    for (ProseSentence sentence : ProseSentences.of(text)) {
      Optional<ProseSentence> aboutYear = year.isPresent() ? sentence.partAbout(year.get()) : Optional.of(sentence);
      aboutYear.ifPresent(part -> rules.forEach(rule -> rule.read(part, recorder)));
    }
    rules.forEach(rule -> rule.finish(recorder));
    return recorder.recordedAny();
  }
}
