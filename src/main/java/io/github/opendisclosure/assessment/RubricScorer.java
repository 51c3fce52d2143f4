package io.github.opendisclosure.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores agency-years with a rubric. Each criterion starts at its weight and loses its deductions in
 * order until none is left; a deduction beyond what is left is recorded with the points it actually
 * took, so an agency's deductions always add up to exactly the points it lost.
 */
public final class RubricScorer {

  private RubricScorer() {}

  public static AgencyScore score(AssessmentRubric rubric, AgencyYearReport report) {
    Map<String, Double> criterionPoints = new LinkedHashMap<>();
    List<Deduction> taken = new ArrayList<>();
    double total = 0;
    for (Criterion criterion : rubric.criteria()) {
      double remaining = criterion.weight();
      for (Deduction deduction : criterion.deductions(report)) {
        Deduction capped = deduction.cappedAt(remaining);
        remaining -= capped.points();
        taken.add(capped);
      }
      criterionPoints.put(criterion.id(), remaining);
      total += remaining;
    }
    return new AgencyScore(report, criterionPoints, total, taken);
  }
}
