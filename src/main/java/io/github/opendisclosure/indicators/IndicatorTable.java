package io.github.opendisclosure.indicators;

import io.github.opendisclosure.lakehouse.DefinedTable;
import io.github.opendisclosure.lakehouse.TableDefinition;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta tables {@code jobs/indicators} writes, each a folder under the lakehouse root next to
 * the reports table, created with an explicit schema and the Change Data Feed on.
 */
public enum IndicatorTable implements DefinedTable {

  /** One row per agency and year: every indicator, its change from the year before, region, level and kind. */
  AGENCY_YEAR("agency_year_indicators",
      "One row per agency and year: every indicator and its year-on-year change, with region, level and kind of office",
      AgencyYearIndicators.schema(), List.of("year")),

  /** Per year, province, city and county, with the province and national roll-ups. */
  REGION_YEAR("region_year_indicators",
      "Per year x province x city x county with province and national roll-ups: agencies, sums, medians, rates from sums",
      GroupIndicators.schema(IndicatorGrouping.REGION), List.of("year")),

  /** Per year, level and kind of office, with their roll-ups. */
  LEVEL_TYPE_YEAR("level_type_year_indicators",
      "Per year x level x kind of office with their roll-ups: agencies, sums, medians, rates from sums",
      GroupIndicators.schema(IndicatorGrouping.LEVEL_AND_TYPE), List.of("year")),

  /** One row per run that wrote the tables above: the reports-table version they reflect. */
  STATE("indicator_state",
      "One row per indicators run that wrote: the reports version it read and the years it recomputed",
      new StructType()
          .add(TableColumns.field("reports_version", DataTypes.LongType, false,
              "Version of the reports table the indicator tables now reflect"))
          .add(TableColumns.field("full_rebuild", DataTypes.BooleanType, false,
              "Whether every year was recomputed"))
          .add(TableColumns.field("years", DataTypes.createArrayType(DataTypes.IntegerType, true), false,
              "The years recomputed"))
          .add(TableColumns.field("computed_at", DataTypes.TimestampType, false, "When the run wrote")),
      List.of());

  private final TableDefinition definition;

  IndicatorTable(String tableName, String comment, StructType schema, List<String> partitionColumns) {
    this.definition = new TableDefinition(tableName, comment, schema, partitionColumns);
  }

  @Override
  public TableDefinition definition() {
    return definition;
  }
}
