package io.github.opendisclosure.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Scores agency-years with a rubric in Spark's tasks, on every core and next to the data: each row of
 * {@link AgencyYearReports} becomes its score row (the score table's columns without the ranks) with its
 * deductions nested, in order, in {@link #DEDUCTIONS}. No report reaches the driver, so a country's
 * agency-years are scored in the memory of a province's.
 */
final class AgencyYearScoring {

  /** The deductions of a score row, as the deductions table's criterion, points, reason and evidence. */
  static final String DEDUCTIONS = "deduction_rows";

  static final StructType DEDUCTION = new StructType()
      .add("criterion", DataTypes.StringType, false)
      .add("criterion_label", DataTypes.StringType, false)
      .add("points", DataTypes.DoubleType, false)
      .add("reason", DataTypes.StringType, false)
      .add("evidence", DataTypes.StringType, false);

  private static final StructType SCORED = AssessmentRankings.unrankedSchema()
      .add(DEDUCTIONS, DataTypes.createArrayType(DEDUCTION, false), false);

  private AgencyYearScoring() {}

  /** The score rows of the published agency-years and of the unpublished ones (see {@link AgencyYearReports}). */
  static Dataset<Row> score(AssessmentRubric rubric, Dataset<Row> published, Dataset<Row> unpublished) {
    return scored(rubric, published, AgencyYearReports::fromRow)
        .unionByName(scored(rubric, unpublished, AgencyYearReports::unpublishedFromRow));
  }

  private static Dataset<Row> scored(AssessmentRubric rubric, Dataset<Row> agencyYears,
      SerializableFunction<Row, AgencyYearReport> reportOf) {
    Map<String, String> labels = new LinkedHashMap<>();
    rubric.criteria().forEach(criterion -> labels.put(criterion.id(), criterion.label()));
    MapPartitionsFunction<Row, Row> scoreEach = rows -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return scoreRow(rubric, labels, RubricScorer.score(rubric, reportOf.apply(rows.next())));
      }
    };
    return agencyYears.mapPartitions(scoreEach, Encoders.row(SCORED));
  }

  private static Row scoreRow(AssessmentRubric rubric, Map<String, String> labels, AgencyScore score) {
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
    values.put("criterion_points", JavaConverters.mapAsScalaMap(score.criterionPoints()));
    values.put("deductions", score.deductions().size());
    values.put("source_path", report.sourcePath());
    List<Row> deductions = new ArrayList<>();
    for (Deduction deduction : score.deductions()) {
      deductions.add(RowFactory.create(deduction.criterionId(), labels.get(deduction.criterionId()), deduction.points(),
          deduction.reason(), deduction.evidence()));
    }
    values.put(DEDUCTIONS, JavaConverters.asScalaBuffer(deductions).toList());
    return RowFactory.create(Arrays.stream(SCORED.fieldNames()).map(values::get).toArray());
  }

  /** The columns of a score row but its deductions: what ranking reads. */
  static Column[] unrankedColumns() {
    return Arrays.stream(SCORED.fieldNames()).filter(name -> !name.equals(DEDUCTIONS)).map(functions::col)
        .toArray(Column[]::new);
  }

  /** A function Spark can ship to its tasks. */
  interface SerializableFunction<T, R> extends Function<T, R>, java.io.Serializable {}
}
