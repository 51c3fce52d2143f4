package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;

import io.github.opendisclosure.lakehouse.ReportColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The agency-year table: one row per agency and year, with its region, level and kind of office,
 * every {@link Indicator} and each one's change from the agency's previous year. The agency is its
 * {@code agency_key}, which stays the same across renames when the division and kind of office match.
 */
public final class AgencyYearIndicators {

  /** The reports table's columns that identify the agency-year and say where and what the agency is. */
  static final List<String> IDENTITY_COLUMNS = List.of("agency_key", "year", "agency_name", "agency_type", "level",
      "province", "city", "county", "township", "division_code", "template", "known_metrics");

  private AgencyYearIndicators() {}

  public static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String name : IDENTITY_COLUMNS) {
      fields.add(ReportColumns.SCHEMA.apply(name));
    }
    for (Indicator indicator : Indicator.values()) {
      IndicatorFormula formula = indicator.formula();
      String name = indicator.columnName();
      fields.add(TableColumns.field(name, formula.agencyValueType(), true,
          indicator.label() + ": " + formula.formula()));
      fields.add(TableColumns.field(name + YearOnYear.SUFFIX, formula.agencyValueType(), true,
          "Change of " + name + " from the agency's previous year"));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * The indicators of every agency-year of {@code reports}. A year's changes are computed only when
   * {@code reports} holds the year before too; otherwise they are null.
   */
  public static Dataset<Row> compute(Dataset<Row> reports) {
    List<Column> columns = new ArrayList<>();
    IDENTITY_COLUMNS.forEach(name -> columns.add(col(name)));
    Arrays.stream(Indicator.values())
        .forEach(indicator -> columns.add(indicator.formula().agencyValue().as(indicator.columnName())));
    Dataset<Row> values = reports.select(columns.toArray(Column[]::new));
    List<String> indicatorNames = Arrays.stream(Indicator.values()).map(Indicator::columnName).toList();
    return TableColumns.conform(YearOnYear.withChanges(values, List.of("agency_key"), indicatorNames), schema());
  }
}
