package io.github.opendisclosure.assessment;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report is complete for its template: each required metric it does not state costs
 * {@code pointsPerMissingMetric}, and each issue of the listed codes (a table cut off, an empty table)
 * costs {@code pointsPerIssue}. A template without a list of required metrics is checked for issues only.
 */
public record CompletenessCriterion(String id, String label, double weight,
    Map<String, List<String>> requiredMetricsByTemplate, double pointsPerMissingMetric, List<String> issueCodes,
    double pointsPerIssue) implements Criterion {

  @Override
  public String kind() {
    return "completeness";
  }

  @Override
  public List<Deduction> deductions(AgencyYearReport report) {
    if (!report.published()) {
      return List.of(noReport(report));
    }
    List<Deduction> deductions = new ArrayList<>();
    for (String metric : requiredMetricsByTemplate.getOrDefault(report.template(), List.of())) {
      if (report.metrics().get(metric) == null) {
        deductions.add(new Deduction(id, pointsPerMissingMetric,
            report.template() + " 模板要求填报 " + metric + "，报告未列明",
            "应见于：" + ReportMetric.forKey(metric).map(ReportMetric::source).orElse(metric)));
      }
    }
    deductions.addAll(ConsistencyCriterion.issueDeductions(this, report, issueCodes, pointsPerIssue));
    return deductions;
  }
}
