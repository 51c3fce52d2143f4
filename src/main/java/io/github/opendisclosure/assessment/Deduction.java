package io.github.opendisclosure.assessment;

/**
 * Points an agency-year lost under one criterion: why, in words, and the evidence (the report's row or
 * sentence, or the issue the extractor recorded) so the office can check it.
 */
public record Deduction(String criterionId, double points, String reason, String evidence) {

  /** The same deduction worth fewer points, when the criterion has fewer left than it would take. */
  Deduction cappedAt(double remaining) {
    return points <= remaining ? this : new Deduction(criterionId, remaining, reason, evidence);
  }
}
