package io.github.opendisclosure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportYearFinderTest {

  @Test
  void theTitleNamesTheYearNotThePublicationDate() {
    MetricReadings readings = new MetricReadings();
    ReportText text = ReportText.of("发布机构: 市民政局 生成日期: 2018-02-26\n"
        + "阜阳市民政局2017年度政府信息公开工作年度报告\n2018年,我局将继续推进公开。");
    assertEquals(Optional.of(2017), ReportYearFinder.find(text, readings));
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aTitleSplitAfterTheAgencyName() {
    ReportText text = ReportText.of("淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n本报告由...");
    assertEquals(Optional.of(2024), ReportYearFinder.find(text, new MetricReadings()));
  }

  @Test
  void theStatisticsPeriodWinsOverADisagreeingTitleAndTheConflictIsAnIssue() {
    MetricReadings readings = new MetricReadings();
    ReportText text = ReportText.of("某某县财政局2020年政府信息公开工作年度报告\n"
        + "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。");
    assertEquals(Optional.of(2019), ReportYearFinder.find(text, readings));
    assertEquals("year_conflict", readings.issues().get(0).code());
  }

  @Test
  void aSentenceThatIntroducesTheReportAsAnotherYearsIsAConflictAndTheTitleIsKept() {
    // 现将2019年度...报告如下 under a title of 2020 raised nothing.
    MetricReadings readings = new MetricReadings();
    ReportText text = ReportText.of("某某县自然资源局2020年政府信息公开工作年度报告\n"
        + "根据《条例》规定，现将2019年度政府信息公开工作报告如下。\n本年度受理政府信息公开申请12件。");
    assertEquals(Optional.of(2020), ReportYearFinder.find(text, readings));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.YEAR_CONFLICT, "the title names 2020 but the text "
        + "introduces the report as 2019's; the title's year is used")), readings.issues());

    MetricReadings agreeing = new MetricReadings();
    assertEquals(Optional.of(2020), ReportYearFinder.find(ReportText.of("某某县自然资源局2020年政府信息公开工作年度报告\n"
        + "现将我局2020年度政府信息公开工作年度报告公布如下。\n本报告于2021年1月20日在县政府网站公布。"), agreeing));
    assertEquals(List.of(), agreeing.issues());
  }

  @Test
  void withoutTitleTheYearTheTextTalksAboutMost() {
    ReportText text = ReportText.of("按照《2018年政务公开工作要点》,我局推进公开。\n"
        + "截至2018年12月15日,发布信息130条。\n拨付2017年-2018年资金。\n2018年度,我局未接到依申请公开事项。");
    assertEquals(Optional.of(2018), ReportYearFinder.find(text, new MetricReadings()));
  }

  @Test
  void theSignatureDateIsNotTheYearTheReportCovers() {
    // 本年度 and a report signed in 2015 cover 2014, or an earlier year: the signature names none of them.
    assertEquals(Optional.of(2014), ReportYearFinder.find(ReportText.of(
        "平江县民政局政府信息公开工作年度报告\n2014年,我局共受理政府信息公开申请5件。\n2015年1月10日"), new MetricReadings()));
    assertEquals(Optional.empty(), ReportYearFinder.find(ReportText.of(
        "平江县民政局政府信息公开工作年度报告\n本年度,我局共受理政府信息公开申请5件。\n2015年3月1日"), new MetricReadings()));
  }

  @Test
  void aTextWithoutAnyYear() {
    assertEquals(Optional.empty(), ReportYearFinder.find(ReportText.of("会议纪要\n请各单位按时参加。"), new MetricReadings()));
  }
}
