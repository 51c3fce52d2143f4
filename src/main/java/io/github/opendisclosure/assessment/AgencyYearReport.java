package io.github.opendisclosure.assessment;

import java.util.List;
import java.util.Map;

/**
 * One agency-year as the rubric sees it: who and where the office is, whether it published a report,
 * and the report's metrics, indicators, evidence and issues. An agency that reported the year before
 * but not this year is {@code published = false}, with last year's identity and source path.
 */
public record AgencyYearReport(String agencyKey, int year, String agencyName, String agencyType, String level,
    String province, String city, String county, String divisionCode, String template, boolean published,
    Map<String, Number> metrics, Map<String, Double> indicators, Map<String, String> evidence, List<Issue> issues,
    String sourcePath) {

  /** An issue the extractor recorded: its code and its message, which quotes the rows concerned. */
  public record Issue(String code, String message) {}
}
