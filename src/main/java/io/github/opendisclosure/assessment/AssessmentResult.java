package io.github.opendisclosure.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
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
    return rubric.label() + "-" + yearRanges(years) + province.map(name -> "-" + name).orElse("");
  }

  /** The years as runs, so that every year since 2008 names a file as 2008-2024: 2019_2021-2024. */
  static String yearRanges(SortedSet<Integer> years) {
    int[] sorted = years.stream().mapToInt(Integer::intValue).toArray();
    List<String> runs = new ArrayList<>();
    for (int start = 0, end; start < sorted.length; start = end + 1) {
      end = start;
      while (end + 1 < sorted.length && sorted[end + 1] == sorted[end] + 1) {
        end++;
      }
      runs.add(end == start ? String.valueOf(sorted[start]) : sorted[start] + "-" + sorted[end]);
    }
    return String.join("_", runs);
  }

  /** One line for the console and the run log. */
  public String describe() {
    return String.format("assess: %s, %s%s: %d agency-years scored, %d deductions", rubric.label(),
        years.size() == 1 ? "year " + years.first() : "years " + years,
        province.map(name -> ", " + name).orElse(""), scores.size(), deductions.size())
        + (files.isEmpty() ? "" : "; wrote " + files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
  }
}
