package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A numerator over a denominator, optionally scaled (per 100 requests). A zero or unknown
 * denominator gives null, never NaN or infinity.
 *
 * <p>A group's value is computed from sums, not as a mean of the agencies' ratios: the sum of the
 * numerators over the agencies that state both numerator and denominator, over the sum of the
 * denominators of the same agencies, so a large office weighs as much as its requests.
 */
public final class Ratio implements IndicatorFormula {

  private final MetricTerm numerator;
  private final MetricTerm denominator;
  private final int scale;

  private Ratio(MetricTerm numerator, MetricTerm denominator, int scale) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.scale = scale;
  }

  public static Ratio of(MetricTerm numerator, MetricTerm denominator) {
    return new Ratio(numerator, denominator, 1);
  }

  /** Cases per 100 of the denominator. */
  public static Ratio per100(MetricTerm numerator, MetricTerm denominator) {
    return new Ratio(numerator, denominator, 100);
  }

  @Override
  public Column agencyValue() {
    return divide(numerator.column(), denominator.column());
  }

  @Override
  public DataType agencyValueType() {
    return DataTypes.DoubleType;
  }

  @Override
  public String formula() {
    String scaled = scale == 1 ? "" : scale + " * ";
    return scaled + numerator.operandFormula() + " / " + denominator.operandFormula();
  }

  @Override
  public List<ReportMetric> inputs() {
    return Stream.concat(numerator.inputs().stream(), denominator.inputs().stream()).distinct().toList();
  }

  @Override
  public String aggregation() {
    return "ratio_of_sums";
  }

  @Override
  public List<GroupColumn> groupColumns(String name) {
    Column known = numerator.column().isNotNull().and(denominator.column().isNotNull());
    Column pooled = divide(sum(when(known, numerator.column())), sum(when(known, denominator.column())));
    return List.of(
        new GroupColumn(name, DataTypes.DoubleType,
            "Sum of the numerators over the sum of the denominators, over the agencies stating both: "
                + formula(),
            pooled),
        GroupColumn.agencies(name, known),
        GroupColumn.coverage(name, known));
  }

  @Override
  public String groupHeadline(String name) {
    return name;
  }

  /** The scaled quotient; null when the denominator is 0 or null (no row matches {@code when}). */
  private Column divide(Column top, Column bottom) {
    Column scaled = scale == 1 ? top : lit(scale).multiply(top);
    return when(bottom.notEqual(0), scaled.divide(bottom));
  }
}
