package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;

/**
 * How a group table groups the agency-years of a year: the grouping sets, and the {@code scope}
 * column that names each set, so that a roll-up row (its keys NULL because they were rolled up) is
 * never mistaken for a group of agencies whose division or kind is unknown (keys NULL in the data).
 */
public enum IndicatorGrouping {

  /**
   * ROLLUP(province, city, county): scopes {@code county}, {@code city}, {@code province} and
   * {@code national}. A {@code county} row with a NULL county holds the agencies of the city itself.
   */
  REGION(List.of("province", "city", "county"),
      "county, city, province or national (ROLLUP of province, city, county)") {
    @Override
    RelationalGroupedDataset groupByYear(Dataset<Row> agencyYears) {
      return agencyYears.rollup(col("year"), col("province"), col("city"), col("county"));
    }

    @Override
    Column scope() {
      return when(grouping("province").equalTo(1), lit("national"))
          .when(grouping("city").equalTo(1), lit("province"))
          .when(grouping("county").equalTo(1), lit("city"))
          .otherwise(lit("county"));
    }
  },

  /**
   * CUBE(level, agency_type): scopes {@code level_and_agency_type}, {@code level},
   * {@code agency_type} and {@code all}.
   */
  LEVEL_AND_TYPE(List.of("level", "agency_type"),
      "level_and_agency_type, level, agency_type or all (CUBE of level, agency_type)") {
    @Override
    RelationalGroupedDataset groupByYear(Dataset<Row> agencyYears) {
      return agencyYears.cube(col("year"), col("level"), col("agency_type"));
    }

    @Override
    Column scope() {
      Column byLevel = grouping("level").equalTo(0);
      Column byType = grouping("agency_type").equalTo(0);
      return when(byLevel.and(byType), lit("level_and_agency_type"))
          .when(byLevel, lit("level"))
          .when(byType, lit("agency_type"))
          .otherwise(lit("all"));
    }
  };

  private final List<String> keys;
  private final String scopes;

  IndicatorGrouping(List<String> keys, String scopes) {
    this.keys = keys;
    this.scopes = scopes;
  }

  /** The group columns besides {@code year} and {@code scope}. */
  public List<String> keys() {
    return keys;
  }

  /** The values of {@code scope}, in words. */
  public String scopes() {
    return scopes;
  }

  /**
   * The grouping sets, each with {@code year}. Spark's ROLLUP and CUBE also build sets without
   * {@code year}; {@link #isPerYear()} tells them apart so they can be dropped.
   */
  abstract RelationalGroupedDataset groupByYear(Dataset<Row> agencyYears);

  /** An aggregate-time expression: the name of the grouping set a row belongs to. */
  abstract Column scope();

  /** An aggregate-time expression: whether the row's grouping set keeps the year. */
  Column isPerYear() {
    return grouping("year").equalTo(0);
  }
}
