package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** One column of a group table: its name, type and comment, and the aggregate that computes it. */
public record GroupColumn(String name, DataType type, String comment, Column aggregate) {

  /** How many of the group's agencies state every input of the indicator. */
  static GroupColumn agencies(String indicatorName, Column known) {
    return new GroupColumn(indicatorName + "_agencies", DataTypes.LongType,
        "Agencies behind " + indicatorName + ": those whose report states every input",
        count(when(known, lit(1))));
  }

  /** The share of the group's reporting agencies that state every input of the indicator. */
  static GroupColumn coverage(String indicatorName, Column known) {
    return new GroupColumn(indicatorName + "_coverage_rate", DataTypes.DoubleType,
        "Share of the reporting agencies behind " + indicatorName,
        count(when(known, lit(1))).divide(count(lit(1))));
  }
}
