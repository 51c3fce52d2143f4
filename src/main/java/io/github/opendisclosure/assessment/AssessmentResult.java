package io.github.opendisclosure.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What an assessment wrote: the rubric, years and province, and the rows of {@code assessment_scores}
 * (ordered by year, province and rank) and {@code assessment_deductions} it replaced, for the exports.
 */
public record AssessmentResult(AssessmentRubric rubric, SortedSet<Integer> years, Optional<String> province,
    List<org.apache.spark.sql.Row> scores, List<org.apache.spark.sql.Row> deductions, List<Path> files) {

  /** The same result with the files exported from it. */
  public AssessmentResult withFiles(List<Path> exported) {
    return new AssessmentResult(rubric, years, province, scores, deductions, List.copyOf(exported));
  }

  /** The base name of the exported files: {@code <rubric>-<version>-<years>[-<province>]}. */
  public String fileBaseName() {
    String yearPart = years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("_"));
    return rubric.label() + "-" + yearPart + province.map(name -> "-" + name).orElse("");
  }

  /** One line for the console and the run log. */
  public String describe() {
    return String.format("assess: %s, %s%s: %d agency-years scored, %d deductions", rubric.label(),
        years.size() == 1 ? "year " + years.first() : "years " + years,
        province.map(name -> ", " + name).orElse(""), scores.size(), deductions.size())
        + (files.isEmpty() ? "" : "; wrote " + files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
  }
}
