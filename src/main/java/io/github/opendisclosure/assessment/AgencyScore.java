package io.github.opendisclosure.assessment;

import java.util.List;
import java.util.Map;

/** An agency-year's score under a rubric: the points of each criterion, the total, and every deduction. */
public record AgencyScore(AgencyYearReport report, Map<String, Double> criterionPoints, double score,
    List<Deduction> deductions) {}
