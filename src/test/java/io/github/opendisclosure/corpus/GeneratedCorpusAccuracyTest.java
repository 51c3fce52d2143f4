package io.github.opendisclosure.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportRecord;
import io.github.opendisclosure.extract.accuracy.AccuracyReport;
import io.github.opendisclosure.extract.accuracy.AccuracyReportFormatter;
import io.github.opendisclosure.extract.accuracy.FieldTally;
import io.github.opendisclosure.extract.accuracy.LabelledSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated corpus is a labelled set: the extractor reads it as its ground truth says, field by field. */
class GeneratedCorpusAccuracyTest {

  private static final double MINIMUM = 0.99;

  @Test
  void everyFieldIsAtLeast99PercentRight(@TempDir Path folder) throws IOException {
    CorpusFolder.write(new CorpusGenerator(11, 2008, 2024, 500), folder, 2, 11, "2008-2024");
    AccuracyReport report = AccuracyReport.measure(LabelledSet.load(folder), ReportExtractor.shared());
    assertEquals(500, report.reportCount());
    List<String> below = new ArrayList<>();
    for (Map<String, FieldTally> fields : List.of(report.identityFields(), report.metricFields())) {
      fields.forEach((field, tally) -> {
        if (tally.precision() < MINIMUM || tally.recall() < MINIMUM) {
          below.add(field);
        }
      });
    }
    assertTrue(below.isEmpty(), "fields below 99%: " + below + "\n" + AccuracyReportFormatter.mismatches(report.mismatches()));
  }

  @Test
  void theNoiseRaisesTheIssuesItCallsFor() {
    CorpusGenerator generator = new CorpusGenerator(5, 2008, 2024, 800);
    List<String> unraised = new ArrayList<>();
    generator.reports().filter(report -> !report.expectedIssues().isEmpty()).forEach(report -> {
      ReportRecord record = ReportExtractor.shared().extract(
          new io.github.opendisclosure.extract.SourceDocument(report.fileName(), report.bytes()));
      List<String> raised = record.issues().stream().map(ExtractionIssue::code).toList();
      report.expectedIssues().stream().filter(code -> !raised.contains(code))
          .forEach(code -> unraised.add(report.fileName() + ": " + code));
    });
    assertTrue(unraised.isEmpty(), "issues not raised: " + unraised);
  }
}
