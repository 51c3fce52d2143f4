package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

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
    List<AgencyScore> scores = scores(withPreviousYears, province);
    Column assessedYears = col("year").isin(years.toArray());
    Dataset<Row> ranked = AssessmentRankings.rank(scoreFrame(scores), rubric.ties()).where(assessedYears);
    Dataset<Row> deductions = deductionFrame(scores).where(assessedYears);
    // Checkpointed in the workbook's order, so the ranking runs once; the tables are written from Spark's
    // copy and only the workbook's rows are collected: a country's scores and deductions held twice more
    // on the driver did not fit in 2 GiB.
    Dataset<Row> orderedScores = ranked.orderBy(col("year"), col("province").asc_nulls_last(), col("province_rank"),
        col("agency_name"), col("agency_key")).localCheckpoint(true);
    Dataset<Row> orderedDeductions = deductions.orderBy(col("year"), col("province").asc_nulls_last(),
        col("city").asc_nulls_last(), col("agency_name"), col("agency_key"), col("deduction_number"))
        .localCheckpoint(true);
    String replaced = replacedRows(years, province);
    write(AssessmentTable.SCORES, orderedScores, replaced);
    write(AssessmentTable.DEDUCTIONS, orderedDeductions, replaced);
    return new AssessmentResult(rubric, years, province, orderedScores.collectAsList(),
        orderedDeductions.collectAsList(), List.of());
  }

  /**
   * Every agency-year's score, in year and key order. Each report is scored as it arrives and kept with
   * its identity only: the metrics and evidence of every report of a country would not fit in memory.
   */
  private List<AgencyScore> scores(SortedSet<Integer> years, Optional<String> province) {
    List<AgencyScore> scores = new ArrayList<>();
    AgencyYearReports.forEachPublished(lakehouse, years, province, report -> {
      AgencyScore score = RubricScorer.score(rubric, report);
      scores.add(new AgencyScore(report.identityOnly(), score.criterionPoints(), score.score(), score.deductions()));
    });
    List<AgencyYearReport> published = scores.stream().map(AgencyScore::report).toList();
    AgencyYearReports.unpublished(published, years).forEach(report -> scores.add(RubricScorer.score(rubric, report)));
    scores.sort(Comparator.comparing((AgencyScore score) -> score.report().year())
        .thenComparing(score -> score.report().agencyKey()));
    return scores;
  }

  /** The years the scores table holds rows of this rubric version for. */
  public SortedSet<Integer> yearsAssessed() {
    String path = lakehouse.root() + "/" + AssessmentTable.SCORES.tableName();
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
      String path = lakehouse.root() + "/" + table.tableName();
      if (DeltaTable.isDeltaTable(lakehouse.spark(), path)) {
        DeltaTable.forPath(lakehouse.spark(), path).delete(rows);
      }
    }
  }

  private Dataset<Row> scoreFrame(List<AgencyScore> scores) {
    StructType unranked = AssessmentRankings.unrankedSchema();
    List<Row> rows = new ArrayList<>();
    for (AgencyScore score : scores) {
      AgencyYearReport report = score.report();
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("rubric_name", rubric.name());
      values.put("rubric_version", rubric.version());
      values.put("year", report.year());
      values.put("agency_key", report.agencyKey());
      values.put("agency_name", report.agencyName());
      values.put("agency_type", report.agencyType());
      values.put("level", report.level());
      values.put("province", report.province());
      values.put("city", report.city());
      values.put("county", report.county());
      values.put("division_code", report.divisionCode());
      values.put("published", report.published());
      values.put("template", report.template());
      values.put("score", score.score());
      values.put("max_score", rubric.totalPoints());
      values.put("criterion_points", score.criterionPoints());
      values.put("deductions", score.deductions().size());
      values.put("source_path", report.sourcePath());
      rows.add(RowFactory.create(Arrays.stream(unranked.fieldNames()).map(values::get).toArray()));
    }
    return lakehouse.spark().createDataFrame(rows, unranked);
  }

  private Dataset<Row> deductionFrame(List<AgencyScore> scores) {
    Map<String, String> labels = rubric.criteria().stream()
        .collect(Collectors.toMap(Criterion::id, Criterion::label));
    List<Row> rows = new ArrayList<>();
    for (AgencyScore score : scores) {
      AgencyYearReport report = score.report();
      int number = 1;
      for (Deduction deduction : score.deductions()) {
        rows.add(RowFactory.create(rubric.name(), rubric.version(), report.year(), report.agencyKey(),
            report.agencyName(), report.province(), report.city(), number++, deduction.criterionId(),
            labels.get(deduction.criterionId()), deduction.points(), deduction.reason(), deduction.evidence()));
      }
    }
    return lakehouse.spark().createDataFrame(rows, AssessmentTable.DEDUCTIONS.schema());
  }

  /** The rows a run replaces: its rubric version's, of its years and province. Names are checked to be safe. */
  private String replacedRows(SortedSet<Integer> years, Optional<String> province) {
    String predicate = "rubric_name = '" + rubric.name() + "' AND rubric_version = '" + rubric.version()
        + "' AND year IN (" + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    return province.map(name -> predicate + " AND province = '" + name + "'").orElse(predicate);
  }

  private void write(AssessmentTable table, Dataset<Row> rows, String replaceWhere) {
    lakehouse.createTableIfMissing(table.tableName(), table.comment(), table.schema(), table.partitionColumns());
    lakehouse.spark().createDataFrame(rows.javaRDD(), table.schema()).write().format("delta").mode("overwrite").option("replaceWhere", replaceWhere)
        .save(lakehouse.root() + "/" + table.tableName());
  }
}
