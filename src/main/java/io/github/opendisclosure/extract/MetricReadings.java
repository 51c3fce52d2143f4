package io.github.opendisclosure.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the section readers of one report have found so far: metric values with the text each was
 * read from, the applicant breakdown of the application table, and issues.
 *
 * <p>Readers run tables first, prose last. The first value read for a metric is kept; a later,
 * different value is never silently preferred or dropped: it becomes a
 * {@link IssueCode#CONFLICTING_VALUES} issue that quotes both.
 */
public final class MetricReadings {

  /** The applicant columns of the 2019 and 2021 application table, in the template's order. */
  public static final List<String> APPLICANT_COLUMNS = List.of(
      "natural_person", "commercial_enterprise", "research_institution",
      "social_welfare_organization", "legal_service_organization", "other_organization", "total");

  private final Map<ReportMetric, BigDecimal> values = new EnumMap<>(ReportMetric.class);
  private final Map<ReportMetric, String> evidence = new EnumMap<>(ReportMetric.class);
  private final Map<String, Map<String, Long>> applicantBreakdown = new LinkedHashMap<>();
  private final List<ExtractionIssue> issues = new ArrayList<>();

  public boolean has(ReportMetric metric) {
    return values.containsKey(metric);
  }

  public BigDecimal get(ReportMetric metric) {
    return values.get(metric);
  }

  /** Records a value with the row or sentence it came from. */
  public void put(ReportMetric metric, BigDecimal value, String sourceText) {
    BigDecimal existing = values.get(metric);
    if (metric.unit() == MetricUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
      addIssue(IssueCode.INVALID_VALUE, metric.key() + " counts whole items but reads " + value.toPlainString()
          + " in \"" + sourceText.strip() + "\"; it is left unknown");
      return;
    }
    if (!metric.unit().fitsColumn(value)) {
      addIssue(IssueCode.INVALID_VALUE, metric.key() + " reads " + value.toPlainString() + " in \"" + sourceText.strip()
          + "\", more than any report states; it is left unknown");
      return;
    }
    if (existing == null) {
      values.put(metric, value.stripTrailingZeros().scale() <= 0 ? value.setScale(0) : value);
      evidence.put(metric, sourceText.strip());
    } else if (existing.compareTo(value) != 0) {
      addIssue(IssueCode.CONFLICTING_VALUES, String.format(
          "%s: kept %s from \"%s\", the report also states %s in \"%s\"",
          metric.key(), existing.toPlainString(), evidence.get(metric),
          value.toPlainString(), sourceText.strip()));
    }
  }

  public void put(ReportMetric metric, long value, String sourceText) {
    put(metric, BigDecimal.valueOf(value), sourceText);
  }

  /**
   * Every applicant column of one application-table row (in {@link #APPLICANT_COLUMNS} order), keyed by
   * that row's metric key. A row with a column that is not a whole count the lakehouse holds has no
   * breakdown; the issue names the row.
   */
  public void putApplicantBreakdown(ReportMetric row, List<BigDecimal> columnValues, String sourceText) {
    Map<String, Long> columns = new LinkedHashMap<>();
    for (int column = 0; column < APPLICANT_COLUMNS.size(); column++) {
      BigDecimal value = columnValues.get(column);
      if (value.stripTrailingZeros().scale() > 0 || !MetricUnit.COUNT.fitsColumn(value)) {
        addIssue(IssueCode.INVALID_VALUE, row.key() + " applicant column " + APPLICANT_COLUMNS.get(column) + " reads "
            + value.toPlainString() + " in \"" + sourceText.strip() + "\"; the row's breakdown is left out");
        return;
      }
      columns.put(APPLICANT_COLUMNS.get(column), value.longValue());
    }
    applicantBreakdown.put(row.key(), Collections.unmodifiableMap(columns));
  }

  public void addIssue(IssueCode code, String message) {
    addIssue(ExtractionIssue.of(code, message));
  }

  public void addIssue(ExtractionIssue issue) {
    if (!issues.contains(issue)) {
      issues.add(issue);
    }
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Metric values by key, in catalog order. */
  public Map<String, BigDecimal> metricsByKey() {
    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
    values.forEach((metric, value) -> byKey.put(metric.key(), value));
    return byKey;
  }

  /** Evidence by metric key, in catalog order. */
  public Map<String, String> evidenceByKey() {
    Map<String, String> byKey = new LinkedHashMap<>();
    evidence.forEach((metric, text) -> byKey.put(metric.key(), text));
    return byKey;
  }

  public Map<String, Map<String, Long>> applicantBreakdown() {
    return Collections.unmodifiableMap(applicantBreakdown);
  }

  public List<ExtractionIssue> issues() {
    return Collections.unmodifiableList(issues);
  }
}
