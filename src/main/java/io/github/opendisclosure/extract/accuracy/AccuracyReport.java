package io.github.opendisclosure.extract.accuracy;

import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How well the extractor's records match the labels of a labelled set: a {@link FieldTally} per
 * identity field and per metric key, totals, and every mismatch.
 *
 * <p>Numbers are split by where the report states them: table numbers (read from a well-formed
 * table) and prose numbers (the labels' {@code prose_keys}), because the two are held to different
 * standards. A value extracted where the labels expect none belongs to neither; it counts against
 * the precision of all numbers only.
 */
public final class AccuracyReport {

  /** Metric keys in catalog order, so that related rows stay together in the printed table. */
  private static final Comparator<String> CATALOG_ORDER = Comparator
      .comparingInt((String key) -> ReportMetric.forKey(key).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
      .thenComparing(Comparator.naturalOrder());

  private final int reportCount;
  private final Map<String, FieldTally> identityFields;
  private final Map<String, FieldTally> metricFields;
  private final Map<FieldKind, FieldTally> kindTotals;
  private final List<Mismatch> mismatches;

  private AccuracyReport(int reportCount, Map<String, FieldTally> identityFields,
      Map<String, FieldTally> metricFields, Map<FieldKind, FieldTally> kindTotals, List<Mismatch> mismatches) {
    this.reportCount = reportCount;
    this.identityFields = Collections.unmodifiableMap(identityFields);
    this.metricFields = Collections.unmodifiableMap(metricFields);
    this.kindTotals = Collections.unmodifiableMap(kindTotals);
    this.mismatches = List.copyOf(mismatches);
  }

  /** Runs the extractor on every report of the set, reading each file as the extract job would. */
  public static AccuracyReport measure(List<LabelledReport> labelledSet, ReportExtractor extractor) {
    return measure(labelledSet, labelled -> extractor.extract(labelled.readDocument()));
  }

  /** Extracts every report of the set with {@code extractor} and compares each record with its labels. */
  public static AccuracyReport measure(
      List<LabelledReport> labelledSet, Function<LabelledReport, ReportRecord> extractor) {
    Map<String, FieldTally> identityFields = new LinkedHashMap<>();
    Map<String, FieldTally> metricFields = new TreeMap<>(CATALOG_ORDER);
    Map<FieldKind, FieldTally> kindTotals = new EnumMap<>(FieldKind.class);
    List<Mismatch> mismatches = new ArrayList<>();

    for (LabelledReport labelled : labelledSet) {
      ExpectedRecord labels = labelled.expected();
      ReportRecord record = extractor.apply(labelled);

      for (IdentityField field : IdentityField.values()) {
        Object expected = field.expected(labels);
        Object extracted = field.extracted(record);
        FieldTally tally = FieldTally.of(expected, extracted, Objects.equals(expected, extracted));
        identityFields.merge(field.key(), tally, FieldTally::plus);
        kindTotals.merge(FieldKind.IDENTITY, tally, FieldTally::plus);
        addMismatch(mismatches, labelled, field.key(), FieldKind.IDENTITY, tally, expected, extracted);
      }

      Map<String, BigDecimal> extractedMetrics = record.metrics() == null ? Map.of() : record.metrics();
      TreeSet<String> keys = new TreeSet<>(CATALOG_ORDER);
      keys.addAll(labels.metrics().keySet());
      keys.addAll(extractedMetrics.keySet());
      for (String key : keys) {
        BigDecimal expected = labels.metrics().get(key);
        BigDecimal extracted = extractedMetrics.get(key);
        // compareTo, not equals: 5 and 5.0 are the same number of requests.
        boolean matches = expected != null && extracted != null && expected.compareTo(extracted) == 0;
        FieldTally tally = FieldTally.of(expected, extracted, matches);
        FieldKind kind = expected == null ? FieldKind.UNEXPECTED_NUMBER
            : labels.isProse(key) ? FieldKind.PROSE_NUMBER : FieldKind.TABLE_NUMBER;
        metricFields.merge(key, tally, FieldTally::plus);
        kindTotals.merge(kind, tally, FieldTally::plus);
        addMismatch(mismatches, labelled, key, kind, tally, expected, extracted);
      }
    }
    return new AccuracyReport(labelledSet.size(), identityFields, metricFields, kindTotals, mismatches);
  }

  private static void addMismatch(List<Mismatch> mismatches, LabelledReport labelled, String field,
      FieldKind kind, FieldTally tally, Object expected, Object extracted) {
    if (tally.isMismatch()) {
      mismatches.add(new Mismatch(labelled.fileName(), field, kind, display(expected), display(extracted)));
    }
  }

  private static String display(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value == null ? null : value.toString();
  }

  public int reportCount() {
    return reportCount;
  }

  /** Tallies of the identity fields, in {@link IdentityField} order. */
  public Map<String, FieldTally> identityFields() {
    return identityFields;
  }

  /** Tallies of every metric key expected or extracted anywhere in the set, in catalog order. */
  public Map<String, FieldTally> metricFields() {
    return metricFields;
  }

  /** The tally of one identity field or metric key; empty where no report has it. */
  public FieldTally field(String key) {
    return identityFields.getOrDefault(key, metricFields.getOrDefault(key, FieldTally.EMPTY));
  }

  private FieldTally total(FieldKind kind) {
    return kindTotals.getOrDefault(kind, FieldTally.EMPTY);
  }

  /** All identity fields together. */
  public FieldTally identityTotal() {
    return total(FieldKind.IDENTITY);
  }

  /** The labelled numbers read from well-formed tables. */
  public FieldTally tableNumbers() {
    return total(FieldKind.TABLE_NUMBER);
  }

  /** The labelled numbers stated only in prose. */
  public FieldTally proseNumbers() {
    return total(FieldKind.PROSE_NUMBER);
  }

  /** Every number, including those extracted where the labels expect none. */
  public FieldTally allNumbers() {
    return tableNumbers().plus(proseNumbers()).plus(total(FieldKind.UNEXPECTED_NUMBER));
  }

  /** Every wrong, missing or unexpected value, in file order. */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  /** The mismatches of one kind of value. */
  public List<Mismatch> mismatches(FieldKind kind) {
    return mismatches.stream().filter(mismatch -> mismatch.kind() == kind).toList();
  }
}
