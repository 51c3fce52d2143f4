package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What an assessment wrote: the rubric, years and province, and the rows of {@code assessment_scores}
 * (ordered by year, province and rank) and {@code assessment_deductions} it replaced, for the exports.
 * The rows stay in Spark until an export asks for them, and then come a partition at a time
 * ({@link Dataset#toLocalIterator}): the driver never holds a country's scores or deductions, and a
 * refresh that exports nothing never brings them to the driver at all.
 */
public final class AssessmentResult {

  private final AssessmentRubric rubric;
  private final SortedSet<Integer> years;
  private final Optional<String> province;
  private final Dataset<Row> scoreRows;
  private final Dataset<Row> deductionRows;
  private final long scoreCount;
  private final long deductionCount;
  private final List<Path> files;

  AssessmentResult(AssessmentRubric rubric, SortedSet<Integer> years, Optional<String> province, Dataset<Row> scoreRows,
      Dataset<Row> deductionRows, List<Path> files) {
    this(rubric, years, province, scoreRows, deductionRows, scoreRows.count(), deductionRows.count(), files);
  }

  private AssessmentResult(AssessmentRubric rubric, SortedSet<Integer> years, Optional<String> province,
      Dataset<Row> scoreRows, Dataset<Row> deductionRows, long scoreCount, long deductionCount, List<Path> files) {
    this.rubric = rubric;
    this.years = years;
    this.province = province;
    this.scoreRows = scoreRows;
    this.deductionRows = deductionRows;
    this.scoreCount = scoreCount;
    this.deductionCount = deductionCount;
    this.files = files;
  }

  /** The same result with the files exported from it. */
  public AssessmentResult withFiles(List<Path> exported) {
    return new AssessmentResult(rubric, years, province, scoreRows, deductionRows, scoreCount, deductionCount,
        List.copyOf(exported));
  }

  public AssessmentRubric rubric() {
    return rubric;
  }

  public SortedSet<Integer> years() {
    return years;
  }

  public Optional<String> province() {
    return province;
  }

  /** The score rows in the workbook's order (year, province, rank), streamed from Spark. */
  public Iterator<Row> scores() {
    return scoreRows.toLocalIterator();
  }

  /**
   * The score rows with a {@code group} column added, sorted by it and then by {@code thenBy}, streamed
   * from Spark: Spark sorts a country's rows, spilling to disk when it must, where the driver could not.
   */
  public Iterator<Row> scoresGroupedBy(String name, Column group, Column... thenBy) {
    Column[] ordering = new Column[thenBy.length + 1];
    ordering[0] = col(name);
    System.arraycopy(thenBy, 0, ordering, 1, thenBy.length);
    return scoreRows.withColumn(name, group).orderBy(ordering).toLocalIterator();
  }

  /** The deduction rows in the workbook's order, streamed from Spark. */
  public Iterator<Row> deductions() {
    return deductionRows.toLocalIterator();
  }

  public long scoreCount() {
    return scoreCount;
  }

  public long deductionCount() {
    return deductionCount;
  }

  public List<Path> files() {
    return files;
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
        province.map(name -> ", " + name).orElse(""), scoreCount, deductionCount)
        + (files.isEmpty() ? "" : "; wrote " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
  }
}
