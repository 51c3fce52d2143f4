package io.github.opendisclosure.extract.accuracy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link AccuracyReport} as plain-text tables for people. */
public final class AccuracyReportFormatter {

  private static final String ROW = "%-44s %8s %6s %6s %6s %10s %8s%n";
  private static final String ABSENT = "(absent)";

  private AccuracyReportFormatter() {}

  /** The per-field table, the totals and the mismatches. */
  public static String format(AccuracyReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Accuracy over %d labelled reports%n%n", report.reportCount()));
    out.append(header());
    appendRows(out, report.identityFields());
    appendRows(out, report.metricFields());
    out.append(String.format("%nTotals%n"));
    out.append(header());
    out.append(row("identity fields", report.identityTotal()));
    out.append(row("table numbers", report.tableNumbers()));
    out.append(row("prose numbers", report.proseNumbers()));
    out.append(row("all numbers (incl. unexpected values)", report.allNumbers()));
    out.append(String.format("%nMismatches (%d)%n", report.mismatches().size()));
    out.append(mismatches(report.mismatches()));
    return out.toString();
  }

  /** One line per mismatch: file, field, kind, expected value, extracted value. */
  public static String mismatches(List<Mismatch> mismatches) {
    StringBuilder out = new StringBuilder();
    for (Mismatch mismatch : mismatches) {
      out.append(String.format("  %s  %s (%s)  expected=%s  extracted=%s%n", mismatch.file(), mismatch.field(),
          mismatch.kind().label(), valueOrAbsent(mismatch.expected()), valueOrAbsent(mismatch.extracted())));
    }
    return out.toString();
  }

  private static void appendRows(StringBuilder out, Map<String, FieldTally> tallies) {
    tallies.forEach((field, tally) -> out.append(row(field, tally)));
  }

  private static String header() {
    return String.format(ROW, "field", "expected", "TP", "FP", "FN", "precision", "recall");
  }

  private static String row(String label, FieldTally tally) {
    return String.format(ROW, label, tally.expected(), tally.truePositives(), tally.falsePositives(),
        tally.falseNegatives(),
        tally.hasExtractions() ? percent(tally.precision()) : "-",
        tally.expected() > 0 ? percent(tally.recall()) : "-");
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  private static String valueOrAbsent(String value) {
    return value == null ? ABSENT : value;
  }
}
