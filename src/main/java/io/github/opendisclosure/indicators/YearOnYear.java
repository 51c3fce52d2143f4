package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Year-on-year change: a value minus the same agency's or group's value of the year before, in the
 * value's own unit (a rate's change is a difference of rates). Null when either year lacks the value,
 * including when there is no row for the year before.
 */
final class YearOnYear {

  static final String SUFFIX = "_yoy_change";

  private YearOnYear() {}

  /**
   * The frame with a {@code <value>_yoy_change} column per value. The frame has one row per
   * {@code keys} and year; rows are matched on {@code keys}, NULL matching NULL so that an unknown
   * region is a group of its own.
   */
  static Dataset<Row> withChanges(Dataset<Row> frame, List<String> keys, List<String> values) {
    // The frame "year - 1 to year - 1" holds exactly the row of the year before, or nothing when that
    // year has no row; partitioning treats NULL keys as equal.
    WindowSpec yearBefore = Window.partitionBy(keys.stream().map(key -> col(key)).toArray(Column[]::new))
        .orderBy(col("year"))
        .rangeBetween(-1, -1);
    List<Column> output = new ArrayList<>();
    for (String name : frame.columns()) {
      output.add(col(name));
    }
    values.forEach(value -> output.add(col(value).minus(first(col(value)).over(yearBefore)).as(value + SUFFIX)));
    return frame.select(output.toArray(Column[]::new));
  }
}
