package io.github.opendisclosure.indicators;

import java.util.List;

/**
 * What one indicators run did.
 *
 * @param reportsVersion the reports-table version the indicator tables now reflect
 * @param mode incremental, or why every year was recomputed
 * @param years the years recomputed; empty when nothing changed
 * @param reportsRead reports-table rows read (the years recomputed and the years before them)
 * @param agencyYearRows rows written to agency_year_indicators
 * @param regionRows rows written to region_year_indicators
 * @param levelTypeRows rows written to level_type_year_indicators
 */
public record IndicatorRefreshResult(long reportsVersion, Mode mode, List<Integer> years, long reportsRead,
    long agencyYearRows, long regionRows, long levelTypeRows) {

  /** Whether the run recomputed only what changed, or everything and why. */
  public enum Mode {
    INCREMENTAL("incremental"),
    FULL_REQUESTED("full rebuild (--full)"),
    FIRST_RUN("full rebuild (first run)"),
    TABLES_OUTDATED("full rebuild (a table was missing or its columns changed)"),
    REPORTS_REPLACED("full rebuild (the reports table is older than the last run)");

    private final String description;

    Mode(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  static IndicatorRefreshResult unchanged(long reportsVersion) {
    return new IndicatorRefreshResult(reportsVersion, Mode.INCREMENTAL, List.of(), 0, 0, 0, 0);
  }

  public boolean changedAnything() {
    return mode != Mode.INCREMENTAL || !years.isEmpty();
  }

  /** One line for people. */
  public String describe() {
    if (!changedAnything()) {
      return "indicators: unchanged, up to date with reports version " + reportsVersion;
    }
    return String.format("indicators: %s from reports version %d, years %s: %d agency-years, %d region groups,"
        + " %d level/type groups", mode.description(), reportsVersion, years, agencyYearRows, regionRows, levelTypeRows);
  }
}
