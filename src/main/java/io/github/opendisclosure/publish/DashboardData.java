package io.github.opendisclosure.publish;

import java.util.List;
import java.util.Map;

/**
 * What a dashboard shows, read from fixed versions of the lakehouse's tables: one row per agency-year
 * (the columns of {@link DashboardColumn}, in order), the evidence behind each stated number, the
 * rubric of the scores and the tables with the versions read. Rows are in a fixed order, so the same
 * versions give the same files.
 *
 * @param agencyYears by year, province, agency name and key; each map in {@link DashboardColumn#ALL}'s order
 * @param evidence by year, agency key and metric: {@code year, agency_key, metric, evidence}
 */
public record DashboardData(List<SourceTable> sources, String rubric, List<Map<String, Object>> agencyYears,
    List<Map<String, Object>> evidence) {

  /** When the newest source version was committed: the data's as-of time. */
  public String asOf() {
    return sources.stream().map(SourceTable::committedAt).max(String::compareTo).orElse("");
  }
}
