package io.github.opendisclosure.assessment;

import java.util.List;

/**
 * The annual report is published: an agency that reported the year before but has no report this year
 * loses the criterion's points, with the earlier report as evidence that it was expected.
 */
public record PublishedCriterion(String id, String label, double weight) implements Criterion {

  @Override
  public String kind() {
    return "published";
  }

  @Override
  public List<Deduction> deductions(AgencyYearReport report) {
    if (report.published()) {
      return List.of();
    }
    return List.of(new Deduction(id, weight,
        "未找到 " + report.year() + " 年度报告；该机关曾公开 " + (report.year() - 1) + " 年度报告",
        (report.year() - 1) + " 年度报告：" + report.sourcePath()));
  }

  @Override
  public Deduction noReport(AgencyYearReport report) {
    return deductions(report).get(0);
  }
}
