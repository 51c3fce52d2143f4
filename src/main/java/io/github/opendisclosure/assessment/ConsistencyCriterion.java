package io.github.opendisclosure.assessment;

import io.github.opendisclosure.extract.IssueCode;
import java.util.List;

/**
 * The report's numbers agree with each other: each issue of the listed codes the extractor recorded
 * (a total that is not the sum of its parts, outcomes that are not the workload minus what was carried
 * forward, ...) costs {@code pointsPerIssue}, with the issue's message as evidence.
 */
public record ConsistencyCriterion(String id, String label, double weight, List<String> issueCodes,
    double pointsPerIssue) implements Criterion {

  @Override
  public String kind() {
    return "consistency: " + String.join(", ", issueCodes);
  }

  @Override
  public List<Deduction> deductions(AgencyYearReport report) {
    if (!report.published()) {
      return List.of(noReport(report));
    }
    return issueDeductions(this, report, issueCodes, pointsPerIssue);
  }

  /** One deduction per issue of the given codes, in the report's order. */
  static List<Deduction> issueDeductions(Criterion criterion, AgencyYearReport report, List<String> codes,
      double pointsPerIssue) {
    return report.issues().stream()
        .filter(issue -> codes.contains(issue.code()))
        .map(issue -> new Deduction(criterion.id(), pointsPerIssue,
            "报告存在问题：" + IssueCode.forCode(issue.code()).map(IssueCode::label).orElse(issue.code())
                + "（" + issue.code() + "）", issue.message()))
        .toList();
  }
}
