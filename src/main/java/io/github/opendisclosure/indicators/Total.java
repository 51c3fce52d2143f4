package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;

import io.github.opendisclosure.extract.MetricUnit;
import io.github.opendisclosure.extract.ReportMetric;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A count for one agency (requests, staff, items). A group shows its sum, its mean per agency, and
 * its median and quartiles, since a few large offices make the mean of a count mislead; all over the
 * agencies that state it.
 */
public final class Total implements IndicatorFormula {

  private final MetricTerm term;

  private Total(MetricTerm term) {
    this.term = term;
  }

  /** A count made of count metrics; money would need a decimal type and is no such count. */
  public static Total of(MetricTerm term) {
    if (term.inputs().stream().anyMatch(metric -> metric.unit() != MetricUnit.COUNT)) {
      throw new IllegalArgumentException("A total adds counts only: " + term.formula());
    }
    return new Total(term);
  }

  @Override
  public Column agencyValue() {
    return term.column();
  }

  @Override
  public DataType agencyValueType() {
    return DataTypes.LongType;
  }

  @Override
  public String formula() {
    return term.formula();
  }

  @Override
  public List<ReportMetric> inputs() {
    return term.inputs();
  }

  @Override
  public String aggregation() {
    return "sum";
  }

  @Override
  public List<GroupColumn> groupColumns(String name) {
    Column value = term.column();
    // The three as one aggregate: Spark computes an aggregate that several columns read only once, and
    // an exact percentile holds every value of its group, three times over when asked three times.
    Column quartiles = percentile(value, array(lit(0.25), lit(0.5), lit(0.75)));
    return List.of(
        new GroupColumn(name + "_sum", DataTypes.LongType,
            "Sum of " + name + " over the agencies that state it", sum(value)),
        GroupColumn.agencies(name, value.isNotNull()),
        GroupColumn.coverage(name, value.isNotNull()),
        new GroupColumn(name + "_per_agency", DataTypes.DoubleType,
            "Mean of " + name + " per agency that states it", avg(value)),
        new GroupColumn(name + "_median", DataTypes.DoubleType,
            "Median of " + name + " (exact, interpolated)", element_at(quartiles, 2)),
        new GroupColumn(name + "_p25", DataTypes.DoubleType,
            "First quartile of " + name + " (exact, interpolated)", element_at(quartiles, 1)),
        new GroupColumn(name + "_p75", DataTypes.DoubleType,
            "Third quartile of " + name + " (exact, interpolated)", element_at(quartiles, 3)));
  }

  @Override
  public String groupHeadline(String name) {
    return name + "_sum";
  }
}
