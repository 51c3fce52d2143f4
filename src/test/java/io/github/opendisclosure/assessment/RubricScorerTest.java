package io.github.opendisclosure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores hand-made agency-years with the sample rubric and compares with the scores worked out by hand. */
class RubricScorerTest {

  private static final AssessmentRubric SAMPLE = RubricFile.read(Path.of("conf/assessment-rubric.conf"));

  @Test
  void aFullReportWithOneMismatchAndAMissingRow() {
    Map<String, Number> metrics = new LinkedHashMap<>();
    for (String metric : List.of("rules_issued", "normative_documents_issued", "licensing_decisions",
        "penalty_decisions", "enforcement_decisions", "requests_received", "requests_carried_over", "granted",
        "partially_granted", "denied", "unable_to_provide", "not_processed", "other_handled", "total_handled",
        "carried_to_next_year", "reconsideration_total", "reconsideration_corrected", "litigation_total",
        "litigation_corrected")) {
      metrics.put(metric, 1L);
    }
    // administrative_fees_yuan is not stated: -2 under complete (20 → 18).
    // One total_mismatch: -5 under consistent (15 → 10).
    // on_time_completion_rate 0.92: band >= 0.9 gives 5 of 15 (-10).
    // reconsideration_corrected_rate 0.125: band <= 0.2 gives 5 of 15 (-10).
    // proactive_items 600: band >= 500 gives 10 of 15 (-5).
    AgencyYearReport report = new AgencyYearReport("320813/county_government", 2024, "洪泽区人民政府",
        "county_government", "county", "江苏省", "淮安市", "洪泽区", "320813", "2021", true, metrics,
        Map.of("on_time_completion_rate", 0.92, "reconsideration_corrected_rate", 0.125, "proactive_items", 600.0),
        Map.of("reconsideration_corrected", "结果纠正 1", "reconsideration_total", "总计 8"),
        List.of(new AgencyYearReport.Issue("total_mismatch", "行政复议: 总计 0 but 维持, 纠正 sum to 11"),
            new AgencyYearReport.Issue("approximate_value", "5500余条")),
        "/reports/a.txt");

    AgencyScore score = RubricScorer.score(SAMPLE, report);

    assertEquals(Map.of("published", 20.0, "complete", 18.0, "consistent", 10.0, "on_time", 5.0, "appeals", 5.0,
        "transparency", 10.0), score.criterionPoints());
    assertEquals(68.0, score.score());
    assertEquals(List.of(
        new Deduction("complete", 2, "2021 模板要求填报 administrative_fees_yuan，报告未列明",
            "应见于：2021 (八) 行政事业性收费 本年收费金额 (万元 × 10000)"),
        new Deduction("consistent", 5, "报告存在问题：合计数与各分项之和不符（total_mismatch）", "行政复议: 总计 0 but 维持, 纠正 sum to 11"),
        new Deduction("on_time", 10, "按时办结（on_time_completion_rate）为 0.92，属 ≥ 0.9 档：得 5 分（满分 15 分，≥ 1 得满分）",
            "completed_on_time: （未记录所在行） | completed_total: （未记录所在行）"),
        new Deduction("appeals", 10,
            "复议纠错率（reconsideration_corrected_rate）为 0.125，属 ≤ 0.2 档：得 5 分（满分 15 分，≤ 0 得满分）",
            "reconsideration_corrected: 结果纠正 1 | reconsideration_total: 总计 8"),
        new Deduction("transparency", 5, "主动公开（proactive_items）为 600，属 ≥ 500 档：得 10 分（满分 15 分，≥ 1000 得满分）",
            "proactive_items: （未记录所在行）")), score.deductions());
  }

  @Test
  void deductionsStopAtTheCriterionsWeightAndAddUpToThePointsLost() {
    List<AgencyYearReport.Issue> issues = List.of(new AgencyYearReport.Issue("total_mismatch", "a"),
        new AgencyYearReport.Issue("balance_mismatch", "b"), new AgencyYearReport.Issue("conflicting_values", "c"),
        new AgencyYearReport.Issue("total_mismatch", "d"));
    AgencyYearReport report = new AgencyYearReport("k", 2024, "某局", null, null, null, null, null, null,
        "narrative", true, Map.of("requests_received", 0L), Map.of(), Map.of(), issues, "/r.txt");

    AgencyScore score = RubricScorer.score(SAMPLE, report);

    // consistent: 15 - 5 - 5 - 5 = 0, and the fourth issue takes nothing more.
    assertEquals(0.0, score.criterionPoints().get("consistent"));
    assertEquals(List.of(5.0, 5.0, 5.0, 0.0), score.deductions().stream()
        .filter(deduction -> deduction.criterionId().equals("consistent")).map(Deduction::points).toList());
    // narrative: proactive_items missing (-2); on time missing: 7.5; appeals missing: 15; transparency missing: 0.
    assertEquals(20 + 18 + 0 + 7.5 + 15 + 0, score.score());
    double lost = score.deductions().stream().mapToDouble(Deduction::points).sum();
    assertEquals(SAMPLE.totalPoints() - score.score(), lost);
  }

  @Test
  void anOfficeWithoutAReportScoresNothingAndIsToldWhy() {
    AgencyYearReport missing = new AgencyYearReport("k", 2024, "某局", null, null, "江苏省", null, null, null, null,
        false, Map.of(), Map.of(), Map.of(), List.of(), "/reports/2023.txt");

    AgencyScore score = RubricScorer.score(SAMPLE, missing);

    assertEquals(0.0, score.score());
    assertEquals(new Deduction("published", 20,
        "未找到 2024 年度报告；该机关曾公开 2023 年度报告", "2023 年度报告：/reports/2023.txt"),
        score.deductions().get(0));
    assertEquals(new Deduction("complete", 20, "无 2024 年度报告可供评估", ""), score.deductions().get(1));
    assertEquals(6, score.deductions().size());
  }
}
