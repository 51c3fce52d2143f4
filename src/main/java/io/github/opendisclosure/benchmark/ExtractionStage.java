package io.github.opendisclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.opendisclosure.corpus.CorpusFolder;
import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.ReportRecord;
import io.github.opendisclosure.extract.accuracy.AccuracyReport;
import io.github.opendisclosure.extract.accuracy.LabelledReport;
import io.github.opendisclosure.extract.accuracy.LabelledSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The extractor alone on one thread over a whole corpus; with {@code accuracy}, the same pass also
 * scores every record against its ground truth (the accuracy package, as {@code jobs/accuracy} does)
 * and checks that the issues each report's noise calls for were raised.
 */
final class ExtractionStage {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How often an issue code the noise calls for was raised: expected, and raised among those. */
  record IssueTally(int expected, int raised) {
    IssueTally plus(IssueTally other) {
      return new IssueTally(expected + other.expected, raised + other.raised);
    }
  }

  /** The stage's measurement and, when scored, the accuracy and the issues raised by code. */
  record Result(StageMeasurement measurement, AccuracyReport accuracy, Map<String, IssueTally> issues) {}

  private ExtractionStage() {}

  static Result run(Path corpus, int corpusReports, boolean accuracy) throws IOException {
    ExtractionTimer timer = new ExtractionTimer();
    PeakHeap.reset();
    if (!accuracy) {
      for (Path file : CorpusFiles.of(corpus)) {
        timer.extract(file);
      }
      return new Result(timer.measurement(corpusReports, PeakHeap.bytes()), null, Map.of());
    }
    List<LabelledReport> labelled = LabelledSet.load(corpus);
    Map<String, List<String>> expectedIssues = expectedIssues(corpus);
    Map<String, IssueTally> issues = new TreeMap<>();
    AccuracyReport report = AccuracyReport.measure(labelled, labelledReport -> {
      ReportRecord record = timer.extract(labelledReport.reportFile());
      List<String> raised = record.issues().stream().map(ExtractionIssue::code).toList();
      for (String code : expectedIssues.getOrDefault(labelledReport.fileName(), List.of())) {
        issues.merge(code, new IssueTally(1, raised.contains(code) ? 1 : 0), IssueTally::plus);
      }
      return record;
    });
    return new Result(timer.measurement(corpusReports, PeakHeap.bytes()), report, issues);
  }

  /** The issue codes each report's noise calls for, by file name, from the corpus manifest. */
  private static Map<String, List<String>> expectedIssues(Path corpus) throws IOException {
    Map<String, List<String>> expected = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve(CorpusFolder.MANIFEST), StandardCharsets.UTF_8)) {
      JsonNode entry = JSON.readTree(line);
      String file = entry.get("file").asText();
      List<String> codes = JSON.convertValue(entry.get("expected_issues"),
          JSON.getTypeFactory().constructCollectionType(List.class, String.class));
      expected.put(file.substring(file.lastIndexOf('/') + 1), codes);
    }
    return expected;
  }
}
