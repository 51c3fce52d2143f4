package io.github.opendisclosure.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A value of the report, an indicator of {@code agency_year_indicators} or a metric of {@code reports},
 * earns the points of the first band it reaches (bands from best to worst), nothing below the last; a
 * report that does not give the value earns {@code pointsWhenMissing}. The deduction is the difference
 * to the weight, with the report rows the value was read from as evidence.
 */
public record ThresholdCriterion(String id, String label, double weight, ValueSource source, boolean higherIsBetter,
    List<ScoreBand> bands, double pointsWhenMissing) implements Criterion {

  /** Where the value comes from: an indicator by name, or a metric by key, and the metrics it is read from. */
  public record ValueSource(boolean indicator, String name, List<String> inputMetrics) implements Serializable {

    String describe() {
      return (indicator ? "indicator " : "metric ") + name;
    }
  }

  @Override
  public String kind() {
    return "threshold: " + source.describe();
  }

  /** The value as a reason names it: the criterion's heading and the value's name, 按时办结（on_time_completion_rate）. */
  private String valueName() {
    return label + "（" + source.name() + "）";
  }

  @Override
  public List<Deduction> deductions(AgencyYearReport report) {
    if (!report.published()) {
      return List.of(noReport(report));
    }
    Double value = source.indicator() ? report.indicators().get(source.name()) : metricValue(report);
    if (value == null) {
      return pointsWhenMissing >= weight ? List.of() : List.of(new Deduction(id, weight - pointsWhenMissing,
          "报告未提供" + valueName() + "：得 " + format(pointsWhenMissing) + " 分（满分 " + format(weight) + " 分）",
          "未列明：" + String.join(", ", source.inputMetrics())));
    }
    double points = pointsFor(value);
    if (points >= weight) {
      return List.of();
    }
    return List.of(new Deduction(id, weight - points, valueName() + "为 " + format(value) + "，" + bandText(value)
        + "：得 " + format(points) + " 分（满分 " + format(weight) + " 分，" + comparison()
        + format(bands.get(0).threshold()) + " 得满分）", evidence(report)));
  }

  /** The points of the first band the value reaches, 0 below every band. */
  double pointsFor(double value) {
    return bands.stream().filter(band -> reaches(value, band.threshold())).findFirst()
        .map(ScoreBand::points).orElse(0.0);
  }

  private boolean reaches(double value, double threshold) {
    return higherIsBetter ? value >= threshold : value <= threshold;
  }

  private String bandText(double value) {
    return bands.stream().filter(band -> reaches(value, band.threshold())).findFirst()
        .map(band -> "属 " + comparison() + format(band.threshold()) + " 档")
        .orElse("不在任何一档内（最后一档 " + comparison() + format(bands.get(bands.size() - 1).threshold()) + "）");
  }

  private String comparison() {
    return higherIsBetter ? "≥ " : "≤ ";
  }

  private Double metricValue(AgencyYearReport report) {
    Number number = report.metrics().get(source.name());
    return number == null ? null : number.doubleValue();
  }

  private String evidence(AgencyYearReport report) {
    Map<String, String> evidence = report.evidence();
    return source.inputMetrics().stream()
        .map(metric -> metric + ": " + evidence.getOrDefault(metric, "（未记录所在行）"))
        .collect(Collectors.joining(" | "));
  }

  /** Points and values as people write them: 15, 7.5, 0.9523. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
