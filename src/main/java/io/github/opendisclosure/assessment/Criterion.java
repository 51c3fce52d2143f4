package io.github.opendisclosure.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the scorecard: worth {@link #weight()} points, from which the deductions it finds in an
 * agency-year's report are taken (never below zero; see {@link RubricScorer}).
 */
public sealed interface Criterion extends Serializable permits PublishedCriterion, CompletenessCriterion, ConsistencyCriterion,
    ThresholdCriterion {

  /** The criterion's name in the rubric file, e.g. {@code on_time}. */
  String id();

  /** The heading evaluators read, e.g. 按时办结. */
  String label();

  /** The points the criterion is worth. */
  double weight();

  /** Its kind as the rubric file names it, with what it reads, e.g. {@code threshold: indicator grant_rate}. */
  String kind();

  /** What the agency-year loses under this criterion, before the cap at {@link #weight()}. */
  List<Deduction> deductions(AgencyYearReport report);

  /** An agency without a report loses every criterion's points, for this reason. */
  default Deduction noReport(AgencyYearReport report) {
    return new Deduction(id(), weight(), "无 " + report.year() + " 年度报告可供评估", "");
  }
}
