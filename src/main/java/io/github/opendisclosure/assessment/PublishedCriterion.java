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
        "no annual report for " + report.year() + " was found; the office published one for " + (report.year() - 1),
        "report for " + (report.year() - 1) + ": " + report.sourcePath()));
  }

  @Override
  public Deduction noReport(AgencyYearReport report) {
    return deductions(report).get(0);
  }
}
