package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.avg;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A yes-or-no about an agency, as 1 or 0 (null when its report does not say). A group's value is the
 * share of its agencies for which it holds, among those whose report says.
 */
public final class Share implements IndicatorFormula {

  private final MetricTerm flag;

  private Share(MetricTerm flag) {
    this.flag = flag;
  }

  /** The share of agencies whose flag is 1; the flag is 1, 0 or null for each agency. */
  public static Share ofAgencies(MetricTerm flag) {
    return new Share(flag);
  }

  @Override
  public Column agencyValue() {
    return flag.column();
  }

  @Override
  public DataType agencyValueType() {
    return DataTypes.DoubleType;
  }

  @Override
  public String formula() {
    return flag.formula();
  }

  @Override
  public List<ReportMetric> inputs() {
    return flag.inputs();
  }

  @Override
  public String aggregation() {
    return "share_of_agencies";
  }

  @Override
  public List<GroupColumn> groupColumns(String name) {
    Column known = flag.column().isNotNull();
    return List.of(
        // avg skips nulls: the flags' sum over the number of agencies that state the input.
        new GroupColumn(name, DataTypes.DoubleType,
            "Share of the agencies stating the input for which it holds: " + formula(), avg(flag.column())),
        GroupColumn.agencies(name, known),
        GroupColumn.coverage(name, known));
  }

  @Override
  public String groupHeadline(String name) {
    return name;
  }
}
