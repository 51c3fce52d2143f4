package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A group table: per year and group of an {@link IndicatorGrouping}, the reporting agencies, every
 * {@link Indicator} by its kind's group rule with the agencies behind it, its change from the
 * group's previous year, and the share of the group's reports that state each metric.
 */
public final class GroupIndicators {

  static final String REPORTING_AGENCIES = "reporting_agencies";
  static final String KNOWN_RATE_SUFFIX = "_known_rate";

  private static final String PER_YEAR = "per_year";

  private GroupIndicators() {}

  public static StructType schema(IndicatorGrouping grouping) {
    List<StructField> fields = new ArrayList<>();
    fields.add(TableColumns.field("year", DataTypes.IntegerType, false, "The year the reports cover"));
    fields.add(TableColumns.field("scope", DataTypes.StringType, false,
        "Which grouping the row is: " + grouping.scopes()));
    for (String key : grouping.keys()) {
      fields.add(TableColumns.field(key, DataTypes.StringType, true,
          "The group's " + key + "; NULL when rolled up (see scope) or unknown"));
    }
    fields.add(TableColumns.field(REPORTING_AGENCIES, DataTypes.LongType, false,
        "Reports found: agencies with a report for the year"));
    for (Indicator indicator : Indicator.values()) {
      String name = indicator.columnName();
      for (GroupColumn column : indicator.formula().groupColumns(name)) {
        fields.add(TableColumns.field(column.name(), column.type(), true, column.comment()));
      }
      String headline = indicator.formula().groupHeadline(name);
      fields.add(TableColumns.field(headline + YearOnYear.SUFFIX, typeOf(indicator, headline), true,
          "Change of " + headline + " from the group's previous year"));
    }
    for (ReportMetric metric : ReportMetric.values()) {
      fields.add(TableColumns.field(metric.key() + KNOWN_RATE_SUFFIX, DataTypes.DoubleType, false,
          "Share of the reports that state " + metric.key()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * The group rows of every year of {@code reports}. A year's changes are computed only when
   * {@code reports} holds the year before too; otherwise they are null.
   */
  public static Dataset<Row> compute(Dataset<Row> reports, IndicatorGrouping grouping) {
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(count(lit(1)).as(REPORTING_AGENCIES));
    List<String> headlines = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      String name = indicator.columnName();
      indicator.formula().groupColumns(name).forEach(column -> aggregates.add(column.aggregate().as(column.name())));
      headlines.add(indicator.formula().groupHeadline(name));
    }
    for (ReportMetric metric : ReportMetric.values()) {
      aggregates.add(count(col(metric.key())).divide(count(lit(1))).as(metric.key() + KNOWN_RATE_SUFFIX));
    }
    aggregates.add(grouping.scope().as("scope"));
    aggregates.add(grouping.isPerYear().as(PER_YEAR));

    Dataset<Row> groups = grouping.groupByYear(reports)
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
        .where(col(PER_YEAR))
        .drop(PER_YEAR);
    List<String> keys = new ArrayList<>();
    keys.add("scope");
    keys.addAll(grouping.keys());
    return TableColumns.conform(YearOnYear.withChanges(groups, keys, headlines), schema(grouping));
  }

  private static DataType typeOf(Indicator indicator, String groupColumn) {
    return indicator.formula().groupColumns(indicator.columnName()).stream()
        .filter(column -> column.name().equals(groupColumn)).findFirst().orElseThrow().type();
  }
}
