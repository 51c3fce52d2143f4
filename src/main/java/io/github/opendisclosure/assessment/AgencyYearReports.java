package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.col;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.indicators.Indicator;
import io.github.opendisclosure.indicators.IndicatorTable;
import io.github.opendisclosure.indicators.IndicatorTables;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * The agency-years to assess, read from the lakehouse: each report of {@code reports} with its
 * indicators from {@code agency_year_indicators} (the values the indicators job computed, not computed
 * a second time here), and an unpublished agency-year for every office that reported the year before
 * but not this year. Offices that never reported are not in the lakehouse and cannot be listed.
 */
public final class AgencyYearReports {

  private AgencyYearReports() {}

  /**
   * The published agency-years of {@code years} and of the year before each (of one province when
   * {@code province} is given): each report with its indicators, prefixed {@code indicator_}.
   */
  public static Dataset<Row> published(Lakehouse lakehouse, Collection<Integer> years, Optional<String> province) {
    IndicatorTables indicatorTables = requireTables(lakehouse);
    Set<Integer> withPreviousYears = new TreeSet<>(years);
    years.forEach(year -> withPreviousYears.add(year - 1));
    Dataset<Row> reports = lakehouse.read(LakehouseTable.REPORTS).where(col("year").isin(withPreviousYears.toArray()));
    if (province.isPresent()) {
      reports = reports.where(col("province").equalTo(province.get()));
    }
    List<Column> indicatorColumns = new ArrayList<>(List.of(col("agency_key"), col("year")));
    for (Indicator indicator : Indicator.values()) {
      indicatorColumns.add(col(indicator.columnName()).as("indicator_" + indicator.columnName()));
    }
    Dataset<Row> indicators = indicatorTables.read(IndicatorTable.AGENCY_YEAR).select(indicatorColumns.toArray(Column[]::new));
    return reports.join(indicators, JavaConverters.asScalaBuffer(List.of("agency_key", "year")).toSeq(), "left");
  }

  /**
   * Refuses to assess a year, or a province in it, that has no report: that would score nobody, or
   * only the offices that reported the year before, all as unpublished and tied. Far more often than an
   * assessment before the reports are in, that is a mistyped year or province name.
   */
  public static void requireReports(Lakehouse lakehouse, Collection<Integer> years, Optional<String> province) {
    requireTables(lakehouse);
    List<Row> reported = lakehouse.read(LakehouseTable.REPORTS).select("year", "province").distinct().collectAsList();
    Set<Integer> reportYears = new TreeSet<>();
    reported.forEach(row -> reportYears.add(row.getInt(0)));
    Set<Integer> withoutReports = new TreeSet<>(years);
    withoutReports.removeAll(reportYears);
    if (!withoutReports.isEmpty()) {
      throw new JobUserError("No reports of " + yearsText(withoutReports) + " in the lakehouse; it has reports of "
          + (reportYears.isEmpty() ? "no year" : yearsText(reportYears)));
    }
    if (province.isPresent()) {
      Set<Integer> provinceYears = new TreeSet<>();
      Set<String> provinces = new TreeSet<>();
      for (Row row : reported) {
        if (years.contains(row.getInt(0)) && !row.isNullAt(1)) {
          provinces.add(row.getString(1));
          if (row.getString(1).equals(province.get())) {
            provinceYears.add(row.getInt(0));
          }
        }
      }
      Set<Integer> missing = new TreeSet<>(years);
      missing.removeAll(provinceYears);
      if (!missing.isEmpty()) {
        throw new JobUserError("No reports of " + province.get() + " in " + yearsText(missing)
            + "; the provinces with reports then: " + String.join(", ", provinces));
      }
    }
  }

  private static String yearsText(Set<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static IndicatorTables requireTables(Lakehouse lakehouse) {
    IndicatorTables indicatorTables = new IndicatorTables(lakehouse);
    if (!DeltaTable.isDeltaTable(lakehouse.spark(), lakehouse.pathOf(LakehouseTable.REPORTS))
        || !indicatorTables.exists(IndicatorTable.AGENCY_YEAR)) {
      throw new JobUserError("The lakehouse " + lakehouse.root() + " has no reports or agency_year_indicators table;"
          + " run jobs/pipeline (or jobs/ingest and jobs/indicators) first");
    }
    return indicatorTables;
  }

  /**
   * For each office of {@code published} with a report the year before and none in the year, of
   * {@code years}: the earlier report's identity, for the year ({@link #unpublishedFromRow} reads it).
   */
  public static Dataset<Row> unpublished(Dataset<Row> published, Collection<Integer> years) {
    Dataset<Row> reportedAYearBefore = published.select(col("agency_key"), col("year").plus(1).as("year"),
            col("agency_name"), col("agency_type"), col("level"), col("province"), col("city"), col("county"),
            col("division_code"), col("source_path"))
        .where(col("year").isin(years.toArray()));
    return reportedAYearBefore.join(published.select("agency_key", "year"),
        JavaConverters.asScalaBuffer(List.of("agency_key", "year")).toSeq(), "left_anti");
  }

  /** A row of {@link #unpublished}: the agency-year without a report, with last year's identity and source path. */
  static AgencyYearReport unpublishedFromRow(Row row) {
    return new AgencyYearReport(row.getAs("agency_key"), row.<Integer>getAs("year"), row.getAs("agency_name"),
        row.getAs("agency_type"), row.getAs("level"), row.getAs("province"), row.getAs("city"), row.getAs("county"),
        row.getAs("division_code"), null, false, Map.of(), Map.of(), Map.of(), List.of(), row.getAs("source_path"));
  }

  /** A row of {@link #published}: the report with its metrics, indicators, evidence and issues. */
  static AgencyYearReport fromRow(Row row) {
    Map<String, Number> metrics = new LinkedHashMap<>();
    for (ReportMetric metric : ReportMetric.values()) {
      Object value = row.getAs(metric.key());
      if (value != null) {
        metrics.put(metric.key(), (Number) value);
      }
    }
    Map<String, Double> indicators = new LinkedHashMap<>();
    for (Indicator indicator : Indicator.values()) {
      Object value = row.getAs("indicator_" + indicator.columnName());
      if (value != null) {
        indicators.put(indicator.columnName(), ((Number) value).doubleValue());
      }
    }
    Map<String, String> evidence = row.isNullAt(row.fieldIndex("evidence")) ? Map.of()
        : row.<String, String>getJavaMap(row.fieldIndex("evidence"));
    List<AgencyYearReport.Issue> issues = row.<Row>getList(row.fieldIndex("issues")).stream()
        .map(issue -> new AgencyYearReport.Issue(issue.getString(0), issue.getString(1))).toList();
    return new AgencyYearReport(row.getAs("agency_key"), row.<Integer>getAs("year"), row.getAs("agency_name"),
        row.getAs("agency_type"), row.getAs("level"), row.getAs("province"), row.getAs("city"), row.getAs("county"),
        row.getAs("division_code"), row.getAs("template"), true, metrics, indicators, Map.copyOf(evidence), issues,
        row.getAs("source_path"));
  }
}
