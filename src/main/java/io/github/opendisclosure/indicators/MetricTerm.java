package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;

/**
 * A value computed from the report metrics of one agency-year: its Spark column, the same in Spark
 * SQL over the reports table's columns, and the metrics it reads. Like the metrics themselves, it is
 * null when any metric it reads is not stated, never 0.
 */
public final class MetricTerm {

  private final Column column;
  private final String formula;
  private final List<ReportMetric> inputs;
  private final boolean compound;

  private MetricTerm(Column column, String formula, List<ReportMetric> inputs, boolean compound) {
    this.column = column;
    this.formula = formula;
    this.inputs = List.copyOf(inputs);
    this.compound = compound;
  }

  /** The sum of the metrics, null when any is not stated: {@code granted + partially_granted}. */
  public static MetricTerm sum(ReportMetric... metrics) {
    List<ReportMetric> inputs = Arrays.asList(metrics);
    Column column = inputs.stream().map(metric -> col(metric.key())).reduce(Column::plus).orElseThrow();
    String formula = inputs.stream().map(ReportMetric::key).collect(Collectors.joining(" + "));
    return new MetricTerm(column, formula, inputs, inputs.size() > 1);
  }

  /** 1 when the report states the metric as 0, 0 when it states more, null when it does not say. */
  public static MetricTerm isZero(ReportMetric metric) {
    // A comparison with NULL is NULL, and so is its cast: an unknown stays unknown.
    return new MetricTerm(col(metric.key()).equalTo(0).cast("double"),
        "CAST(" + metric.key() + " = 0 AS DOUBLE)", List.of(metric), false);
  }

  public Column column() {
    return column;
  }

  /** The term in Spark SQL, e.g. {@code granted + partially_granted}. */
  public String formula() {
    return formula;
  }

  /** The formula in parentheses when it has operators, for use as an operand. */
  String operandFormula() {
    return compound ? "(" + formula + ")" : formula;
  }

  public List<ReportMetric> inputs() {
    return inputs;
  }
}
