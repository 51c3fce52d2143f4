package io.github.opendisclosure.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * A rubric evaluators keep in {@code conf/}: its name and version (part of the assessment tables' key,
 * so a changed rubric gives new rows and a rerun of the same one replaces its own), the points it
 * adds up to, how it ranks ties, and its criteria in the order the scorecard shows them.
 * {@link RubricFile} reads and checks one.
 */
public record AssessmentRubric(String name, String version, double totalPoints, RubricTies ties,
    List<Criterion> criteria) implements Serializable {

  /** The name and version as file names and sheets show them, e.g. {@code provincial-annual-report-2024.1}. */
  public String label() {
    return name + "-" + version;
  }
}
