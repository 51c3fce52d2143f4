package io.github.opendisclosure.extract.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ReportExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the extractor to the bundled labelled set (src/test/resources/labelled, see its README). */
class LabelledSetAccuracyTest {

  /** The identity fields every record must get right; agency_type, level and township are reported only. */
  private static final List<IdentityField> REQUIRED_IDENTITY = List.of(IdentityField.AGENCY_NAME,
      IdentityField.PROVINCE, IdentityField.CITY, IdentityField.COUNTY, IdentityField.DIVISION_CODE,
      IdentityField.YEAR, IdentityField.TEMPLATE);
  private static final double MINIMUM_PROSE_RECALL = 0.95;

  private static AccuracyReport report;

  @BeforeAll
  static void measure() throws Exception {
    Path folder = Path.of(LabelledSetAccuracyTest.class.getResource("/labelled").toURI());
    report = AccuracyReport.measure(LabelledSet.load(folder), ReportExtractor.withBundledReferenceData());
  }

  @Test
  void findsEveryTableNumber() {
    assertEquals(report.tableNumbers().expected(), report.tableNumbers().truePositives(),
        "table numbers missed or wrong:\n" + AccuracyReportFormatter.mismatches(report.mismatches(FieldKind.TABLE_NUMBER)));
  }

  @Test
  void findsNearlyEveryProseNumber() {
    assertTrue(report.proseNumbers().recall() >= MINIMUM_PROSE_RECALL, String.format(
        "prose recall %.3f is below %.2f; prose numbers missed or wrong:%n%s", report.proseNumbers().recall(),
        MINIMUM_PROSE_RECALL, AccuracyReportFormatter.mismatches(report.mismatches(FieldKind.PROSE_NUMBER))));
  }

  @Test
  void writesNoWrongNumber() {
    List<Mismatch> wrongNumbers = report.mismatches().stream()
        .filter(mismatch -> mismatch.kind() != FieldKind.IDENTITY && mismatch.extracted() != null)
        .toList();
    assertEquals(0, report.allNumbers().falsePositives(),
        "numbers extracted that the labels do not have:\n" + AccuracyReportFormatter.mismatches(wrongNumbers));
  }

  @Test
  void getsTheIdentityRight() {
    List<String> requiredKeys = REQUIRED_IDENTITY.stream().map(IdentityField::key).toList();
    List<Mismatch> wrong = report.mismatches(FieldKind.IDENTITY).stream()
        .filter(mismatch -> requiredKeys.contains(mismatch.field()))
        .toList();
    assertTrue(wrong.isEmpty(), "identity fields wrong:\n" + AccuracyReportFormatter.mismatches(wrong));
  }
}
