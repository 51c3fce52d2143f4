package io.github.opendisclosure.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * A column of the exported scores (workbook sheets and CSV alike): its heading for evaluators, how it
 * is read from an {@code assessment_scores} row, and whether it holds text, a whole number or points.
 */
public record ScoreSheetColumn(String heading, Kind kind, Function<Row, Object> value) {

  /** How a cell is written: text (neutralised in CSV), a whole number, or points with one decimal. */
  public enum Kind { TEXT, WHOLE_NUMBER, POINTS }

  /** The columns of the scores sheets for a rubric: identity, ranks, total, then one per criterion. */
  public static List<ScoreSheetColumn> scores(AssessmentRubric rubric) {
    List<ScoreSheetColumn> columns = new ArrayList<>(List.of(
        new ScoreSheetColumn("年度", Kind.WHOLE_NUMBER, row -> row.getAs("year")),
        new ScoreSheetColumn("省内排名", Kind.WHOLE_NUMBER, row -> row.getAs("province_rank")),
        new ScoreSheetColumn("排名变化", Kind.WHOLE_NUMBER, row -> row.getAs("province_rank_change")),
        new ScoreSheetColumn("机构", Kind.TEXT, row -> row.getAs("agency_name")),
        new ScoreSheetColumn("省", Kind.TEXT, row -> row.getAs("province")),
        new ScoreSheetColumn("市", Kind.TEXT, row -> row.getAs("city")),
        new ScoreSheetColumn("县", Kind.TEXT, row -> row.getAs("county")),
        new ScoreSheetColumn("层级", Kind.TEXT, row -> row.getAs("level")),
        new ScoreSheetColumn("类型", Kind.TEXT, row -> row.getAs("agency_type")),
        new ScoreSheetColumn("市内排名", Kind.WHOLE_NUMBER, row -> row.getAs("city_rank")),
        new ScoreSheetColumn("同级同类排名", Kind.WHOLE_NUMBER, row -> row.getAs("level_type_rank")),
        new ScoreSheetColumn("得分", Kind.POINTS, row -> row.getAs("score"))));
    for (Criterion criterion : rubric.criteria()) {
      columns.add(new ScoreSheetColumn(criterion.label() + " (" + ThresholdCriterion.format(criterion.weight()) + ")",
          Kind.POINTS, row -> row.<String, Double>getJavaMap(row.fieldIndex("criterion_points"))
              .get(criterion.id())));
    }
    columns.addAll(List.of(
        new ScoreSheetColumn("扣分项", Kind.WHOLE_NUMBER, row -> row.getAs("deductions")),
        new ScoreSheetColumn("已公开", Kind.TEXT, row -> row.<Boolean>getAs("published") ? "是" : "否"),
        new ScoreSheetColumn("上年得分", Kind.POINTS, row -> row.getAs("previous_score")),
        new ScoreSheetColumn("上年省内排名", Kind.WHOLE_NUMBER, row -> row.getAs("previous_province_rank")),
        new ScoreSheetColumn("报告模板", Kind.TEXT, row -> row.getAs("template")),
        new ScoreSheetColumn("机构编码", Kind.TEXT, row -> row.getAs("agency_key"))));
    return List.copyOf(columns);
  }

  /** The columns of the deductions sheet and CSV. */
  public static List<ScoreSheetColumn> deductions() {
    return List.of(
        new ScoreSheetColumn("年度", Kind.WHOLE_NUMBER, row -> row.getAs("year")),
        new ScoreSheetColumn("机构", Kind.TEXT, row -> row.getAs("agency_name")),
        new ScoreSheetColumn("省", Kind.TEXT, row -> row.getAs("province")),
        new ScoreSheetColumn("市", Kind.TEXT, row -> row.getAs("city")),
        new ScoreSheetColumn("序号", Kind.WHOLE_NUMBER, row -> row.getAs("deduction_number")),
        new ScoreSheetColumn("评分项", Kind.TEXT, row -> row.getAs("criterion_label")),
        new ScoreSheetColumn("扣分", Kind.POINTS, row -> row.getAs("points")),
        new ScoreSheetColumn("原因", Kind.TEXT, row -> row.getAs("reason")),
        new ScoreSheetColumn("依据", Kind.TEXT, row -> row.getAs("evidence")),
        new ScoreSheetColumn("机构编码", Kind.TEXT, row -> row.getAs("agency_key")));
  }
}
