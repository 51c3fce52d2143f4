package io.github.opendisclosure.assessment;

import static io.github.opendisclosure.lakehouse.ReportColumns.field;

import io.github.opendisclosure.lakehouse.DefinedTable;
import io.github.opendisclosure.lakehouse.ReportColumns;
import io.github.opendisclosure.lakehouse.TableDefinition;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta tables {@code jobs/assess} writes next to the reports table, partitioned by year, keyed by
 * rubric name and version, year and agency: a rerun with the same rubric replaces its rows.
 */
public enum AssessmentTable implements DefinedTable {

  /** One row per agency-year and rubric version: the score, each criterion's points and the ranks. */
  SCORES("assessment_scores",
      "One row per agency-year and rubric version: score, points per criterion, ranks in province, city and level/kind",
      new StructType()
          .add(field("rubric_name", DataTypes.StringType, false, "Name of the rubric (rubric.name)"))
          .add(field("rubric_version", DataTypes.StringType, false, "Version of the rubric (rubric.version)"))
          .add(ReportColumns.SCHEMA.apply("year"))
          .add(ReportColumns.SCHEMA.apply("agency_key"))
          .add(ReportColumns.SCHEMA.apply("agency_name"))
          .add(ReportColumns.SCHEMA.apply("agency_type"))
          .add(ReportColumns.SCHEMA.apply("level"))
          .add(ReportColumns.SCHEMA.apply("province"))
          .add(ReportColumns.SCHEMA.apply("city"))
          .add(ReportColumns.SCHEMA.apply("county"))
          .add(ReportColumns.SCHEMA.apply("division_code"))
          .add(field("published", DataTypes.BooleanType, false,
              "Whether a report exists for the year (false: the office reported the year before only)"))
          .add(field("template", DataTypes.StringType, true, "Template of the report; null when unpublished"))
          .add(field("score", DataTypes.DoubleType, false, "Points scored"))
          .add(field("max_score", DataTypes.DoubleType, false, "Points the rubric gives at most (rubric.total_points)"))
          .add(field("criterion_points", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
              false, "Points scored per criterion id"))
          .add(field("deductions", DataTypes.IntegerType, false, "Number of deductions (rows in assessment_deductions)"))
          .add(field("province_rank", DataTypes.IntegerType, false, "Rank within the province and year, ties as the rubric says"))
          .add(field("province_agencies", DataTypes.IntegerType, false, "Agencies ranked within the province and year"))
          .add(field("city_rank", DataTypes.IntegerType, false, "Rank within the city"))
          .add(field("level_type_rank", DataTypes.IntegerType, false,
              "Rank within the province among offices of the same level and kind"))
          .add(field("previous_score", DataTypes.DoubleType, true, "Score of the year before under the same rubric"))
          .add(field("previous_province_rank", DataTypes.IntegerType, true,
              "Province rank of the year before under the same rubric"))
          .add(field("province_rank_change", DataTypes.IntegerType, true,
              "previous_province_rank - province_rank: positive when the office moved up"))
          .add(field("source_path", DataTypes.StringType, true,
              "The report assessed (when unpublished: the previous year's report)")),
      List.of("year")),

  /** One row per deduction: the criterion, the points, the reason in words and the evidence. */
  DEDUCTIONS("assessment_deductions",
      "One row per deduction of an agency-year under a rubric version: criterion, points, reason and evidence",
      new StructType()
          .add(field("rubric_name", DataTypes.StringType, false, "Name of the rubric"))
          .add(field("rubric_version", DataTypes.StringType, false, "Version of the rubric"))
          .add(ReportColumns.SCHEMA.apply("year"))
          .add(ReportColumns.SCHEMA.apply("agency_key"))
          .add(ReportColumns.SCHEMA.apply("agency_name"))
          .add(ReportColumns.SCHEMA.apply("province"))
          .add(ReportColumns.SCHEMA.apply("city"))
          .add(field("deduction_number", DataTypes.IntegerType, false, "Order of the deduction within the agency-year, from 1"))
          .add(field("criterion", DataTypes.StringType, false, "Criterion id in the rubric"))
          .add(field("criterion_label", DataTypes.StringType, false, "Criterion label in the rubric"))
          .add(field("points", DataTypes.DoubleType, false, "Points deducted"))
          .add(field("reason", DataTypes.StringType, false, "Why, in words"))
          .add(field("evidence", DataTypes.StringType, false, "The report's row or sentence, or the issue recorded")),
      List.of("year"));

  private final TableDefinition definition;

  AssessmentTable(String tableName, String comment, StructType schema, List<String> partitionColumns) {
    this.definition = new TableDefinition(tableName, comment, schema, partitionColumns);
  }

  @Override
  public TableDefinition definition() {
    return definition;
  }
}
