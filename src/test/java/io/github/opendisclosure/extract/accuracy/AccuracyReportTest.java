package io.github.opendisclosure.extract.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.extract.ReportRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccuracyReportTest {

  private static final ExpectedRecord LABELS = new ExpectedRecord(
      "长沙市民政局", "civil_affairs", "city", "湖南省", "长沙市", null, null, "430100", 2019, "2019",
      Map.of("requests_received", new BigDecimal("5"), "granted", new BigDecimal("3"),
          "proactive_items", new BigDecimal("1200")),
      List.of("proactive_items"), "");

  private static final LabelledReport LABELLED =
      new LabelledReport(Path.of("reports", "041_changsha-civil-affairs-2019.html"), LABELS);

  /** Right name, wrong province, one table number right (5.0 for 5), one missed, one unexpected. */
  private static final ReportRecord EXTRACTED = record("长沙市民政局", "湖北省",
      Map.of("requests_received", new BigDecimal("5.0"), "proactive_items", new BigDecimal("1200"),
          "denied", new BigDecimal("2")));

  private final AccuracyReport report = AccuracyReport.measure(List.of(LABELLED), labelled -> EXTRACTED);

  @Test
  void countsEachFieldAsTruePositiveFalsePositiveOrFalseNegative() {
    assertEquals(new FieldTally(1, 1, 0, 0), report.field("requests_received"));
    assertEquals(new FieldTally(1, 0, 0, 1), report.field("granted"));
    assertEquals(new FieldTally(0, 0, 1, 0), report.field("denied"));
    assertEquals(new FieldTally(1, 1, 0, 0), report.field("agency_name"));
    assertEquals(new FieldTally(1, 0, 1, 1), report.field("province"), "a wrong value is an FP and an FN");
    assertEquals(new FieldTally(0, 0, 0, 0), report.field("county"), "both absent: nothing to count");
  }

  @Test
  void splitsLabelledNumbersIntoTableAndProseAndCountsUnexpectedOnesOnlyInAllNumbers() {
    assertEquals(new FieldTally(2, 1, 0, 1), report.tableNumbers());
    assertEquals(new FieldTally(1, 1, 0, 0), report.proseNumbers());
    assertEquals(new FieldTally(3, 2, 1, 1), report.allNumbers());
    assertEquals(0.5, report.tableNumbers().recall());
    assertEquals(1.0, report.tableNumbers().precision());
    assertEquals(2.0 / 3, report.allNumbers().precision());
    assertEquals(2.0 / 3, report.allNumbers().recall());
  }

  @Test
  void totalsTheIdentityFields() {
    // Eight identity fields are labelled (county and township are null); the extracted record has
    // only agency_name (right) and province (wrong).
    assertEquals(new FieldTally(8, 1, 1, 7), report.identityTotal());
  }

  @Test
  void listsEveryMismatchOnceWithBothValues() {
    String file = "041_changsha-civil-affairs-2019.html";
    assertEquals(List.of(
        new Mismatch(file, "agency_type", FieldKind.IDENTITY, "civil_affairs", null),
        new Mismatch(file, "level", FieldKind.IDENTITY, "city", null),
        new Mismatch(file, "province", FieldKind.IDENTITY, "湖南省", "湖北省"),
        new Mismatch(file, "city", FieldKind.IDENTITY, "长沙市", null),
        new Mismatch(file, "division_code", FieldKind.IDENTITY, "430100", null),
        new Mismatch(file, "year", FieldKind.IDENTITY, "2019", null),
        new Mismatch(file, "template", FieldKind.IDENTITY, "2019", null),
        new Mismatch(file, "granted", FieldKind.TABLE_NUMBER, "3", null),
        new Mismatch(file, "denied", FieldKind.UNEXPECTED_NUMBER, null, "2")),
        report.mismatches());
    assertEquals(List.of(new Mismatch(file, "denied", FieldKind.UNEXPECTED_NUMBER, null, "2")),
        report.mismatches(FieldKind.UNEXPECTED_NUMBER));
  }

  @Test
  void scoresFieldsWithNothingToCountAsFullAndFormatsThemAsDashes() {
    assertEquals(1.0, FieldTally.EMPTY.precision());
    assertEquals(1.0, FieldTally.EMPTY.recall());
    String formatted = AccuracyReportFormatter.format(report);
    assertEquals(true, formatted.contains(String.format(
        "%-44s %8s %6s %6s %6s %10s %8s", "denied", 0, 0, 1, 0, "0.0%", "-")), formatted);
    assertEquals(true, formatted.contains(
        "  041_changsha-civil-affairs-2019.html  granted (table number)  expected=3  extracted=(absent)"), formatted);
  }

  private static ReportRecord record(String agencyName, String province, Map<String, BigDecimal> metrics) {
    return new ReportRecord("041_changsha-civil-affairs-2019.html", null, null, 0, "UTF-8", agencyName,
        null, null, province, null, null, null, null, null, null, null, metrics, Map.of(), Map.of(),
        List.of(), null, null);
  }
}
