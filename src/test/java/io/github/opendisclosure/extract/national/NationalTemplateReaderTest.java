package io.github.opendisclosure.extract.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.ReportTextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NationalTemplateReaderTest {

  private static final NationalTemplateReader READER = new NationalTemplateReader();

  @Test
  void huaianCity2024EveryNumberOfItsThreeTables() throws IOException {
    MetricReadings readings = read(resource("003_huaian-city-gov-2024.txt"), ReportTemplate.NATIONAL_2021);
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("requests_received", 3119L);
    expected.put("requests_carried_over", 34L);
    expected.put("requests_natural_person", 3001L);
    expected.put("requests_legal_person", 118L);
    expected.put("requests_commercial_enterprise", 53L);
    expected.put("requests_research_institution", 0L);
    expected.put("requests_social_welfare_organization", 0L);
    expected.put("requests_legal_service_organization", 61L);
    expected.put("requests_other_organization", 4L);
    expected.put("granted", 1362L);
    expected.put("partially_granted", 454L);
    expected.put("denied", 178L);
    expected.put("denied_state_secret", 2L);
    expected.put("denied_prohibited_by_law", 31L);
    expected.put("denied_security_stability", 5L);
    expected.put("denied_third_party_rights", 6L);
    expected.put("denied_internal_affairs", 8L);
    expected.put("denied_process_information", 12L);
    expected.put("denied_law_enforcement_file", 9L);
    expected.put("denied_administrative_query", 105L);
    expected.put("unable_to_provide", 781L);
    expected.put("unable_not_held", 769L);
    expected.put("unable_needs_creation", 11L);
    expected.put("unable_unclear_after_correction", 1L);
    expected.put("not_processed", 88L);
    expected.put("not_processed_petition_complaint", 62L);
    expected.put("not_processed_repeated", 25L);
    expected.put("not_processed_publication", 0L);
    expected.put("not_processed_excessive", 0L);
    expected.put("not_processed_confirm_existing", 1L);
    expected.put("other_handled", 187L);
    expected.put("other_no_correction", 71L);
    expected.put("other_fee_unpaid", 6L);
    expected.put("other_other", 110L);
    expected.put("total_handled", 3050L);
    expected.put("carried_to_next_year", 103L);
    expected.put("reconsideration_upheld", 72L);
    expected.put("reconsideration_corrected", 64L);
    expected.put("reconsideration_other", 178L);
    expected.put("reconsideration_pending", 37L);
    expected.put("reconsideration_total", 351L);
    expected.put("litigation_direct_upheld", 13L);
    expected.put("litigation_direct_corrected", 4L);
    expected.put("litigation_direct_other", 8L);
    expected.put("litigation_direct_pending", 1L);
    expected.put("litigation_direct_total", 26L);
    expected.put("litigation_after_reconsideration_upheld", 12L);
    expected.put("litigation_after_reconsideration_corrected", 1L);
    expected.put("litigation_after_reconsideration_other", 1L);
    expected.put("litigation_after_reconsideration_pending", 6L);
    expected.put("litigation_after_reconsideration_total", 20L);
    expected.put("litigation_total", 46L);
    expected.put("litigation_corrected", 5L);
    expected.put("rules_issued", 1L);
    expected.put("rules_repealed", 0L);
    expected.put("rules_in_force", 11L);
    expected.put("normative_documents_issued", 8L);
    expected.put("normative_documents_repealed", 26L);
    expected.put("normative_documents_in_force", 66L);
    expected.put("licensing_decisions", 447228L);
    expected.put("penalty_decisions", 3985758L);
    expected.put("enforcement_decisions", 88283L);
    expected.put("administrative_fees_yuan", 961716000L);
    assertEquals(expected, asLongs(readings));
    assertEquals(Map.of("natural_person", 746L, "commercial_enterprise", 12L, "research_institution", 0L,
        "social_welfare_organization", 0L, "legal_service_organization", 10L, "other_organization", 1L, "total", 769L),
        readings.applicantBreakdown().get("unable_not_held"));
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void hongze2023KeepsTheStatedTotalsOfItsContradictoryReviewRowAndSaysSo() throws IOException {
    MetricReadings readings = read(resource("001_huaian-hongze-district-gov-2023.txt"), ReportTemplate.NATIONAL_2021);
    assertEquals(0L, asLongs(readings).get("reconsideration_total"));
    assertEquals(10L, asLongs(readings).get("reconsideration_upheld"));
    assertEquals(0L, asLongs(readings).get("other_handled"), "its single 其他处理 row");
    assertEquals(13L, asLongs(readings).get("unable_to_provide"));
    assertEquals(List.of("total_mismatch", "total_mismatch"), codes(readings));
    assertEquals("1.属于国家秘密 1 0 0 0 0 0 1", readings.evidenceByKey().get("denied_state_secret"));
  }

  @Test
  void theEvidenceOfARowWhoseLabelNamesItTwiceIsTheWholeRow() throws IOException {
    // The row's last words (已获取信息, 缴纳费用) stand further than a marker's reach from its 5. or 2.
    MetricReadings pdfText = read(resource("002_huaian-hongze-district-gov-2024.txt"), ReportTemplate.NATIONAL_2021);
    assertEquals("5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0",
        pdfText.evidenceByKey().get("not_processed_confirm_existing"));
    String html = "<table><tr><td>三、收到和处理政府信息公开申请情况</td></tr>"
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td>2</td></tr>"
        + "<tr><td rowspan=\"3\">(六)其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td><td>0</td></tr>"
        + "<tr><td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td><td>1</td></tr>"
        + "<tr><td>3.其他</td><td>0</td></tr></table>";
    MetricReadings htmlTable = read(ReportTextCleaner.clean(html).text(), ReportTemplate.NATIONAL_2021);
    assertEquals("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1",
        htmlTable.evidenceByKey().get("other_fee_unpaid"));
  }

  @Test
  void onePerLineHtmlStyleAndTotalsOnlyLayoutsOfThe2019Template() {
    String pipes = """
        三、收到和处理政府信息公开申请情况
        本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和 | 申请人情况 | 总计
        一、本年新收政府信息公开申请数量 | 5
        二、上年结转政府信息公开申请数量 | 1
        三、本年度办理结果 | (一)予以公开 | 3
        (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1
        (三)不予公开 | 1.属于国家秘密 | 0
        2.其他法律行政法规禁止公开 | 0
        3.危及“三安全一稳定” | 0
        4.保护第三方合法权益 | 0
        5.属于三类内部事务信息 | 0
        6.属于四类过程性信息 | 0
        7.属于行政执法案卷 | 0
        8.属于行政查询事项 | 0
        (四)无法提供 | 1.本机关不掌握相关政府信息 | 1
        2.没有现成信息需要另行制作 | 0
        3.补正后申请内容仍不明确 | 0
        (五)不予处理 | 1.信访举报投诉类申请 | 0
        2.重复申请 | 0
        3.要求提供公开出版物 | 0
        4.无正当理由大量反复申请 | 0
        5.要求行政机关确认或重新出具已获取信息 | 0
        (六)其他处理 | 0
        (七)总计 | 5
        四、结转下年度继续办理 | 1
        """;
    MetricReadings readings = read(ReportText.of(pipes), ReportTemplate.NATIONAL_2019);
    Map<String, Long> values = asLongs(readings);
    assertEquals(5L, values.get("requests_received"));
    assertEquals(1L, values.get("unable_to_provide"));
    assertEquals(0L, values.get("not_processed"));
    assertEquals(5L, values.get("total_handled"));
    assertEquals(null, values.get("requests_natural_person"), "a totals-only table states no applicant columns");
    assertEquals(List.of(), codes(readings));

    MetricReadings onePerLine = read(ReportText.of(String.join("\n", pipes.replace(" | ", "\n").lines().toList())),
        ReportTemplate.NATIONAL_2019);
    assertEquals(values, asLongs(onePerLine));
  }

  @Test
  void aTableCutOffKeepsItsRowsAndSaysItWasCut() {
    String cut = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        (一)予以公开 1 0 0 0 0 0 1
        """;
    MetricReadings readings = read(ReportText.of(cut), ReportTemplate.NATIONAL_2021);
    assertEquals(2L, asLongs(readings).get("requests_received"));
    assertEquals(1L, asLongs(readings).get("granted"));
    assertEquals(List.of("table_truncated"), codes(readings));
  }

  @Test
  void aRowWhoseColumnsDoNotAddUpIsKeptAsStatedAndFlagged() {
    String table = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 2 1 0 0 0 0 4
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(4L, asLongs(readings).get("requests_received"));
    assertTrue(readings.issues().get(0).message().contains("总计 4 but its columns sum to 3"), readings.issues().toString());
  }

  @Test
  void aTotalColumnMovedToTheFirstFigureColumnIsReadAsTheTotal() {
    // 总计 first: each row's 总计 was read as its 自然人 column and its last column, 其他, as its 总计.
    String table = """
        三、收到和处理政府信息公开申请情况
        申请人情况
        总计 自然人 法人或其他组织
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量 13 10 1 0 0 2 0
        (一)予以公开 7 5 1 0 0 1 0
        (七)总计 3 3 0 0 0 0 0
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(13L, values.get("requests_received"));
    assertEquals(10L, values.get("requests_natural_person"));
    assertEquals(2L, values.get("requests_legal_service_organization"));
    assertEquals(0L, values.get("requests_other_organization"));
    assertEquals(7L, values.get("granted"));
    assertEquals(3L, values.get("total_handled"));
    assertEquals("一、本年新收政府信息公开申请数量 13 10 1 0 0 2 0", readings.evidenceByKey().get("requests_received"));
    assertTrue(codes(readings).stream().noneMatch("total_mismatch"::equals), readings.issues().toString());

    String proseAbove = table.replace("申请人情况\n总计 自然人 法人或其他组织\n", "本机关总计收到申请13件,其中自然人10件。\n自然人 法人或其他组织 总计\n")
        .replace(" 13 10 1 0 0 2 0", " 10 1 0 0 2 0 13");
    assertEquals(13L, asLongs(read(ReportText.of(proseAbove), ReportTemplate.NATIONAL_2021)).get("requests_received"));

    // With the five 法人或其他组织 columns merged into one HTML cell, 总计 13 was read as 自然人 and 法人或其他组织's 3 as 总计.
    String merged = "<p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td colspan=\"3\"></td><td>总计</td><td>自然人</td><td colspan=\"5\">法人或其他组织</td></tr>"
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td>13</td><td>10</td><td colspan=\"5\">3</td></tr>"
        + "<tr><td>(七)总计</td><td>12</td><td>9</td><td colspan=\"5\">3</td></tr>"
        + "<tr><td>四、结转下年度继续办理</td><td>1</td><td>1</td><td colspan=\"5\">0</td></tr></table>";
    MetricReadings mergedReadings = read(ReportTextCleaner.clean(merged).text(), ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of("requests_received", 13L, "requests_natural_person", 10L, "requests_legal_person", 3L,
        "total_handled", 12L, "carried_to_next_year", 1L), asLongs(mergedReadings));
    assertEquals(List.of(), messages(mergedReadings));
  }

  @Test
  void dashesKeepTheirColumnsAndStateNothingWhileNoneStatesZero() {
    // A dash split a row's numbers: (一)予以公开 read its 自然人 column, 4, as its 总计.
    String table = """
        三、收到和处理政府信息公开申请情况
        (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况
        自然人 | 法人或其他组织 | 总计
        商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他
        一、本年新收政府信息公开申请数量 | 5 | 2 | — | — | — | — | 7
        二、上年结转政府信息公开申请数量 | / | / | / | / | / | / | /
        三、本年度办理结果 | (一)予以公开 | 4 | — | — | — | 1 | — | 5
        (二)部分公开 | 1 | 1 | 无 | 无 | 无 | 无 | 2
        (七)总计 | 5 | 2 | - | - | - | - | 7
        四、结转下年度继续办理 | — | — | — | — | — | — | —
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 | 行政诉讼
        结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉
        1 | — | — | — | 1 | — | — | — | — | — | 2 | — | — | — | 2
        五、存在的主要问题及改进情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("requests_received", 7L);
    expected.put("requests_natural_person", 5L);
    expected.put("granted", 5L);
    expected.put("partially_granted", 2L);
    expected.put("total_handled", 7L);
    expected.put("reconsideration_total", 1L);
    expected.put("requests_commercial_enterprise", 2L);
    expected.put("reconsideration_upheld", 1L);
    expected.put("litigation_after_reconsideration_upheld", 2L);
    expected.put("litigation_after_reconsideration_total", 2L);
    assertEquals(expected, asLongs(readings));
    // Only (二)部分公开, whose 无 are zeros, states every applicant column.
    assertEquals(Set.of("partially_granted"), readings.applicantBreakdown().keySet());
    assertEquals(0L, readings.applicantBreakdown().get("partially_granted").get("research_institution"));
    assertEquals("(一)予以公开 4 — — — 1 — 5", readings.evidenceByKey().get("granted"));
    assertEquals("(二)部分公开 1 1 无 无 无 无 2", readings.evidenceByKey().get("partially_granted"));
    assertEquals(List.of(), codes(readings));
  }

  @Test
  void blankHtmlCellsKeepTheirColumnsAndStateNothing() {
    // Blank cells vanished: every row with one had too few numbers, and the whole table was lost.
    String html = "<p>二、主动公开政府信息情况</p><table>"
        + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td><td></td></tr>"
        + "<tr><td>规章</td><td>1</td><td></td><td>11</td></tr></table>"
        + "<p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td colspan=\"3\" rowspan=\"3\"></td><td colspan=\"7\">申请人情况</td></tr>"
        + "<tr><td>自然人</td><td colspan=\"5\">法人或其他组织</td><td>总计</td></tr>"
        + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>"
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td>30</td><td>5</td><td></td><td></td><td>1</td><td></td><td>36</td></tr>"
        + "<tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td></td><td></td><td></td><td></td><td></td><td>2</td></tr>"
        + "<tr><td>三、本年度办理结果</td><td>(一)予以公开</td><td>20</td><td>5</td><td></td><td></td><td></td><td></td><td>25</td></tr>"
        + "<tr><td>(二)部分公开</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
        + "<tr><td>(七)总计</td><td>31</td><td>5</td><td></td><td></td><td>1</td><td></td><td>37</td></tr>"
        + "<tr><td>四、结转下年度继续办理</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr></table>"
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
        + "<tr><td></td><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
        + "<tr><td>1</td><td></td><td></td><td></td><td>1</td><td></td><td></td><td></td><td></td><td></td>"
        + "<td></td><td></td><td></td><td>2</td><td>2</td></tr></table><p>五、存在的主要问题及改进情况</p>";
    MetricReadings readings = read(ReportTextCleaner.clean(html).text(), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(36L, values.get("requests_received"));
    assertEquals(30L, values.get("requests_natural_person"));
    assertEquals(5L, values.get("requests_commercial_enterprise"));
    assertEquals(1L, values.get("requests_legal_service_organization"));
    assertEquals(null, values.get("requests_research_institution"), "a blank cell states nothing");
    assertEquals(2L, values.get("requests_carried_over"));
    assertEquals(25L, values.get("granted"));
    assertEquals(null, values.get("partially_granted"), "a row left blank states nothing");
    assertEquals(37L, values.get("total_handled"));
    assertEquals(1L, values.get("carried_to_next_year"));
    assertEquals("(一)予以公开 20 5 (空) (空) (空) (空) 25", readings.evidenceByKey().get("granted"));
    assertEquals(1L, values.get("rules_issued"));
    assertEquals(null, values.get("rules_repealed"));
    assertEquals(11L, values.get("rules_in_force"));
    assertEquals(1L, values.get("reconsideration_upheld"));
    assertEquals(1L, values.get("reconsideration_total"));
    assertEquals(null, values.get("reconsideration_corrected"));
    assertEquals(2L, values.get("litigation_after_reconsideration_pending"));
    assertEquals(2L, values.get("litigation_after_reconsideration_total"));
    assertEquals(List.of(), codes(readings));

    // Blank placeholders an export leaves beside a label it merged are no columns.
    String placeholders = "<p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td></td><td></td><td>30</td><td>5</td><td></td><td></td><td>1</td>"
        + "<td></td><td>36</td></tr></table>"
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>数量</td><td></td><td>1</td>" + "<td>0</td>".repeat(13)
        + "<td>2</td></tr></table>";
    MetricReadings merged = read(ReportTextCleaner.clean(placeholders).text(), ReportTemplate.NATIONAL_2021);
    assertEquals(36L, asLongs(merged).get("requests_received"));
    assertEquals(30L, asLongs(merged).get("requests_natural_person"));
    assertEquals(1L, asLongs(merged).get("reconsideration_upheld"));
    assertEquals(2L, asLongs(merged).get("litigation_after_reconsideration_total"));
  }

  @Test
  void blankCellsBetweenTabsKeepTheirColumnsAndStateNothing() {
    // A table copied from Word: the blank cells vanished, every row had too few numbers and the table was lost.
    String table = String.join("\n",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
        "一、本年新收政府信息公开申请数量\t10\t1\t\t\t2\t\t13",
        "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t",
        "三、本年度办理结果\t(一)予以公开\t5\t1\t\t\t1\t\t7",
        "(七)总计\t9\t1\t\t\t2\t\t12",
        "四、结转下年度继续办理\t1\t\t\t\t\t\t1");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(13L, values.get("requests_received"));
    assertEquals(10L, values.get("requests_natural_person"));
    assertEquals(2L, values.get("requests_legal_service_organization"));
    assertEquals(null, values.get("requests_research_institution"), "a blank cell states nothing");
    assertEquals(null, values.get("requests_carried_over"), "a row left blank states nothing");
    assertEquals(7L, values.get("granted"));
    assertEquals(12L, values.get("total_handled"));
    assertEquals(1L, values.get("carried_to_next_year"));
    assertEquals("(一)予以公开 5 1 (空) (空) 1 (空) 7", readings.evidenceByKey().get("granted"));
    assertEquals(List.of(), messages(readings));
  }

  @Test
  void tablesSavedAsCsvAreReadInTheirColumns() {
    // A CSV line was one cell with no value in it: none of the three tables was read.
    String csv = String.join("\n",
        "二、主动公开政府信息情况",
        "信息内容,本年制发件数,本年废止件数,现行有效件数",
        "规章,0,0,0",
        "行政规范性文件,3,1,12",
        "三、收到和处理政府信息公开申请情况",
        ",,申请人情况,,,,,,",
        ",,自然人,法人或其他组织,,,,,总计",
        ",,,商业企业,科研机构,社会公益组织,法律服务机构,其他,",
        "一、本年新收政府信息公开申请数量,,10,\"1,002\",0,,1,0,\"1,013\"",
        "三、本年度办理结果,(一)予以公开,6,1,0,0,1,0,8",
        ",(二)部分公开(区分处理的,只计这一情形,不计其他情形),1,0,0,0,0,0,1",
        "(七)总计,,9,2,0,0,1,0,12",
        "四、结转下年度继续办理,,2,0,0,0,0,0,2",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议,,,,,行政诉讼,,,,,,,,,",
        "1,0,0,0,1,0,0,0,0,0,1,0,0,0,1",
        "五、存在的主要问题及改进情况");
    MetricReadings readings = read(ReportText.of(csv), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(1013L, values.get("requests_received"));
    assertEquals(1002L, values.get("requests_commercial_enterprise"));
    assertEquals(null, values.get("requests_social_welfare_organization"), "a blank cell states nothing");
    assertEquals(8L, values.get("granted"));
    assertEquals(1L, values.get("partially_granted"));
    assertEquals(12L, values.get("total_handled"));
    assertEquals(2L, values.get("carried_to_next_year"));
    assertEquals("(一)予以公开 6 1 0 0 1 0 8", readings.evidenceByKey().get("granted"));
    assertEquals(3L, values.get("normative_documents_issued"));
    assertEquals(12L, values.get("normative_documents_in_force"));
    assertEquals(1L, values.get("reconsideration_upheld"));
    assertEquals(1L, values.get("litigation_after_reconsideration_total"));
    assertEquals(List.of(), messages(readings));

    // A line of PDF text that is only label text keeps its commas, also when it breaks right after one,
    // as most PDF conversions of this label do.
    assertEquals("(二)部分公开(区分处理的,只计这一情 447 7 0 0 0 0 454", partiallyGrantedEvidenceUnder("(二)部分公开(区分处理的,只计这一情"));
    assertEquals("(二)部分公开(区分处理的, 447 7 0 0 0 0 454", partiallyGrantedEvidenceUnder("(二)部分公开(区分处理的,"));

    // A sheet that holds the 15 columns of the review table pads each application row to them: 13 cells matched no row.
    MetricReadings padded = read(ReportText.of(csv.replace("(七)总计,,9,2,0,0,1,0,12", "(七)总计,,9,2,0,0,1,0,12,,,,,,")),
        ReportTemplate.NATIONAL_2021);
    assertEquals(12L, asLongs(padded).get("total_handled"));
    assertEquals("(七)总计 9 2 0 0 1 0 12", padded.evidenceByKey().get("total_handled"));
    assertEquals(List.of(), messages(padded));

    // A sheet's empty row under the headings, a line of commas, was taken for seven blank cells of no row, with an issue.
    MetricReadings emptyRow = read(ReportText.of(csv.replace(",,,商业企业,", ",,,,,,,,\n,,,商业企业,")), ReportTemplate.NATIONAL_2021);
    assertEquals(1013L, asLongs(emptyRow).get("requests_received"));
    assertEquals(List.of(), messages(emptyRow));
  }

  @Test
  void figuresSplitAtAnUnquotedThousandsSeparatorAreJoinedWhenTheColumnsProveIt() {
    // Nine cells matched no row of seven, four no row of three: both rows were lost with an issue.
    String csv = String.join("\n",
        "二、主动公开政府信息情况",
        "信息内容,本年制发件数,本年废止件数,现行有效件数",
        "行政规范性文件,3,1,1,012",
        "三、收到和处理政府信息公开申请情况",
        ",,自然人,法人或其他组织,,,,,总计",
        "一、本年新收政府信息公开申请数量,,10,1,002,0,0,1,0,1,013",
        "(七)总计,,9,2,0,0,1,0,12",
        "四、结转下年度继续办理,,2,0,0,0,0,0,2");
    MetricReadings readings = read(ReportText.of(csv), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(1012L, values.get("normative_documents_in_force"));
    assertEquals(1013L, values.get("requests_received"));
    assertEquals(1002L, values.get("requests_commercial_enterprise"));
    assertEquals("一、本年新收政府信息公开申请数量 10 1002 0 0 1 0 1013", readings.evidenceByKey().get("requests_received"));
    assertEquals(List.of(), messages(readings));

    // Two cells too many but pairs that share a cell (1,100,200): which are one figure the row does not say.
    MetricReadings unclear = read(ReportText.of(csv.replace("10,1,002,0,0,1,0,1,013", "10,1,100,200,0,1,0,1,311")),
        ReportTemplate.NATIONAL_2021);
    assertEquals(null, asLongs(unclear).get("requests_received"));
    assertEquals(List.of("application table: 9 numbers after \"三、收到和处理政府信息公开申请情况自然人法人或其他组织一、本年新收政府信息公开申请数量\" match no row"
        + " of the template; they were not read"), messages(unclear));
  }

  @Test
  void tabSeparatedCellsTheExportQuotedAreTheirFigures() {
    // Excel's tab-delimited text quotes a figure written with its thousands separator ("1,012"): the
    // quoted cells could not be read, and their rows were lost with an issue.
    String table = String.join("\n",
        "二、主动公开政府信息情况",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "行政规范性文件\t3\t1\t\"1,012\"",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t10\t\"1,002\"\t0\t0\t1\t0\t\"1,013\"",
        "(七)总计\t9\t2\t0\t0\t1\t0\t12",
        "四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(1012L, values.get("normative_documents_in_force"));
    assertEquals(1013L, values.get("requests_received"));
    assertEquals(1002L, values.get("requests_commercial_enterprise"));
    assertEquals(List.of(), messages(readings));
  }

  @Test
  void csvCellsSeparatedByACommaAndASpaceAreCells() {
    // Lines of ", " were no CSV rows: PDF text of one cell a word, its figures matched no row.
    String csv = String.join("\n",
        "二、主动公开政府信息情况",
        "信息内容, 本年制发件数, 本年废止件数, 现行有效件数",
        "行政规范性文件, 3, 1, 12",
        "三、收到和处理政府信息公开申请情况",
        ", , 自然人, 法人或其他组织, , , , , 总计",
        ", , , 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, ",
        "一、本年新收政府信息公开申请数量, , 10, 2, 0, , 1, 0, 13",
        "三、本年度办理结果, (一)予以公开, 6, 1, 0, 0, 1, 0, 8",
        "(七)总计, , 9, 2, 0, 0, 1, 0, 12",
        "四、结转下年度继续办理, , 2, 0, 0, 0, 0, 0, 2",
        "四、政府信息公开行政复议、行政诉讼情况",
        "1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1",
        "五、存在的主要问题及改进情况");
    MetricReadings readings = read(ReportText.of(csv), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(3L, values.get("normative_documents_issued"));
    assertEquals(12L, values.get("normative_documents_in_force"));
    assertEquals(13L, values.get("requests_received"));
    assertEquals(null, values.get("requests_social_welfare_organization"), "a blank cell states nothing");
    assertEquals(8L, values.get("granted"));
    assertEquals(2L, values.get("carried_to_next_year"));
    assertEquals(1L, values.get("reconsideration_upheld"));
    assertEquals(List.of(), messages(readings));
  }

  @Test
  void aSeparatedRowWhoseOnlyFigureIsItsFirstCellIsNotRead() {
    // A row merged over its seven cells, exported as its figure and blank cells, had its total 15 read as 自然人's.
    String csv = String.join("\n",
        "三、收到和处理政府信息公开申请情况",
        ",,自然人,法人或其他组织,,,,,总计",
        "一、本年新收政府信息公开申请数量,,15,,,,,,",
        "二、上年结转政府信息公开申请数量,,0,0,0,0,0,0,0",
        "(七)总计,,14,0,0,0,0,0,14",
        "四、结转下年度继续办理,,1,0,0,0,0,0,1");
    MetricReadings readings = read(ReportText.of(csv), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(null, values.get("requests_natural_person"));
    assertEquals(null, values.get("requests_received"));
    assertEquals(14L, values.get("total_handled"));
    assertEquals(List.of("application table: the row \"一、本年新收政府信息公开申请数量 15 (空) (空) (空) (空) (空) (空)\" states"
        + " only its first cell, its 总计 blank: a figure merged over the row (its 总计) or 自然人's; it was not read"),
        messages(readings));

    // Under a 总计 column put first the first cell is the total.
    MetricReadings totalFirst = read(ReportText.of(csv.replace(",,自然人,法人或其他组织,,,,,总计", ",,总计,自然人,法人或其他组织,,,,,")),
        ReportTemplate.NATIONAL_2021);
    assertEquals(15L, asLongs(totalFirst).get("requests_received"));
  }

  /** 本年新收 as 10 natural persons and 3 legal persons in one merged cell, of no one kind, 13 in all. */
  private static void assertReadAsOneMergedLegalPersonCell(Map<String, Long> values) {
    assertEquals(13L, values.get("requests_received"));
    assertEquals(10L, values.get("requests_natural_person"));
    assertEquals(3L, values.get("requests_legal_person"));
    assertEquals(null, values.get("requests_commercial_enterprise"), "the merged cell is no one kind's");
  }

  /** The evidence of partially_granted when a PDF line of {@code labelLine} stands over its figures. */
  private static String partiallyGrantedEvidenceUnder(String labelLine) {
    MetricReadings readings = read(ReportText.of("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n"
        + labelLine + "\n447 7 0 0 0 0 454\n"), ReportTemplate.NATIONAL_2021);
    return readings.evidenceByKey().get("partially_granted");
  }

  @Test
  void fiveLegalPersonColumnsMergedIntoOneHtmlCellAreItsOneFigure() {
    // Three figures a row matched no row: the whole table was lost and the report labelled narrative.
    String html = "<p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td colspan=\"3\"></td><td>自然人</td><td colspan=\"5\">法人或其他组织</td><td>总计</td></tr>"
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td>10</td><td colspan=\"5\">3</td><td>13</td></tr>"
        + "<tr><td>三、本年度办理结果</td><td>(一)予以公开</td><td>5</td><td colspan=\"5\">2</td><td>7</td></tr>"
        + "<tr><td>(七)总计</td><td>9</td><td colspan=\"5\">3</td><td>13</td></tr>"
        + "<tr><td>四、结转下年度继续办理</td><td>1</td><td colspan=\"5\">0</td><td>1</td></tr></table>";
    MetricReadings readings = read(ReportTextCleaner.clean(html).text(), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertReadAsOneMergedLegalPersonCell(values);
    assertEquals(7L, values.get("granted"));
    assertEquals(13L, values.get("total_handled"));
    assertEquals(Map.of(), readings.applicantBreakdown());
    assertEquals(List.of("application table, total_handled: 总计 13 but its columns sum to 12"), messages(readings));

    // In PDF text three figures may be the start of a row a page break cut: they stay unread.
    MetricReadings cut = read(ReportText.of("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 10 3 13\n"),
        ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of(), asLongs(cut));
  }

  @Test
  void fiveLegalPersonColumnsMergedOverBlankTabSeparatedCellsAreItsOneFigure() {
    // A merged cell exported as its figure and four blank cells: its 3 was read as 商业企业's.
    String table = String.join("\n",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "一、本年新收政府信息公开申请数量\t10\t3\t\t\t\t\t13",
        "三、本年度办理结果\t(一)予以公开\t5\t2\t\t\t\t\t7",
        "(七)总计\t9\t3\t\t\t\t\t12",
        "四、结转下年度继续办理\t1\t\t\t\t\t\t1");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertReadAsOneMergedLegalPersonCell(values);
    assertEquals(7L, values.get("granted"));
    assertEquals(12L, values.get("total_handled"));
    assertEquals(1L, values.get("carried_to_next_year"));
    assertEquals(Map.of(), readings.applicantBreakdown());
    assertEquals(List.of(), messages(readings));

    // Under headings that name the five kinds the merged 3 was read as 商业企业's: a figure over four
    // blank kinds is the 法人或其他组织 total either way, and 商业企业's only when not merged.
    MetricReadings named = read(ReportText.of(table.replace("申请人情况\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "申请人情况\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t")),
        ReportTemplate.NATIONAL_2021);
    assertReadAsOneMergedLegalPersonCell(asLongs(named));
    assertEquals(List.of(), messages(named));

    // Saved as CSV (10,3,,,,,13) the merged 3 was read as 商业企业's.
    MetricReadings csv = read(ReportText.of(table.replace('\t', ',')), ReportTemplate.NATIONAL_2021);
    assertReadAsOneMergedLegalPersonCell(asLongs(csv));
    assertEquals(List.of(), messages(csv));
  }

  @Test
  void aSecondRowOfNumbersInTheReviewTableIsNotReadAndSaysSo() {
    // The second row of fifteen was dropped without a word.
    String table = String.join("\n",
        "四、政府信息公开行政复议、行政诉讼情况",
        "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1",
        "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
        "五、存在的主要问题及改进情况");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(1L, asLongs(readings).get("reconsideration_upheld"));
    assertEquals(List.of("the 行政复议/行政诉讼 table has another row of numbers after its 15 "
        + "(\"0 1 0 0 1 0 0 0 0 0 0 0 0 0 0\"); it was not read"), messages(readings));

    // A page number or a figure in a note under the table is no row.
    MetricReadings note = read(ReportText.of(table.replace("0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "注:本年度复议案件1件\n3")),
        ReportTemplate.NATIONAL_2021);
    assertEquals(List.of(), messages(note));
  }

  @Test
  void aRowOfMoreCellsThanTheReviewTableHasIsNotRead() {
    // A CSV that leaves a thousands separator unquoted splits 1,200 in two: its first 15 cells were read, 200 as 纠正.
    MetricReadings split = read(ReportText.of("四、政府信息公开行政复议、行政诉讼情况\n1,200,0,0,0,1,200,0,0,0,0,0,1,0,0,0,1\n"),
        ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of(), asLongs(split));
    assertEquals(List.of("the 行政复议/行政诉讼 table has a row of 17 cells, more than its 15 "
        + "(\"1 200 0 0 0 1 200 0 0 0 0 0 1 0 0 0 1\"); it was not read"), messages(split));

    // Blank cells after the 15 pad the row, an HTML row's empty last cell (备注): they are no cells of it.
    MetricReadings padded = read(ReportText.of("四、政府信息公开行政复议、行政诉讼情况\n| 1 | 0 | 0 | 0 | 1 |" + " 0 |".repeat(10) + " |\n"),
        ReportTemplate.NATIONAL_2021);
    assertEquals(1L, asLongs(padded).get("reconsideration_total"));
    assertEquals(List.of(), messages(padded));
  }

  @Test
  void aReviewRowLeftWhollyBlankStatesNothingAndIsNoCutTable() {
    // The row's first and last blank cells were taken for a frame (| a | b |): 13 of 15 cells, a table cut off.
    String html = "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
        + "<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
        + "<tr>" + "<td></td>".repeat(15) + "</tr></table><p>五、存在的主要问题及改进情况</p>";
    MetricReadings readings = read(ReportTextCleaner.clean(html).text(), ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of(), asLongs(readings));
    assertEquals(List.of(), codes(readings));
  }

  @Test
  void countsWrittenInChineseNumeralsAreNumbersWhereARowsValuesStand() {
    // 二十一 零 … were label text: the rows lost their numbers, and 3001 (自然人), left alone, was read as 总计.
    String table = """
        三、收到和处理政府信息公开申请情况
        申请人情况 自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 3001 五十三 零 零 六十一 四 3119
        二、上年结转政府信息公开申请数量 ○ ○ ○ ○ ○ ○ ○
        三
        、
        本
        (一)予以公开 十二 〇 〇 〇 〇 〇 十二
        (七)总计 | 一百零五 | 二 | 零 | 零 | 零 | 零 | 一百零七
        四、结转下年度继续办理 三千零一十二
        四、政府信息公开行政复议、行政诉讼情况
        十 一 零 零 十一 零 零 零 零 零 二 零 零 零 二
        五、存在的主要问题及改进情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(3119L, values.get("requests_received"));
    assertEquals(53L, values.get("requests_commercial_enterprise"));
    assertEquals(118L, values.get("requests_legal_person"));
    assertEquals(0L, values.get("requests_carried_over"));
    assertEquals(12L, values.get("granted"), "三 、 本, a label set a character a line, are no values");
    assertEquals(107L, values.get("total_handled"));
    assertEquals(3012L, values.get("carried_to_next_year"), "a totals-only row after its label");
    assertEquals(11L, values.get("reconsideration_total"));
    assertEquals(2L, values.get("litigation_total"));
    assertEquals("(一)予以公开 十二 〇 〇 〇 〇 〇 十二", readings.evidenceByKey().get("granted"));
    assertEquals(List.of(), codes(readings));
  }

  @Test
  void rowsWhoseValuesCannotBeReadSaySoAndSoDoesATableOfThem() {
    // The rows' labels were gathered and their values dropped without an issue: a table of them
    // was no table at all, and the report was labelled narrative.
    String unreadable = applicationTableOfEveryRow("申请人情况 自然人 总计", "* * * * * * *");
    MetricReadings table = new MetricReadings();
    assertTrue(READER.read(ReportText.of(unreadable), ReportTemplate.NATIONAL_2021, table));
    assertEquals(Map.of(), asLongs(table));
    assertEquals(List.of("empty_table"), codes(table));
    assertTrue(table.issues().get(0).message().contains("17 of its rows"), table.issues().toString());

    String oneRow = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2
        (一)予以公开 十余 零 零 零 零 零 十余
        (二)部分公开 1 0 0 0 0 0 1
        1.属于国家秘密
        (七)总计 1 0 0 0 0 0 1
        四、结转下年度继续办理 X
        """;
    MetricReadings rows = read(ReportText.of(oneRow), ReportTemplate.NATIONAL_2021);
    assertEquals(null, asLongs(rows).get("granted"));
    assertEquals(1L, asLongs(rows).get("partially_granted"));
    // 1.属于国家秘密, a row left blank, has no cell that could not be read.
    assertEquals(List.of("application table: the row \"(一)予以公开 十余 零 零 零 零 零 十余\" has no value that could be read; "
        + "granted was not read", "application table: the row \"四、结转下年度继续办理 X\" has no value that could be read; "
        + "carried_to_next_year was not read"), messages(rows));

    MetricReadings prose = new MetricReadings();
    assertEquals(false, READER.read(ReportText.of("""
        三、收到和处理政府信息公开申请情况
        本年新收政府信息公开申请5件,予以公开3件,部分公开1件,不予公开1件。上年结转0件,结转下年度继续办理0件。
        """), ReportTemplate.NATIONAL_2021, prose));
    assertEquals(List.of(), codes(prose));
  }

  @Test
  void oneCellALineARowWhoseCellsCannotBeReadSaysSoAndARowLeftBlankDoesNot() {
    // Its label alone on its line, the row was taken for one left blank: dropped without an issue.
    String table = String.join("\n", """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 10 1 0 0 2 0 13
        (一)予以公开 十余 十余 十余 十余 十余 十余 十余
        (二)部分公开
        (三)不予公开 1.属于国家秘密 1 0 0 0 0 0 1
        (七)总计 9 1 0 0 2 0 12
        四、结转下年度继续办理 2 0 0 0 0 0 2
        """.replace(' ', '\n').lines().toList());
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(1L, asLongs(readings).get("denied_state_secret"));
    assertEquals(List.of("application table: the row \"(一)予以公开 十余 十余 十余 十余 十余 十余 十余\" has no value that "
        + "could be read; granted was not read"), messages(readings));

    String proactive = """
        二、主动公开政府信息情况
        行政处罚
        120
        行政强制
        8.8万
        行政事业性收费
        三、收到和处理政府信息公开申请情况
        """;
    MetricReadings fees = read(ReportText.of(proactive), ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of("penalty_decisions", 120L), asLongs(fees));
    assertEquals(List.of("第二十条 table: the row \"行政强制 8.8万\" has no value that could be read; it was not read"),
        messages(fees));
  }

  @Test
  void aTableWithoutItsTotalColumnKeepsItsTemplateAndReadsNoRow() {
    // Six figures a row matched no row: each was an issue, but the table was no table and the report narrative.
    String table = applicationTableOfEveryRow("申请人情况 自然人 法人或其他组织", "1 0 0 0 0 0");
    MetricReadings readings = new MetricReadings();
    assertTrue(READER.read(ReportText.of(table), ReportTemplate.NATIONAL_2021, readings));
    assertEquals(Map.of(), asLongs(readings));
    assertEquals(17, codes(readings).stream().filter("unrecognized_row"::equals).count());
    assertEquals("empty_table", codes(readings).get(codes(readings).size() - 1));
  }

  @Test
  void aTableWithoutItsTotalColumnUnderHeadingsNamingEachColumnReadsTheApplicantColumns() {
    // Six figures a row matched no row: 本年新收's applicant columns, stated, were lost with the rest.
    String table = applicationTableOfEveryRow("申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他", "1 0 0 0 0 0")
        .replace("一、本年新收政府信息公开申请数量 1 0 0 0 0 0", "一、本年新收政府信息公开申请数量 10 2 0 0 1 0");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(10L, values.get("requests_natural_person"));
    assertEquals(2L, values.get("requests_commercial_enterprise"));
    assertEquals(1L, values.get("requests_legal_service_organization"));
    assertEquals(3L, values.get("requests_legal_person"));
    assertEquals(null, values.get("requests_received"), "the table states no 总计");
    assertEquals(null, values.get("granted"), "the table states no 总计");
    assertEquals(Map.of(), readings.applicantBreakdown());
    assertEquals(List.of("the application table has no 总计 column: of its rows only the applicant columns of 本年新收"
        + " were read, the others' totals not being stated"), messages(readings));
  }

  @Test
  void aLoneNumberCutOffFromTheRestOfItsRowIsNotItsTotal() {
    // A count word set apart from its number (1288 件) cut the row after its 自然人 column, 1288,
    // which was read as the row's 总计 (1362).
    String table = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 1300 0 0 0 62 0 1362
        (一)予以公开 1288 件 21 件 0 件 0 件 50 件 3 件 1362 件
        (二)部分公开(区分处理的,只计这一情
        0
        形,不计其他情形)
        (七)总计 1300 0 0 0 62 0 1362
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(null, asLongs(readings).get("granted"));
    assertEquals(0L, asLongs(readings).get("partially_granted"), "a totals-only row wrapped around its number");
    assertEquals(List.of("application table: the row \"(一)予以公开 1288 件 21 件 0 件 0 件 50 件 3 件 1362 件\" has a cell "
        + "that could not be read; it was not read", "the application table stops before its (七)总计 and 结转下年度 rows; "
        + "the rows present were read"), messages(readings));
  }

  @Test
  void aLoneNumberCutOffFromTheRestOfItsRowOneCellALineIsNotItsTotal() {
    // One cell a line, 十余 cut (一)予以公开 after its 自然人 column, 5, which was read as the row's 总计 (7).
    String table = String.join("\n", """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 10 1 0 0 2 0 13
        (一)予以公开 5 十余 0 0 1 0 7
        (二)部分公开 1 0 0 0 0 0 1
        3.其他 0
        (七)总计 12
        """.replace(' ', '\n').lines().toList());
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(null, asLongs(readings).get("granted"));
    assertEquals(1L, asLongs(readings).get("partially_granted"));
    assertEquals(0L, asLongs(readings).get("other_other"), "a lone number before the next row's label is its row's 总计");
    assertEquals("application table: the row \"(一)予以公开 5 十余 0 0 1 0 7\" has a cell that could not be read; "
        + "it was not read", messages(readings).get(0));
  }

  @Test
  void columnHeadingsRepeatedByAPageBreakInsideARowAreNoRowsLabel() {
    // The repeated heading 总计 stood closest to the values: they were read as (七)总计, 3 instead of 12.
    String table = """
        三、收到和处理政府信息公开申请情况
        申请人情况
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量 10 1 0 0 2 0 13
        1.本机关不掌握相关政府信息
        申请人情况
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        2 0 0 0 1 0 3
        2.没有现成信息需要另行制作 0 0 0 0 0 0 0
        (七)总计 9 1 0 0 2 0 12
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(3L, values.get("unable_not_held"));
    assertEquals(0L, values.get("unable_needs_creation"));
    assertEquals(12L, values.get("total_handled"));
    assertEquals(List.of("table_truncated"), codes(readings));
  }

  @Test
  void aRowSplitByAPageBreakThatRepeatsTheColumnHeadingsIsOneRow() {
    // 2 0 0 and 0 1 0 3 were each an unrecognized group: the row was lost.
    String table = """
        三、收到和处理政府信息公开申请情况
        申请人情况
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 10 1 0 0 2 0 13
        1.本机关不掌握相关政府信息 2 0 0
        - 3 -
        申请人情况
        自然人 法人或其他组织 总计
        0 1 0 3
        2.没有现成信息需要另行制作 0 0 0
        二、上年结转政府信息公开申请数量
        0 0 0 0
        """;
    MetricReadings readings = read(ReportTextCleaner.clean(table).text(), ReportTemplate.NATIONAL_2021);
    assertEquals(3L, asLongs(readings).get("unable_not_held"));
    assertEquals("1.本机关不掌握相关政府信息 2 0 0 0 1 0 3", readings.evidenceByKey().get("unable_not_held"));
    assertEquals(null, asLongs(readings).get("unable_needs_creation"), "a row's label between the parts keeps them apart");
    assertEquals(List.of("application table: 3 numbers after \"2.没有现成信息需要另行制作\" match no row of the template; "
        + "they were not read", "application table: 4 numbers after \"二、上年结转政府信息公开申请数量\" match no row of the "
        + "template; they were not read"), messages(readings).subList(0, 2));
  }

  @Test
  void aBarePageNumberInsideARowIsNoCellOfIt() {
    // The page number 3 made the row eight numbers, which matched no row; in the 行政复议 table the
    // page number 4 took the tenth column and every column after it was read one column late.
    String table = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 10 1 0 0 2 0 13
        1.本机关不掌握相关政府信息 2 0 0
        3
        0 1 0 3
        2.没有现成信息需要另行制作
        3
        1 0 0 0 0 0 1
        (七)总计 9 1 0 0 2 0 12
        四、政府信息公开行政复议、行政诉讼情况
        1 0 0 0 1 0 0 0 0
        4
        0 0 0 0 1 1
        五、存在的主要问题及改进情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(3L, values.get("unable_not_held"));
    assertEquals("1.本机关不掌握相关政府信息 2 0 0 0 1 0 3", readings.evidenceByKey().get("unable_not_held"));
    assertEquals(1L, values.get("unable_needs_creation"));
    assertEquals(0L, values.get("litigation_direct_total"));
    assertEquals(1L, values.get("litigation_after_reconsideration_pending"));
    assertEquals(1L, values.get("litigation_after_reconsideration_total"));
    assertEquals(List.of("table_truncated"), codes(readings));
  }

  @Test
  void countsWrittenWithTheirCountWordAreNumbers() {
    // With 件 after every count, no cell was a number: the whole table was lost without an issue.
    String table = """
        三、收到和处理政府信息公开申请情况
        申请人情况 | 自然人 | 法人或其他组织 | 总计
        一、本年新收政府信息公开申请数量 | 12件 | 0件 | 0件 | 0件 | 0件 | 1件 | 13件
        三、本年度办理结果 | (一)予以公开 | 3件 | 0件 | 0件 | 0件 | 0件 | 0件 | 3件
        四、政府信息公开行政复议、行政诉讼情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(13L, asLongs(readings).get("requests_received"));
    assertEquals(12L, asLongs(readings).get("requests_natural_person"));
    assertEquals(1L, asLongs(readings).get("requests_legal_person"));
    assertEquals(3L, asLongs(readings).get("granted"));
    assertEquals("(一)予以公开 3 0 0 0 0 0 3", readings.evidenceByKey().get("granted"));
  }

  @Test
  void anIncreaseWrittenWithAPlusSignInThe2019ProactiveTableIsANumber() {
    // "+2" was label text: the 行政许可 row lost all three of its numbers.
    String table = """
        二、主动公开政府信息情况
        第二十条第(五)项
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
        行政许可 | 45 | +2 | 1200
        三、收到和处理政府信息公开申请情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2019);
    assertEquals(Map.of("licensing_items_previous_year", 45L, "licensing_items_change", 2L, "licensing_decisions", 1200L),
        asLongs(readings));
    assertEquals(List.of(), codes(readings));
  }

  @Test
  void theBlankCellsThatPadANarrowProactiveRowToTheTablesWidthAreNoColumns() {
    // A spreadsheet pads each row to the widest: 行政处罚,56,, had three cells for one column and was not read.
    String table = String.join("\n",
        "二、主动公开政府信息情况",
        "信息内容,本年制发件数,本年废止件数,现行有效件数",
        "行政规范性文件,3,1,12",
        "第二十条第(五)项,,,",
        "信息内容,本年处理决定数量,,",
        "行政许可,1234,,",
        "行政处罚,56,,",
        "行政强制,,,",
        "三、收到和处理政府信息公开申请情况");
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    Map<String, Long> values = asLongs(readings);
    assertEquals(1234L, values.get("licensing_decisions"));
    assertEquals(56L, values.get("penalty_decisions"));
    assertEquals(null, values.get("enforcement_decisions"), "a row left blank states nothing");
    assertEquals(12L, values.get("normative_documents_in_force"));
    assertEquals("行政处罚 56", readings.evidenceByKey().get("penalty_decisions"));
    assertEquals(List.of(), messages(readings));

    // A figure split at an unquoted thousands separator is one again: the row's one column proves it
    // (figuresSplitAtAnUnquotedThousandsSeparatorAreJoinedWhenTheColumnsProveIt); two cells that are no
    // split figure are still too many for the row.
    MetricReadings split = read(ReportText.of(table.replace("行政许可,1234,,", "行政许可,1,234,,")), ReportTemplate.NATIONAL_2021);
    assertEquals(1234L, asLongs(split).get("licensing_decisions"));
    MetricReadings tooMany = read(ReportText.of(table.replace("行政许可,1234,,", "行政许可,12,34,,")), ReportTemplate.NATIONAL_2021);
    assertEquals(null, asLongs(tooMany).get("licensing_decisions"));
    assertEquals(1, codes(tooMany).stream().filter("unrecognized_row"::equals).count());
  }

  @Test
  void aProactiveTableOfTheOtherTemplateIsReadInItsOwnColumns() {
    // A 2021 report that kept the 2019 主动公开 table had its 本年新公开数量 read as 本年废止件数.
    String table = """
        二、主动公开政府信息情况
        第二十条第(一)项
        信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
        规章 | 1 | 1 | 11
        规范性文件 | 8 | 8 | 66
        三、收到和处理政府信息公开申请情况
        """;
    MetricReadings readings = read(ReportText.of(table), ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of("rules_made", 1L, "rules_published", 1L, "rules_total_published", 11L,
        "normative_documents_made", 8L, "normative_documents_published", 8L, "normative_documents_total_published", 66L),
        asLongs(readings));
    MetricReadings revised = read(ReportText.of(table.replace("本年新制作数量 | 本年新公开数量 | 对外公开总数量",
        "本年制发件数 | 本年废止件数 | 现行有效件数")), ReportTemplate.NATIONAL_2019);
    assertEquals(1L, asLongs(revised).get("rules_repealed"));
    assertEquals(66L, asLongs(revised).get("normative_documents_in_force"));
  }

  @Test
  void aProactiveRowWhoseValueCannotBeReadSaysSoAndARowLeftBlankDoesNot() {
    // 行政强制 8.8万 was dropped without an issue: the row's label ran into the next row's.
    String table = """
        二、主动公开政府信息情况
        第二十条第(五)项
        信息内容 | 本年处理决定数量
        行政许可 |
        第二十条第(六)项
        信息内容 | 本年处理决定数量
        行政处罚 | 120
        行政强制 | 8.8万
        第二十条第(八)项
        信息内容\t本年收费金额(单位:万元)
        行政事业性收费\t
        三、收到和处理政府信息公开申请情况
        """;
    MetricReadings readings = read(ReportText.of(table.replace("\t\n", "\n")), ReportTemplate.NATIONAL_2021);
    assertEquals(Map.of("penalty_decisions", 120L), asLongs(readings));
    assertEquals(List.of("第二十条 table: the row \"行政强制 8.8万\" has no value that could be read; it was not read"),
        messages(readings));
  }

  @Test
  void theTemplateIsToldByTheTablesOwnWording() throws IOException {
    assertEquals(Optional.of(ReportTemplate.NATIONAL_2021),
        NationalTemplate.detect(resource("002_huaian-hongze-district-gov-2024.txt"), Optional.of(2024)));
    assertEquals(Optional.of(ReportTemplate.NATIONAL_2019), NationalTemplate.detect(
        ReportText.of("本年新收政府信息公开申请数量 3\n(一)予以公开 3\n行政许可 | 上一年项目数量 | 本年增/减"), Optional.of(2021)));
    assertEquals(Optional.empty(), NationalTemplate.detect(ReportText.of("2018年度,我局未接到依申请公开事项。"), Optional.of(2018)));
  }

  private static MetricReadings read(ReportText text, ReportTemplate template) {
    MetricReadings readings = new MetricReadings();
    READER.read(text, template, readings);
    return readings;
  }

  private static ReportText resource(String name) throws IOException {
    try (InputStream in = NationalTemplateReaderTest.class.getResourceAsStream("/national/" + name)) {
      return ReportTextCleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
    }
  }

  private static Map<String, Long> asLongs(MetricReadings readings) {
    Map<String, Long> values = new LinkedHashMap<>();
    readings.metricsByKey().forEach((key, value) -> values.put(key, value.longValueExact()));
    return values;
  }

  private static List<String> messages(MetricReadings readings) {
    return readings.issues().stream().map(ExtractionIssue::message).toList();
  }

  private static List<String> codes(MetricReadings readings) {
    return readings.issues().stream().map(ExtractionIssue::code).toList();
  }

  /** The 2021 application table with each of its 17 rows' label followed by {@code cells}, under {@code columnHeadings}. */
  private static String applicationTableOfEveryRow(String columnHeadings, String cells) {
    StringBuilder table = new StringBuilder("三、收到和处理政府信息公开申请情况\n").append(columnHeadings).append('\n');
    for (String row : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开", "(二)部分公开",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
        "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确", "(七)总计", "四、结转下年度继续办理")) {
      table.append(row).append(' ').append(cells).append('\n');
    }
    return table.toString();
  }
}
