package io.github.opendisclosure.publish;

import java.util.Iterator;
import java.util.List;

/**
 * What a dashboard shows, read from fixed versions of the lakehouse's tables: the tables with the versions
 * read, the rubric of the scores, and two tables in a fixed order, so the same versions give the same files:
 * one row per agency-year (the columns of {@link DashboardColumn#ALL}) and the evidence behind each stated
 * number ({@link #EVIDENCE_COLUMNS}).
 *
 * <p>The rows themselves are not held here: a country has 100,000 agency-years and a million pieces of
 * evidence, more than a driver's heap should hold. Each table is a {@link Rows} that reads them afresh,
 * one at a time, when opened; and a publish that finds the export already written opens neither.
 *
 * @param agencyYears by year, province (unknown last), agency name (unknown last) and agency key
 * @param evidence by year, agency key and metric
 */
public record DashboardData(List<SourceTable> sources, String rubric, Rows agencyYears, Rows evidence) {

  /** The columns of the evidence table, in order. */
  public static final List<String> EVIDENCE_COLUMNS = List.of("year", "agency_key", "metric", "evidence");

  /** When the newest source version was committed: the data's as-of time. */
  public String asOf() {
    return sources.stream().map(SourceTable::committedAt).max(String::compareTo).orElse("");
  }

  /**
   * The rows of one table in the table's order, each a list of values in the table's column order: text,
   * a number, or null.
   */
  @FunctionalInterface
  public interface Rows {

    /** Reads the rows from the first; every call reads them again (from Spark, a query streamed to the driver). */
    Iterator<List<Object>> open();

    /** Rows held in memory: for tests and small tables. */
    static Rows of(List<List<Object>> rows) {
      List<List<Object>> held = List.copyOf(rows);
      return held::iterator;
    }
  }
}
