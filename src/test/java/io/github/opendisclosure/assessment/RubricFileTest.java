package io.github.opendisclosure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rubric file: the sample reads as documented, and every kind of mistake is refused with its file and line. */
class RubricFileTest {

  private static final List<String> VALID = List.of(
      "# a test rubric",
      "rubric.name = test",
      "rubric.version = 1",
      "rubric.total_points = 100",
      "rubric.ties = shared",
      "criterion.published.kind = published",
      "criterion.published.weight = 40",
      "criterion.consistent.kind = consistency",
      "criterion.consistent.weight = 20",
      "criterion.consistent.issue_codes = total_mismatch",
      "criterion.consistent.points_per_issue = 15",
      "criterion.appeals.kind = threshold",
      "criterion.appeals.label = 复议纠错率",
      "criterion.appeals.weight = 20",
      "criterion.appeals.indicator = reconsideration_corrected_rate",
      "criterion.appeals.better = lower",
      "criterion.appeals.bands = 0:20, 0.5:10",
      "criterion.appeals.when_missing = 20",
      "criterion.output.kind = threshold",
      "criterion.output.weight = 20",
      "criterion.output.metric = proactive_items",
      "criterion.output.better = higher",
      "criterion.output.bands = 100:20, 40:10",
      "criterion.output.when_missing = 0");

  static AssessmentRubric testRubric() {
    return RubricFile.parse("test.conf", VALID);
  }

  @Test
  void theSampleRubricReadsWithItsCriteriaInFileOrder() {
    AssessmentRubric rubric = RubricFile.read(Path.of("conf/assessment-rubric.conf"));
    assertEquals("provincial-annual-report-2024.1", rubric.label());
    assertEquals(100.0, rubric.totalPoints());
    assertEquals(RubricTies.SHARED, rubric.ties());
    assertEquals(List.of("published", "complete", "consistent", "on_time", "appeals", "transparency"),
        rubric.criteria().stream().map(Criterion::id).toList());
    assertEquals("threshold: indicator on_time_completion_rate", rubric.criteria().get(3).kind());
  }

  @Test
  void theJarCarriesTheSample() {
    assertEquals(RubricFile.read(Path.of("conf/assessment-rubric.conf")), RubricFile.bundled());
  }

  @Test
  void aTestRubricReadsItsFields() {
    AssessmentRubric rubric = testRubric();
    ThresholdCriterion appeals = (ThresholdCriterion) rubric.criteria().get(2);
    assertEquals("复议纠错率", appeals.label());
    assertEquals(List.of(new ScoreBand(0, 20), new ScoreBand(0.5, 10)), appeals.bands());
    assertEquals(List.of("reconsideration_corrected", "reconsideration_total"), appeals.source().inputMetrics());
    assertEquals("output", rubric.criteria().get(3).label(), "the id stands in for a missing label");
  }

  @Test
  void anUnknownMetricIsRefusedWithItsLine() {
    assertEquals("test.conf:21: unknown metric 'proactive_item' (the column names of the reports table, e.g. "
        + "requests_received; README.md lists them)",
        errorWith(21, "criterion.output.metric = proactive_item"));
  }

  @Test
  void anUnknownIndicatorIsRefusedWithItsLine() {
    String message = errorWith(15, "criterion.appeals.indicator = appeal_rate");
    assertEquals("test.conf:15: unknown indicator 'appeal_rate'", message.substring(0, message.indexOf(" (")));
  }

  @Test
  void weightsThatDoNotAddUpAreRefusedAtTheDeclaredTotal() {
    assertEquals("test.conf:4: the criteria's weights add up to 110, not the declared rubric.total_points 100 "
        + "(published 50, consistent 20, appeals 20, output 20)",
        errorWith(7, "criterion.published.weight = 50"));
  }

  @Test
  void badThresholdsAreRefused() {
    assertEquals("test.conf:17: threshold 5 is outside 0..1, and the indicator is a rate",
        errorWith(17, "criterion.appeals.bands = 5:20"));
    assertEquals("test.conf:23: bands must go from best to worst: each threshold lower than the one before and "
        + "worth no more points; '200:10' is not", errorWith(23, "criterion.output.bands = 100:20, 200:10"));
    assertEquals("test.conf:23: the best band gives 15 points but the criterion's weight is 20",
        errorWith(23, "criterion.output.bands = 100:15"));
    assertEquals("test.conf:23: 'x' is not a number", errorWith(23, "criterion.output.bands = x:20"));
  }

  @Test
  void otherMistakesNameTheirLine() {
    assertEquals("test.conf:10: unknown issue code 'totals_mismatch' (expected some of approximate_value, "
        + "balance_mismatch, conflicting_values, document_truncated, empty_table, invalid_value, table_truncated, "
        + "total_mismatch, unknown_agency_type, unknown_region, unrecognized_row, year_conflict)",
        errorWith(10, "criterion.consistent.issue_codes = totals_mismatch"));
    assertEquals("test.conf:5: ties must be shared or dense, not 'random'", errorWith(5, "rubric.ties = random"));
    assertEquals("test.conf:12: unknown kind 'bonus' (expected one of completeness, consistency, published, threshold)",
        errorWith(12, "criterion.appeals.kind = bonus"));
    List<String> stray = new ArrayList<>(VALID);
    stray.add(7, "criterion.published.bands = 1:1");
    assertEquals("test.conf:8: 'bands' is not a field of a published criterion", assertThrows(JobUserError.class,
        () -> RubricFile.parse("test.conf", stray)).getMessage());
    assertEquals("test.conf:3: rubric.version may hold only letters, digits, '.', '_' and '-', not '1 beta'",
        errorWith(3, "rubric.version = 1 beta"));
    assertEquals("test.conf:2: expected 'key = value', found 'rubric name test'", errorWith(2, "rubric name test"));
    List<String> duplicated = new ArrayList<>(VALID);
    duplicated.add("rubric.ties = dense");
    assertEquals("test.conf:25: rubric.ties is already set on line 5", assertThrows(JobUserError.class,
        () -> RubricFile.parse("test.conf", duplicated)).getMessage());
  }

  @Test
  void aFileThatSetsNothingIsToldSo() {
    assertEquals("empty.conf: the rubric file sets nothing; conf/assessment-rubric.conf shows what it holds",
        assertThrows(JobUserError.class, () -> RubricFile.parse("empty.conf", List.of("# only a comment", ""))).getMessage());
  }

  @Test
  void aMissingFileIsAUserError() {
    assertEquals("Rubric file not found: no/such.conf",
        assertThrows(JobUserError.class, () -> RubricFile.read(Path.of("no/such.conf"))).getMessage());
  }

  @Test
  void aConfiguredRubricThatIsMissingIsNotReplacedByTheSample() {
    PipelineConfiguration defaults = PipelineConfiguration.bundledDefaults();
    assertEquals("Rubric file not found: /no/such.conf (assessment.rubric; give a rubric file, or leave the setting"
        + " out for the sample)", assertThrows(JobUserError.class, () -> RubricFile.configured(
            defaults.with(PipelineConfiguration.ASSESSMENT_RUBRIC, "/no/such.conf"))).getMessage());
    // Where the sample belongs, as on a cluster driver that has only the jar, the jar's copy stands in.
    assertEquals(RubricFile.bundled(), RubricFile.configured(defaults));
    assertEquals(RubricFile.bundled(), RubricFile.configured(
        defaults.with(PipelineConfiguration.ASSESSMENT_RUBRIC, "/home/nobody/project/conf/assessment-rubric.conf")));
  }

  /** The message of the error the test rubric gives with line {@code line} replaced. */
  private static String errorWith(int line, String replacement) {
    List<String> lines = new ArrayList<>(VALID);
    lines.set(line - 1, replacement);
    return assertThrows(JobUserError.class, () -> RubricFile.parse("test.conf", lines)).getMessage();
  }
}
