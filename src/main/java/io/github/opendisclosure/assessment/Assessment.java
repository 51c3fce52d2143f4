package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One assessment: scores the agency-years of some years (of one province, or all) with a rubric, ranks
 * them, and replaces the rubric version's rows of those years (and province) in the assessment tables.
 * The year before each year is scored with the same rubric too, for the change of rank, but not written.
 */
public final class Assessment {

  /** Province names go into a Delta predicate: only letters (any script), as division names are. */
  private static final Pattern PROVINCE = Pattern.compile("[\\p{L}\\p{M}·]+");

  private final Lakehouse lakehouse;
  private final AssessmentRubric rubric;

  public Assessment(Lakehouse lakehouse, AssessmentRubric rubric) {
    this.lakehouse = lakehouse;
    this.rubric = rubric;
  }

  /** Scores, ranks and writes; returns the rows written, ordered as the workbook shows them. */
  public AssessmentResult run(SortedSet<Integer> years, Optional<String> province) {
    province.ifPresent(name -> {
      if (!PROVINCE.matcher(name).matches()) {
        throw new JobUserError("--province must be a province's name, e.g. 湖南省, not '" + name + "'");
      }
    });
    SortedSet<Integer> withPreviousYears = new TreeSet<>(years);
    years.forEach(year -> withPreviousYears.add(year - 1));
    Dataset<Row> published = AgencyYearReports.published(lakehouse, withPreviousYears, province);
    Dataset<Row> scored = AgencyYearScoring.score(rubric, published,
        AgencyYearReports.unpublished(published, withPreviousYears)).localCheckpoint(true);
    Column assessedYears = col("year").isin(years.toArray());
    Dataset<Row> ranked = AssessmentRankings.rank(scored.select(AgencyYearScoring.unrankedColumns()), rubric.ties())
        .where(assessedYears);
    // Checkpointed in the workbook's order, so the ranking runs once and the exports read the rows as
    // the tables hold them.
    Dataset<Row> orderedScores = ranked.orderBy(col("year"), col("province").asc_nulls_last(), col("province_rank"),
        col("agency_name"), col("agency_key")).localCheckpoint(true);
    Dataset<Row> orderedDeductions = deductionRows(scored.where(assessedYears)).orderBy(col("year"),
        col("province").asc_nulls_last(), col("city").asc_nulls_last(), col("agency_name"), col("agency_key"),
        col("deduction_number")).localCheckpoint(true);
    String replaced = replacedRows(years, province);
    write(AssessmentTable.SCORES, orderedScores, replaced);
    write(AssessmentTable.DEDUCTIONS, orderedDeductions, replaced);
    return new AssessmentResult(rubric, years, province, orderedScores, orderedDeductions, List.of());
  }

  /** One row per deduction of the scored agency-years, numbered from 1 in the order the scorer took them. */
  private static Dataset<Row> deductionRows(Dataset<Row> scored) {
    Dataset<Row> exploded = scored.select(col("rubric_name"), col("rubric_version"), col("year"), col("agency_key"),
        col("agency_name"), col("province"), col("city"), posexplode(col(AgencyYearScoring.DEDUCTIONS)));
    return exploded.select(Arrays.stream(AssessmentTable.DEDUCTIONS.schema().fieldNames())
        .map(name -> switch (name) {
          case "deduction_number" -> col("pos").plus(1).as(name);
          case "criterion", "criterion_label", "points", "reason", "evidence" -> col("col." + name).as(name);
          default -> col(name);
        })
        .toArray(Column[]::new));
  }

  /** The years the scores table holds rows of this rubric version for. */
  public SortedSet<Integer> yearsAssessed() {
    String path = lakehouse.pathOf(AssessmentTable.SCORES);
    if (!DeltaTable.isDeltaTable(lakehouse.spark(), path)) {
      return new TreeSet<>();
    }
    return lakehouse.spark().read().format("delta").load(path)
        .where(col("rubric_name").equalTo(rubric.name()).and(col("rubric_version").equalTo(rubric.version())))
        .select("year").distinct().collectAsList().stream().map(row -> row.getInt(0))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Deletes the rubric version's rows of {@code years} from both tables, for years that no longer have
   * any report (a refresh after the only reports of a year moved to another).
   */
  public void remove(SortedSet<Integer> years) {
    if (years.isEmpty()) {
      return;
    }
    String rows = replacedRows(years, Optional.empty());
    for (AssessmentTable table : AssessmentTable.values()) {
      String path = lakehouse.pathOf(table);
      if (DeltaTable.isDeltaTable(lakehouse.spark(), path)) {
        DeltaTable.forPath(lakehouse.spark(), path).delete(rows);
      }
    }
  }

  /** The rows a run replaces: its rubric version's, of its years and province. Names are checked to be safe. */
  private String replacedRows(SortedSet<Integer> years, Optional<String> province) {
    String predicate = "rubric_name = '" + rubric.name() + "' AND rubric_version = '" + rubric.version()
        + "' AND year IN (" + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    return province.map(name -> predicate + " AND province = '" + name + "'").orElse(predicate);
  }

  private void write(AssessmentTable table, Dataset<Row> rows, String replaceWhere) {
    lakehouse.createTableIfMissing(table);
    rows.write().format("delta").mode("overwrite").option("replaceWhere", replaceWhere)
        .save(lakehouse.pathOf(table));
  }
}
