package io.github.opendisclosure.publish;

import java.util.List;

/**
 * A column of the dashboard's agency-year table ({@code agency_years.json} and {@code .csv}): its name,
 * the lakehouse table it is read from, and whether the report states evidence for it.
 */
public record DashboardColumn(String name, Source source) {

  /** Where a column's value comes from. */
  public enum Source {
    /** The reports table: identity, and a metric as the report states it (with its evidence). */
    REPORT_IDENTITY, REPORT_METRIC,
    /** agency_year_indicators: an indicator as the indicators job computed it. */
    INDICATOR,
    /** assessment_scores of the configured rubric; null without an assessment. */
    ASSESSMENT
  }

  /** Every column, in the order of the files. */
  public static final List<DashboardColumn> ALL = List.of(
      identity("year"), identity("agency_key"), identity("agency_name"), identity("agency_type"),
      identity("level"), identity("province"), identity("city"), identity("county"), identity("template"),
      identity("known_metrics"), identity("issues"),
      metric("requests_received"), metric("requests_carried_over"), metric("total_handled"),
      metric("granted"), metric("partially_granted"), metric("denied"), metric("unable_to_provide"),
      metric("not_processed"), metric("other_handled"), metric("completed_total"), metric("completed_on_time"),
      metric("staff_total"), metric("reconsideration_total"), metric("reconsideration_corrected"),
      metric("litigation_total"), metric("litigation_corrected"), metric("proactive_items"),
      indicator("zero_request_rate"), indicator("requests_per_staff"), indicator("on_time_completion_rate"),
      indicator("grant_rate"), indicator("reconsideration_corrected_rate"), indicator("requests_received_yoy_change"),
      assessment("score"), assessment("max_score"), assessment("province_rank"), assessment("province_agencies"));

  public static List<DashboardColumn> of(Source source) {
    return ALL.stream().filter(column -> column.source() == source).toList();
  }

  public static List<String> names() {
    return ALL.stream().map(DashboardColumn::name).toList();
  }

  private static DashboardColumn identity(String name) {
    return new DashboardColumn(name, Source.REPORT_IDENTITY);
  }

  private static DashboardColumn metric(String name) {
    return new DashboardColumn(name, Source.REPORT_METRIC);
  }

  private static DashboardColumn indicator(String name) {
    return new DashboardColumn(name, Source.INDICATOR);
  }

  private static DashboardColumn assessment(String name) {
    return new DashboardColumn(name, Source.ASSESSMENT);
  }
}
