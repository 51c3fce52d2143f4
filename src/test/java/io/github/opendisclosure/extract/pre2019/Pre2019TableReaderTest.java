package io.github.opendisclosure.extract.pre2019;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportText;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Pre2019TableReaderTest {

  /** The 统计表 of seed 002 (平江县民政局 2017) as the page gives it: a cell a line, each ending in "|". */
  private static final String SEED_002_TABLE = """
      政府信息公开情况统计表 |
      ||
      统 计 指 标 |
      单 位 |
      统计数 |
      一、主动公开情况 |
      / |
      / |
      (一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) |
      条 |
      128 |
      其中: 主动公开规范性文件数 |
      条 |
      34 |
      制发规范性文件总数 |
      件 |
      16 |
      (二)通过不同渠道和方式公开政府信息的情况 |
      / |
      |
      1、政府公报公开政府信息数 |
      条 |
      0 |
      2、政府网站公开政府信息数 |
      条 |
      40 |
      3、政务微博公开政府信息数 |
      条 |
      0 |
      4、政务微信公开政府信息数 |
      条 |
      980 |
      5、其他方式公开政府信息数 |
      条 |
      100 |
      二、回应解读情况 |
      / |
      |
      (一)回应公众关注热点或重大舆情数 (不同方式回应同一热点或舆情计1次) |
      次 |
      0 |
      (二)通过不同渠道和方式回应解决的情况 |
      次 |
      0 |
      1、参加或举办新闻发布会总次数 |
      次 |
      0 |
      其中:主要负责同志参加新闻发布会次数 |
      次 |
      0 |
      2、政府网站在线访谈次数 |
      次 |
      0 |
      其中:主要负责同志参加政府网站在线访谈次数 |
      次 |
      0 |
      3、政策解读稿件发布数 |
      篇 |
      1 |
      4、微博微信回应事件数 |
      次 |
      1000 |
      5、其他方式回应事件数 |
      次 |
      1000 |
      三、依申请公开情况 |
      / |
      |
      (一)收到申请数 |
      件 |
      0
      |
      1、当面申请数 |
      件 |
      0 |
      2、传真申请数 |
      件 |
      0 |
      3、网络申请数 |
      件 |
      0 |
      4、信函申请数 |
      件 |
      0 |
      (二)申请办结数 |
      件 |
      |
      1、按时办结数 |
      件 |
      0 |
      2、延期办结数 |
      件 |
      0 |
      (三)申请答复数 |
      件 |
      |
      1、属于已主动公开范围数 |
      件 |
      0 |
      2、同意公开答复数 |
      件 |
      0 |
      3、同意部分公开答复数 |
      件 |
      0 |
      4、不同意公开答复数 |
      件 |
      0 |
      其中:涉及国家秘密 |
      件 |
      0 |
      涉及商业秘密 |
      件 |
      0 |
      涉及个人隐私 |
      件 |
      0 |
      危及国家安全、公共安全、经济安全和社会稳定 |
      件 |
      0 |
      不是《条例》所指政府信息 |
      件 |
      0 |
      法律法规规定的其他情形 |
      件 |
      0 |
      5、不属于本行政机关公开数 |
      件 |
      0 |
      6、申请信息不存在数 |
      件 |
      0 |
      7、告知作出更改补充数 |
      件 |
      0 |
      8、告知通过其他途径办理数 |
      件 |
      0 |
      四、行政复议数量 |
      件 |
      0 |
      (一)维持具体行政行为数 |
      件 |
      0 |
      (二)被依法纠错数 |
      件 |
      0 |
      (三)其他情形数 |
      件 |
      0 |
      五、行政诉讼数量 |
      件 |
      0 |
      (一)维持具体行政行为或者驳回原告诉讼请求数 |
      件 |
      0 |
      (二)被依法纠错数 |
      件 |
      0 |
      (三)其他情形数 |
      件 |
      0 |
      六、举报投诉数量 |
      件 |
      0 |
      七、依申请公开信息收取的费用 |
      万元 |
      0 |
      八、机构建设和保障经费情况 |
      / |
      0 |
      (一)政府信息公开工作专门机构数 |
      个 |
      1 |
      (二)设置政府信息公开查阅点数 |
      个 |
      1 |
      (三)从事政府信息公开工作人员数 |
      人 |
      3 |
      1、专职人员数 (不包括政府公报及政府网站工作人员数) |
      人 |
      1 |
      2、兼职人员数 |
      人 |
      2 |
      (四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费) |
      万元 |
      0 |
      九、政府信息公开会议和培训情况 |
      / |
      |
      (一)召开政府信息公开工作会议或专题会议数 |
      次 |
      2 |
      (二)举办各类培训班数 |
      次 |
      2 |
      (三)接受培训人员数 |
      人次 |
      5 |
      """;

  /** A complete table with figures that do not add up, as label, unit and value cells. */
  private static final List<String[]> MISMATCHED_TABLE = List.of(
      row("统 计 指 标", "单 位", "统计数"),
      row("一、主动公开情况", "/", "/"),
      row("(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)", "条", "1,250"),
      row("其中: 主动公开规范性文件数", "条", "12"),
      row("制发规范性文件总数", "件", "9"),
      row("(二)通过不同渠道和方式公开政府信息的情况", "/", "/"),
      row("1、政府公报公开政府信息数", "条", "3"),
      row("2、政府网站公开政府信息数", "条", "1100"),
      row("3、政务微博公开政府信息数", "条", "60"),
      row("4、政务微信公开政府信息数", "条", "70"),
      row("5、其他方式公开政府信息数", "条", "17"),
      row("二、回应解读情况", "/", "/"),
      row("(一)回应公众关注热点或重大舆情数 (不同方式回应同一热点或舆情计1次)", "次", "4"),
      row("(二)通过不同渠道和方式回应解决的情况", "次", "6"),
      row("1、参加或举办新闻发布会总次数", "次", "2"),
      row("其中:主要负责同志参加新闻发布会次数", "次", "1"),
      row("2、政府网站在线访谈次数", "次", "1"),
      row("其中:主要负责同志参加政府网站在线访谈次数", "次", "1"),
      row("3、政策解读稿件发布数", "篇", "8"),
      row("4、微博微信回应事件数", "次", "5"),
      row("5、其他方式回应事件数", "次", "0"),
      row("三、依申请公开情况", "/", "/"),
      row("(一)收到申请数", "件", "5"),
      row("1、当面申请数", "件", "1"),
      row("2、传真申请数", "件", "0"),
      row("3、网络申请数", "件", "2"),
      row("4、信函申请数", "件", "1"),
      row("(二)申请办结数", "件", "5"),
      row("1、按时办结数", "件", "3"),
      row("2、延期办结数", "件", "1"),
      row("(三)申请答复数", "件", "5"),
      row("1、属于已主动公开范围数", "件", "1"),
      row("2、同意公开答复数", "件", "2"),
      row("3、同意部分公开答复数", "件", "0"),
      row("4、不同意公开答复数", "件", "1"),
      row("其中:涉及国家秘密", "件", "0"),
      row("涉及商业秘密", "件", "0"),
      row("涉及个人隐私", "件", "1"),
      row("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"),
      row("不是《条例》所指政府信息", "件", "0"),
      row("法律法规规定的其他情形", "件", "0"),
      row("5、不属于本行政机关公开数", "件", "1"),
      row("6、申请信息不存在数", "件", "0"),
      row("7、告知作出更改补充数", "件", "0"),
      row("8、告知通过其他途径办理数", "件", "0"),
      row("四、行政复议数量", "件", "2"),
      row("(一)维持具体行政行为数", "件", "1"),
      row("(二)被依法纠错数", "件", "0"),
      row("(三)其他情形数", "件", "0"),
      row("五、行政诉讼数量", "件", "1"),
      row("(一)维持具体行政行为或者驳回原告诉讼请求数", "件", "0"),
      row("(二)被依法纠错数", "件", "1"),
      row("(三)其他情形数", "件", "0"),
      row("六、举报投诉数量", "件", "0"),
      row("七、依申请公开信息收取的费用", "万元", "0.05"),
      row("八、机构建设和保障经费情况", "/", "/"),
      row("(一)政府信息公开工作专门机构数", "个", "1"),
      row("(二)设置政府信息公开查阅点数", "个", "3"),
      row("(三)从事政府信息公开工作人员数", "人", "4"),
      row("1、专职人员数 (不包括政府公报及政府网站工作人员数)", "人", "1"),
      row("2、兼职人员数", "人", "2"),
      row("(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)", "万元", "1.5"),
      row("九、政府信息公开会议和培训情况", "/", "/"),
      row("(一)召开政府信息公开工作会议或专题会议数", "次", "3"),
      row("(二)举办各类培训班数", "次", "2"),
      row("(三)接受培训人员数", "人次", "60"));

  @Test
  void readsEveryRowOfSeed002AndLeavesItsEmptyRowsNull() {
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text("七、附表\n" + SEED_002_TABLE), readings));

    Map<ReportMetric, Long> expected = new LinkedHashMap<>();
    expected.put(ReportMetric.PROACTIVE_ITEMS, 128L);
    expected.put(ReportMetric.PROACTIVE_NORMATIVE_DOCUMENTS, 34L);
    expected.put(ReportMetric.NORMATIVE_DOCUMENTS_ISSUED, 16L);
    expected.put(ReportMetric.PROACTIVE_VIA_GAZETTE, 0L);
    expected.put(ReportMetric.PROACTIVE_VIA_WEBSITE, 40L);
    expected.put(ReportMetric.PROACTIVE_VIA_WEIBO, 0L);
    expected.put(ReportMetric.PROACTIVE_VIA_WECHAT, 980L);
    expected.put(ReportMetric.PROACTIVE_VIA_OTHER, 100L);
    expected.put(ReportMetric.PUBLIC_CONCERNS_ANSWERED, 0L);
    expected.put(ReportMetric.RESPONSES_VIA_CHANNELS, 0L);
    expected.put(ReportMetric.PRESS_CONFERENCES, 0L);
    expected.put(ReportMetric.PRESS_CONFERENCES_BY_PRINCIPAL, 0L);
    expected.put(ReportMetric.ONLINE_INTERVIEWS, 0L);
    expected.put(ReportMetric.ONLINE_INTERVIEWS_BY_PRINCIPAL, 0L);
    expected.put(ReportMetric.POLICY_INTERPRETATIONS, 1L);
    expected.put(ReportMetric.RESPONSES_VIA_WEIBO_WECHAT, 1000L);
    expected.put(ReportMetric.RESPONSES_VIA_OTHER, 1000L);
    expected.put(ReportMetric.REQUESTS_RECEIVED, 0L);
    expected.put(ReportMetric.REQUESTS_IN_PERSON, 0L);
    expected.put(ReportMetric.REQUESTS_FAX, 0L);
    expected.put(ReportMetric.REQUESTS_ONLINE, 0L);
    expected.put(ReportMetric.REQUESTS_LETTER, 0L);
    expected.put(ReportMetric.COMPLETED_ON_TIME, 0L);
    expected.put(ReportMetric.COMPLETED_LATE, 0L);
    expected.put(ReportMetric.GRANTED_ALREADY_PUBLIC, 0L);
    expected.put(ReportMetric.GRANTED_ON_REQUEST, 0L);
    expected.put(ReportMetric.GRANTED, 0L);
    expected.put(ReportMetric.PARTIALLY_GRANTED, 0L);
    expected.put(ReportMetric.DENIED, 0L);
    expected.put(ReportMetric.DENIED_STATE_SECRET, 0L);
    expected.put(ReportMetric.DENIED_COMMERCIAL_SECRET, 0L);
    expected.put(ReportMetric.DENIED_PERSONAL_PRIVACY, 0L);
    expected.put(ReportMetric.DENIED_SECURITY_STABILITY, 0L);
    expected.put(ReportMetric.DENIED_NOT_GOVERNMENT_INFORMATION, 0L);
    expected.put(ReportMetric.DENIED_OTHER_LEGAL_GROUNDS, 0L);
    expected.put(ReportMetric.UNABLE_NOT_THIS_AGENCY, 0L);
    expected.put(ReportMetric.UNABLE_DOES_NOT_EXIST, 0L);
    expected.put(ReportMetric.UNABLE_TO_PROVIDE, 0L);
    expected.put(ReportMetric.OTHER_ASKED_TO_AMEND, 0L);
    expected.put(ReportMetric.OTHER_REFERRED_ELSEWHERE, 0L);
    expected.put(ReportMetric.OTHER_HANDLED, 0L);
    expected.put(ReportMetric.RECONSIDERATION_TOTAL, 0L);
    expected.put(ReportMetric.RECONSIDERATION_UPHELD, 0L);
    expected.put(ReportMetric.RECONSIDERATION_CORRECTED, 0L);
    expected.put(ReportMetric.RECONSIDERATION_OTHER, 0L);
    expected.put(ReportMetric.LITIGATION_TOTAL, 0L);
    expected.put(ReportMetric.LITIGATION_UPHELD, 0L);
    expected.put(ReportMetric.LITIGATION_CORRECTED, 0L);
    expected.put(ReportMetric.LITIGATION_OTHER, 0L);
    expected.put(ReportMetric.COMPLAINTS_TOTAL, 0L);
    expected.put(ReportMetric.FEES_COLLECTED_YUAN, 0L);
    expected.put(ReportMetric.DISCLOSURE_OFFICES, 1L);
    expected.put(ReportMetric.READING_POINTS, 1L);
    expected.put(ReportMetric.STAFF_TOTAL, 3L);
    expected.put(ReportMetric.STAFF_FULL_TIME, 1L);
    expected.put(ReportMetric.STAFF_PART_TIME, 2L);
    expected.put(ReportMetric.DISCLOSURE_BUDGET_YUAN, 0L);
    expected.put(ReportMetric.MEETINGS, 2L);
    expected.put(ReportMetric.TRAINING_SESSIONS, 2L);
    expected.put(ReportMetric.TRAINEES, 5L);
    assertEquals(byKey(expected), readings.metricsByKey());
    // 申请办结数 and 申请答复数 have empty value cells: not stated, so not 0.
    assertFalse(readings.has(ReportMetric.COMPLETED_TOTAL));
    assertFalse(readings.has(ReportMetric.TOTAL_HANDLED));
    assertEquals(List.of(), readings.issues());
    assertEquals("(三)从事政府信息公开工作人员数 | 人 | 3", readings.evidenceByKey().get("staff_total"));
    assertEquals("1、属于已主动公开范围数 | 件 | 0; 2、同意公开答复数 | 件 | 0",
        readings.evidenceByKey().get("granted"));
  }

  @Test
  void readsTheSameTableRenderedAsHtmlRowsTabsSpacesOrACellALine() {
    Map<String, BigDecimal> fromHtml = readMismatchedTable(cells -> String.join(" | ", cells));
    assertEquals(fromHtml, readMismatchedTable(cells -> String.join("\t", cells)));
    assertEquals(fromHtml, readMismatchedTable(cells -> String.join(" ", cells)));
    assertEquals(fromHtml, readMismatchedTable(cells -> String.join("\n", cells)));
    assertEquals(fromHtml, readMismatchedTable(cells -> String.join(" |\n", cells) + " |"));

    assertEquals(new BigDecimal("1250"), fromHtml.get("proactive_items"));
    assertEquals(new BigDecimal("1100"), fromHtml.get("proactive_via_website"));
    assertEquals(new BigDecimal("6"), fromHtml.get("responses_via_channels"));
    assertEquals(new BigDecimal("3"), fromHtml.get("granted"));
    assertEquals(new BigDecimal("1"), fromHtml.get("unable_to_provide"));
    assertEquals(new BigDecimal("0"), fromHtml.get("other_handled"));
    assertEquals(new BigDecimal("1"), fromHtml.get("denied_personal_privacy"));
    assertEquals(new BigDecimal("1"), fromHtml.get("reconsideration_upheld"));
    assertEquals(new BigDecimal("0"), fromHtml.get("litigation_upheld"));
    assertEquals(new BigDecimal("1"), fromHtml.get("litigation_corrected"));
    assertEquals(new BigDecimal("0"), fromHtml.get("reconsideration_corrected"));
    // 万元 in the table, yuan in the record.
    assertEquals(new BigDecimal("500"), fromHtml.get("fees_collected_yuan"));
    assertEquals(new BigDecimal("15000"), fromHtml.get("disclosure_budget_yuan"));
    assertEquals(new BigDecimal("60"), fromHtml.get("trainees"));
    assertEquals(62, fromHtml.size());
  }

  @Test
  void reportsTotalsThatAreNotTheSumOfTheirParts() {
    MetricReadings readings = new MetricReadings();
    new Pre2019TableReader().read(text(render(MISMATCHED_TABLE, cells -> String.join(" | ", cells))), readings);

    assertEquals(List.of(
        ExtractionIssue.of(IssueCode.TOTAL_MISMATCH,
            "requests_received is 5 but requests_in_person + requests_fax + requests_online"
                + " + requests_letter add up to 4"),
        ExtractionIssue.of(IssueCode.TOTAL_MISMATCH,
            "completed_total is 5 but completed_on_time + completed_late add up to 4"),
        ExtractionIssue.of(IssueCode.TOTAL_MISMATCH,
            "staff_total is 4 but staff_full_time + staff_part_time add up to 3"),
        ExtractionIssue.of(IssueCode.TOTAL_MISMATCH,
            "reconsideration_total is 2 but reconsideration_upheld + reconsideration_corrected"
                + " + reconsideration_other add up to 1")),
        readings.issues());
    // The stated figures are kept as stated.
    assertEquals(new BigDecimal("5"), readings.get(ReportMetric.REQUESTS_RECEIVED));
    assertEquals(new BigDecimal("4"), readings.get(ReportMetric.STAFF_TOTAL));
  }

  @Test
  void derivesATotalOnlyWhenEveryPartIsStated() {
    String table = """
        政府信息公开情况统计表
        (三)申请答复数 | 件 |
        1、属于已主动公开范围数 | 件 |
        2、同意公开答复数 | 件 | 2
        5、不属于本行政机关公开数 | 件 | 1
        6、申请信息不存在数 | 件 | 0
        九、政府信息公开会议和培训情况 | / |
        (一)召开政府信息公开工作会议或专题会议数 | 次 | 1
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertNull(readings.get(ReportMetric.GRANTED));
    assertNull(readings.get(ReportMetric.GRANTED_ALREADY_PUBLIC));
    assertEquals(new BigDecimal("2"), readings.get(ReportMetric.GRANTED_ON_REQUEST));
    assertEquals(new BigDecimal("1"), readings.get(ReportMetric.UNABLE_TO_PROVIDE));
    assertNull(readings.get(ReportMetric.TOTAL_HANDLED));
  }

  @Test
  void readsTheShorterRowLabelsOfTheEarlyTables() {
    // The forms of 2008 to 2013: 申请总数 for 收到申请数, 同意公开 for 同意公开答复数, 行政复议数 for 行政复议数量.
    String table = """
        政府信息公开情况统计表
        (一)申请总数 | 件 | 11
        1、当面申请数 | 件 | 3
        2、同意公开 | 件 | 4
        3、同意部分公开 | 件 | 1
        4、不同意公开 | 件 | 1
        三、行政复议、诉讼、申诉情况 | / | /
        (一)行政复议数 | 件 | 2
        (二)行政诉讼数 | 件 | 1
        (三)申诉数 | 件 | 3
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("11"), "requests_in_person", new BigDecimal("3"),
        "granted_on_request", new BigDecimal("4"), "partially_granted", new BigDecimal("1"),
        "denied", new BigDecimal("1"), "reconsideration_total", new BigDecimal("2"),
        "litigation_total", new BigDecimal("1")), readings.metricsByKey());
  }

  @Test
  void aTableWithAColumnPerYearIsReadInItsLatestYear() {
    // Some tables set the year before beside the report's year; read first, the earlier year's figures were taken.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 2011年 | 2012年
        一、主动公开情况 | / | / | /
        (一)主动公开政府信息数 | 条 | 90 | 128
        (一)收到申请数 | 件 | 7 | 11
        (二)申请办结数 | 件 |  | 11
        九、政府信息公开会议和培训情况 | / | / | /
        (二)举办各类培训班数 | 次 | 1 | 3
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("128"), "requests_received", new BigDecimal("11"),
        "completed_total", new BigDecimal("11"), "training_sessions", new BigDecimal("3")), readings.metricsByKey());
    MetricReadings sameYearFirst = new MetricReadings();
    new Pre2019TableReader().read(text(table.replace("2011年 | 2012年", "本年 | 上年")
        .replace("90 | 128", "128 | 90")), sameYearFirst);
    assertEquals(new BigDecimal("128"), sameYearFirst.get(ReportMetric.PROACTIVE_ITEMS));
    // 上年同期 | 本年数 name the years as statistics tables often do; the year before's column was read.
    MetricReadings samePeriod = new MetricReadings();
    new Pre2019TableReader().read(text(table.replace("2011年 | 2012年", "上年同期 | 本年数")), samePeriod);
    assertEquals(new BigDecimal("128"), samePeriod.get(ReportMetric.PROACTIVE_ITEMS));
    MetricReadings lastYear = new MetricReadings();
    new Pre2019TableReader().read(text(table.replace("2011年 | 2012年", "去年 | 本年")), lastYear);
    assertEquals(new BigDecimal("128"), lastYear.get(ReportMetric.PROACTIVE_ITEMS));
  }

  @Test
  void yearColumnsWithoutTheCharacterForYearAreYearColumns() {
    // Excel writes a year typed as a number without 年; the first column, the year before, was read.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 2016 | 2017
        一、主动公开情况 | / | / | /
        (一)主动公开政府信息数 | 条 | 356 | 412
        (一)收到申请数 | 件 | 12 | 15
        九、政府信息公开会议和培训情况 | / | / | /
        (二)举办各类培训班数 | 次 | 1 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
  }

  @Test
  void yearColumnsNamingTheirFiguresAreYearColumns() {
    // 2016年数 and 2017年度数据 were not taken for years: the first column, the year before, was read.
    for (String years : List.of("2016年数 | 2017年数", "2016年度数据 | 2017年度数据", "上年统计数 | 本年统计数")) {
      assertReadInTheSecondYearColumn(years);
    }
  }

  @Test
  void theYearBeforeAndTheReportsYearInOtherWordsAreYearColumns() {
    // 今年, 当年, 本期 and 累计 were not taken for years: the first column, the year before, was read.
    for (String years : List.of("去年 | 今年", "去年同期 | 今年", "上年 | 当年", "上期 | 本期", "上年累计 | 本年累计")) {
      assertReadInTheSecondYearColumn(years);
    }
  }

  /** A two-row HTML table under the year headers {@code years} reads the figures of the second column. */
  private static void assertReadInTheSecondYearColumn(String years) {
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | %s
        (一)收到申请数 | 件 | 12 | 15
        (二)举办各类培训班数 | 次 | 1 | 2
        """.formatted(years);
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("15"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey(), years);
  }

  @Test
  void theTemplatesValueColumnBesideTheYearBeforeIsTheReportsYear() {
    // 上年数 | 统计数: one year column was no column per year, and the first column, the year before, was read.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 上年数 | 统计数
        (一)收到申请数 | 件 | 12 | 15
        (二)举办各类培训班数 | 次 | 1 | 2
        """;
    String pdf = """
        政府信息公开情况统计表
        统计指标                     单位      上年数     统计数
        (一)收到申请数                件          12         15
        (二)举办各类培训班数          次           1          2
        """;
    for (String rows : List.of(table, pdf)) {
      MetricReadings readings = new MetricReadings();

      assertTrue(new Pre2019TableReader().read(text(rows), readings));

      assertEquals(Map.of("requests_received", new BigDecimal("15"), "training_sessions", new BigDecimal("2")),
          readings.metricsByKey(), rows);
    }
  }

  @Test
  void aPdfTableWithAColumnPerYearIsReadInItsLatestYear() {
    // PDF text separates the columns by runs of spaces; the year before was read as part of the label.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        一、主动公开情况
        主动公开政府信息数            条         356        412
        收到申请数                    件          12         15
        1.当面申请数                  件           4          5
        八、政府信息公开会议和培训情况
        举办各类培训班数              次           1          2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "requests_in_person", new BigDecimal("5"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals("收到申请数 | 件 | 12 | 15", readings.evidenceByKey().get("requests_received"));
  }

  @Test
  void aPdfRowWithAFigureMissingForOneYearIsNotReadAndSaysSo() {
    // Spaces keep no empty cell: 件 0 may be 2016's figure or 2017's. The 0 was dropped without an issue.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        收到申请数                    件          12         15
        2.传真申请数                  件                      0
        举办各类培训班数              次           1          2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("15"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_fax: \"2.传真申请数 | 件 | 0\" has"
        + " fewer figures than the 统计表 has year columns; which year each is for is unclear, so none was read")),
        readings.issues());
    MetricReadings fromHtml = new MetricReadings();
    new Pre2019TableReader().read(text("""
        统计指标 | 单位 | 2016年 | 2017年
        收到申请数 | 件 | 12 | 15
        2.传真申请数 | 件 | 3 |
        (二)举办各类培训班数 | 次 | 1 | 2
        """), fromHtml);
    // A rendered row keeps its empty cells but a trailing one: its figure is the year before's.
    assertNull(fromHtml.get(ReportMetric.REQUESTS_FAX));
    assertEquals(List.of(), fromHtml.issues());
  }

  @Test
  void aPdfRowWithADashForOneYearKeepsItsColumns() {
    // A dash was not taken for a cell: it and the unit joined the label, and the row was lost.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        (一)收到申请数                件        —          3
        1、当面申请数                 件        1          —
        2、网络申请数                 件        -          2
        (二)举办各类培训班数          次        1          2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "requests_online", new BigDecimal("2"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aSerialNumberWithoutPunctuationIsNotPartOfTheLabel() {
    // A 序号 column in PDF text, and ① (NFKC folds it to 1), left labels no row matched: their figures were lost.
    String table = """
        政府信息公开情况统计表
        序号  统计指标                    单位    统计数
        1     主动公开政府信息数           条       412
        2     收到申请数                   件        15
        3     ①当面申请数                  件         5
        4     ②网络申请数                  件        10
        5     举办各类培训班数             次         2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "requests_in_person", new BigDecimal("5"), "requests_online", new BigDecimal("10"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
  }

  @Test
  void aSerialNumberInChineseNumeralsWithoutPunctuationIsNotPartOfTheLabel() {
    // 一 主动公开政府信息数 in PDF text: no label matched, and the whole table was lost without an issue.
    String table = """
        政府信息公开情况统计表
        序号  统计指标                    单位    统计数
        一    主动公开政府信息数           条       412
        二    收到申请数                   件        15
        三    当面申请数                   件         5
        十一  举办各类培训班数             次         2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "requests_in_person", new BigDecimal("5"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
  }

  @Test
  void aRowWithAnEmptyValueCellDoesNotTakeTheNextRowsSerialNumber() {
    // Lines are stripped: a row's empty last cell is gone, and the next row's 序号 was read as its value.
    String table = """
        政府信息公开情况统计表
        序号 | 统计指标 | 单位 | 统计数
        9 | (二)申请办结数 | 件 |
        10 | 1、按时办结数 | 件 | 14
        25 | (三)从事政府信息公开工作人员数 | |
        26 | 1、专职人员数 | 人 | 1
        30 | (二)举办各类培训班数 | 次 | 2
        """;
    for (String rows : List.of(table, table.replace(" | ", "\t").replace("\t|", "\t"))) {
      MetricReadings readings = new MetricReadings();

      assertTrue(new Pre2019TableReader().read(text(rows), readings));

      assertEquals(Map.of("completed_on_time", new BigDecimal("14"), "staff_full_time", new BigDecimal("1"),
          "training_sessions", new BigDecimal("2")), readings.metricsByKey(), rows);
    }
  }

  @Test
  void aLabelMergedOverTwoColumnsLeavesEmptyCellsBeforeItsUnit() {
    // A spreadsheet saved as text keeps the empty cell of a merged label; the figure after it was lost.
    String table = "政府信息公开情况统计表\n"
        + "统计指标\t\t单位\t统计数\n"
        + "(一)主动公开政府信息数\t\t条\t412\n"
        + "(一)收到申请数\t\t件\t15\n"
        + "(二)申请办结数\t\t件\t\n"
        + "1\t按时办结数\t件\t14\n"
        + "九、政府信息公开会议和培训情况\t\t/\t/\n"
        + "(二)举办各类培训班数\t\t次\t2\n";
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "completed_on_time", new BigDecimal("14"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals("(一)收到申请数 |  | 件 | 15", readings.evidenceByKey().get("requests_received"));
  }

  @Test
  void readsATableSavedAsCsv() {
    // A spreadsheet saved as CSV: every row was one unrecognized cell, and the report read as prose.
    String table = """
        政府信息公开情况统计表
        统计指标,单位,2016年,2017年
        一、主动公开情况,/,/,/
        (一)主动公开政府信息数,条,"1,150","1,234"
        (一)收到申请数,件,12,15
        (二)申请办结数,件,12,
        九、政府信息公开会议和培训情况,/,/,/
        (二)举办各类培训班数,次,1,2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", new BigDecimal("15"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    MetricReadings prose = new MetricReadings();
    assertFalse(new Pre2019TableReader().read(text("""
        一、概述
        2017年,我局收到申请数,件,均已办结。
        主动公开政府信息数,条目清晰
        """), prose));
  }

  @Test
  void aCsvFigureWithUnquotedThousandsIsOneFigureOnlyWhenTheColumnCountProvesIt() {
    // The comma of 1,234 unquoted split it into the cells 1 and 234, and 1 was read.
    String table = """
        政府信息公开情况统计表
        统计指标,单位,统计数
        一、主动公开情况,/,/
        (一)主动公开政府信息数,条,1,234
        (一)收到申请数,件,15
        (二)举办各类培训班数,次,2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", new BigDecimal("15"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
    MetricReadings unclear = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标,单位,2016年,2017年
        (一)主动公开政府信息数,条,1,234,567
        (一)收到申请数,件,12,15
        (二)举办各类培训班数,次,1,2
        """), unclear);
    MetricReadings numbered = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        序号,统计指标,单位,2016年,2017年
        1,(一)主动公开政府信息数,条,1,234,567
        2,(一)收到申请数,件,12,15
        3,(二)举办各类培训班数,次,1,2
        """), numbered);
    assertEquals(unclear.metricsByKey(), numbered.metricsByKey());
    // One cell too many: 1,234 | 567 or 1 | 234,567.
    assertEquals(Map.of("requests_received", new BigDecimal("15"), "training_sessions", new BigDecimal("2")),
        unclear.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "proactive_items: \"(一)主动公开政府信息数 | 条"
        + " | 1 | 234 | 567\" has more cells than the 统计表 has columns, as figures split at their thousands"
        + " separators (unquoted commas, spaces) come apart into; which cells are one figure is unclear, so none was"
        + " read")), unclear.issues());
  }

  @Test
  void aPdfFigureWithItsThousandsSpacedApartIsNotReadAndSaysSo() {
    // 1 234 was read as 1, its 234 dropped: a wrong number. PDF text drops empty cells, so nothing proves it one figure.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)主动公开政府信息数        条        1 234
        (一)收到申请数                件        15
        1、当面申请数                 件        5
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("15"), "requests_in_person", new BigDecimal("5"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(IssueCode.UNRECOGNIZED_ROW.code()), issueCodes(readings));
    assertTrue(readings.issues().get(0).message().startsWith("proactive_items: \"(一)主动公开政府信息数 | 条 | 1 | 234\""));
    MetricReadings yearColumns = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        (一)主动公开政府信息数        条        15         120
        (一)收到申请数                件        15         16
        (二)举办各类培训班数          次        2          3
        """), yearColumns);
    assertEquals(Map.of("proactive_items", new BigDecimal("120"), "requests_received", new BigDecimal("16"),
        "training_sessions", new BigDecimal("3")), yearColumns.metricsByKey());
  }

  @Test
  void aPdfRowWithTextAfterItsFiguresKeepsThem() {
    // A 备注 or 增减 column's text ended the row, so its unit and figures were read as part of the label and lost.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数     备注
        (一)主动公开政府信息数        条        1234       其中网站公开1200条
        (一)收到申请数                件          15       同比增加 3 件
        1、当面申请数                 件           5
        九、政府信息公开会议和培训情况   /          /
        (二)举办各类培训班数          次           2       全年
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", new BigDecimal("15"),
        "requests_in_person", new BigDecimal("5"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals("(一)收到申请数 | 件 | 15", readings.evidenceByKey().get("requests_received"));
    MetricReadings withChange = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年     增减
        (一)主动公开政府信息数        条         1150       1234     +84
        (一)收到申请数                件           15         15     持平
        """), withChange);
    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", new BigDecimal("15")),
        withChange.metricsByKey());
  }

  @Test
  void aPdfRowWithMoreFiguresThanTheTableHasValueColumnsIsNotReadAndSaysSo() {
    // 件 5 3 was read as 5 without a word: the 3 may be a remark's, or the 5 a column the header does not name.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)收到申请数                件        5          3
        1、当面申请数                 件        2
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_in_person", new BigDecimal("2"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_received: \"(一)收到申请数 | 件 | 5"
        + " | 3\" has more figures than the 统计表 has value columns; which of them is the value is unclear, so none"
        + " was read")), readings.issues());
    MetricReadings yearColumns = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        (一)收到申请数                件        4          5          3
        (二)举办各类培训班数          次        2          3
        """), yearColumns);
    assertEquals(Map.of("training_sessions", new BigDecimal("3")), yearColumns.metricsByKey());
    assertEquals(List.of(IssueCode.UNRECOGNIZED_ROW.code()), issueCodes(yearColumns));
    // A page number on the line after a row, and a label's rest there, are not figures of its line.
    MetricReadings pageNumber = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        (一)收到申请数                件        4          5
        3
        (一)召开政府信息公开工作会议或专  次   3          4
        题会议数
        (二)举办各类培训班数          次        2          3
        """), pageNumber);
    assertEquals(Map.of("requests_received", new BigDecimal("5"), "meetings", new BigDecimal("4"),
        "training_sessions", new BigDecimal("3")), pageNumber.metricsByKey());
    assertEquals("(一)召开政府信息公开工作会议或专 | 次 | 3 | 4 | 题会议数", pageNumber.evidenceByKey().get("meetings"));
    assertEquals(List.of(), pageNumber.issues());
  }

  @Test
  void aTableRowWithMoreFiguresThanTheTableHasValueColumnsIsNotReadAndSaysSo() {
    // A column per quarter, not per year: each row was read in its first quarter, 1 for 5, without a word.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 第一季度 | 第二季度 | 第三季度 | 第四季度 | 全年
        (一)收到申请数 | 件 | 1 | 2 | 1 | 1 | 5
        1、当面申请数 | 件 | 2 | — | | |
        (二)举办各类培训班数 | 次 | 0 | 1 | 0 | 1 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_in_person", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_received: \"(一)收到申请数 | 件 | 1"
        + " | 2 | 1 | 1 | 5\" has more figures than the 统计表 has value columns; which of them is the value is unclear,"
        + " so none was read"), ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "training_sessions: \"(二)举办各类培训班数"
        + " | 次 | 0 | 1 | 0 | 1 | 2\" has more figures than the 统计表 has value columns; which of them is the value is"
        + " unclear, so none was read")), readings.issues());
    MetricReadings remarks = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数 | 备注
        (一)收到申请数 | 件 | 5 | 3
        (二)举办各类培训班数 | 次 | 2 | 1
        """), remarks);
    assertEquals(Map.of("requests_received", new BigDecimal("5"), "training_sessions", new BigDecimal("2")),
        remarks.metricsByKey());
    assertEquals(List.of(), remarks.issues());
  }

  @Test
  void aPdfRowWithAFigureInTheRemarksColumnTheHeaderNamesKeepsItsValue() {
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数     备注
        (一)收到申请数                件        5          3
        1、当面申请数                 件        2
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("5"), "requests_in_person", new BigDecimal("2"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
    MetricReadings withChange = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年     同比增减
        (一)收到申请数                件        4          5          1
        (二)举办各类培训班数          次        2          3          1
        """), withChange);
    assertEquals(Map.of("requests_received", new BigDecimal("5"), "training_sessions", new BigDecimal("3")),
        withChange.metricsByKey());
    assertEquals(List.of(), withChange.issues());
    // Any heading after the year columns names a column: its figure is no year's.
    MetricReadings growth = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年     增幅
        (一)收到申请数                件        4          5          25 %
        (二)举办各类培训班数          次        2          3          1.5倍
        """), growth);
    assertEquals(withChange.metricsByKey(), growth.metricsByKey());
    assertEquals(List.of(), growth.issues());
    MetricReadings html = new MetricReadings();
    new Pre2019TableReader().read(text("""
        统计指标 | 单位 | 2016年 | 2017年 | 同比
        (一)收到申请数 | 件 | 4 | 5 | 1
        (二)举办各类培训班数 | 次 | 2 | 3 | 1
        """), html);
    assertEquals(withChange.metricsByKey(), html.metricsByKey());
    assertEquals(List.of(), html.issues());
  }

  @Test
  void aPageNumberAfterAPdfRowWithNoFigureIsNotItsValue() {
    // The row's line ends at its unit: its value cell is blank. The page number below it was read as its value.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)收到申请数                件        3
        (二)申请办结数                件
        2
        1、按时办结数                 件        3
        (三)接受培训人员数            人次      5
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "completed_on_time", new BigDecimal("3"),
        "trainees", new BigDecimal("5")), readings.metricsByKey());
  }

  @Test
  void aLabelWrappedOverTwoLinesWithoutABracketIsOneLabel() {
    // Neither half was a label: the row was lost, or its second half taken for another row's label.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        2、政府网站在线访谈次数           次         3
        其中:主要负责同志参加
        政府网站在线访谈次数              次         1
        (一)收到申请数                    件         2
        九、政府信息公开会议和培训情况
        (一)召开政府信息公开工作会议或专
        题会议数                          次         4
        (二)举办各类培训班数
        次
        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("online_interviews", new BigDecimal("3"), "online_interviews_by_principal",
        new BigDecimal("1"), "requests_received", new BigDecimal("2"), "meetings", new BigDecimal("4"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aLabelWrappedOverTwoLinesWithItsFigureOnTheFirstIsOneLabel() {
    // PDF text puts the unit and figure beside the label's first line: neither half was a label, the row was lost.
    String table = """
        政府信息公开情况统计表
        统计指标                          单位      统计数
        (一)收到申请数                    件         2
        九、政府信息公开会议和培训情况
        (一)召开政府信息公开工作会议或专  次         4
        题会议数
        (二)举办各类培训班数              次         2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("2"), "meetings", new BigDecimal("4"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals("(一)召开政府信息公开工作会议或专 | 次 | 4 | 题会议数", readings.evidenceByKey().get("meetings"));
  }

  @Test
  void aSectionSpanningItsRowsWithATotalRowKeepsTheTotal() {
    // An HTML cell over 行政复议's rows puts 合计 beside it: no row was 行政复议 合计, so the total was lost,
    // and the parts after it, whose labels 行政诉讼 repeats, were lost or read as 行政诉讼's.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | 3
        四、行政复议 | 合计 | 件 | 2
        维持具体行政行为数 | 件 | 1
        被依法纠错数 | 件 | 1
        其他情形数 | 件 | 0
        五、行政诉讼 | 合计 | 件 | 1
        维持具体行政行为或者驳回原告诉讼请求数 | 件 | 1
        被依法纠错数 | 件 | 0
        其他情形数 | 件 | 0
        (二)举办各类培训班数 | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "reconsideration_total", new BigDecimal("2"),
        "reconsideration_upheld", new BigDecimal("1"), "reconsideration_corrected", new BigDecimal("1"),
        "reconsideration_other", new BigDecimal("0"), "litigation_total", new BigDecimal("1"),
        "litigation_upheld", new BigDecimal("1"), "litigation_corrected", new BigDecimal("0"),
        "litigation_other", new BigDecimal("0"), "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals("四、行政复议 | 合计 | 件 | 2", readings.evidenceByKey().get("reconsideration_total"));
  }

  @Test
  void aTotalRowAfterASectionsRowsIsItsTotal() {
    // 合计 under 行政复议's and 行政诉讼's rows matched no row: the totals were lost with an unrecognized_row issue.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)收到申请数                件        3
        四、行政复议
        维持具体行政行为数            件        1
        被依法纠错数                  件        1
        其他情形数                    件        0
        合计                          件        2
        五、行政诉讼
        维持具体行政行为或者驳回原告诉讼请求数   件   1
        被依法纠错数                  件        0
        其他情形数                    件        0
        合计                          件        2
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(new BigDecimal("2"), readings.get(ReportMetric.RECONSIDERATION_TOTAL));
    assertEquals("合计 | 件 | 2", readings.evidenceByKey().get("reconsideration_total"));
    assertEquals(new BigDecimal("2"), readings.get(ReportMetric.LITIGATION_TOTAL));
    assertEquals(new BigDecimal("0"), readings.get(ReportMetric.LITIGATION_OTHER));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.TOTAL_MISMATCH, "litigation_total is 2 but litigation_upheld"
        + " + litigation_corrected + litigation_other add up to 1")), readings.issues());
  }

  @Test
  void aRowWithAFigureThatNoRowOfTheTemplateNamesSaysSo() {
    // Offices add rows of their own (网上咨询数) and misspell the template's: their figures were dropped unsaid.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | 3
        (二)网上咨询数 | 件 | 7
        (三)其他 | 件 |
        (三)申请答复数 | 件 | 3
        (二)举办各类培训班数 | 次 | 2
        注:本表数据统计时间为2017年 | 年 | 2017
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "total_handled", new BigDecimal("3"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW,
        "the row \"(二)网上咨询数 | 件 | 7\" matches no row of the 统计表's template; it was not read")),
        readings.issues());
  }

  @Test
  void aRowWithAFigureBeforeTheTemplatesFirstRowSaysSo() {
    // A row of the office's own above the template's first was dropped unsaid: unmatched rows counted only after it.
    String table = """
        全年受理咨询 12
        政府信息公开情况统计表
        统计指标                     单位      统计数
        网上咨询数                    件        7
        (一)主动公开政府信息数        条        120
        (一)收到申请数                件        5
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("120"), "requests_received", new BigDecimal("5"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW,
        "the row \"网上咨询数 | 件 | 7\" matches no row of the 统计表's template; it was not read")),
        readings.issues());
  }

  @Test
  void aSectionNamedOnceBesideItsRowsNamesTheirSection() {
    // 行政复议 printed once in a cell over its rows: the rows both sections share were read in neither.
    String table = """
        政府信息公开情况统计表
        统计指标 | | 单位 | 统计数
        (一)收到申请数 | | 件 | 3
        四、行政复议 | 维持具体行政行为数 | 件 | 1
        被依法纠错数 | 件 | 1
        其他情形数 | 件 | 0
        五、行政诉讼 | 维持具体行政行为数 | 件 | 2
        被依法纠错数 | 件 | 0
        其他情形数 | 件 | 0
        (二)举办各类培训班数 | | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "reconsideration_upheld", new BigDecimal("1"),
        "reconsideration_corrected", new BigDecimal("1"), "reconsideration_other", new BigDecimal("0"),
        "litigation_upheld", new BigDecimal("2"), "litigation_corrected", new BigDecimal("0"),
        "litigation_other", new BigDecimal("0"), "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void noneInAValueCellIsZero() {
    String table = """
        政府信息公开情况统计表
        (一)收到申请数 | 件 | 无
        (二)申请办结数 | 件 | 无
        五、行政诉讼数量 | 件 | 3
        九、政府信息公开会议和培训情况 | / | /
        (二)举办各类培训班数 | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", BigDecimal.ZERO, "completed_total", BigDecimal.ZERO,
        "litigation_total", new BigDecimal("3"), "training_sessions", new BigDecimal("2")), readings.metricsByKey());
  }

  @Test
  void aPdfRowReadsAFigureWrittenWithItsUnitOrAsNone() {
    // 1234条 and 无 were not taken for value cells, so they and the label were one cell no row matched.
    String table = """
        政府信息公开情况统计表
        统计指标                          统计数
        (一)主动公开政府信息数            1234条
        (一)收到申请数                    无
        (三)接受培训人员数                60人次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", BigDecimal.ZERO,
        "trainees", new BigDecimal("60")), readings.metricsByKey());
  }

  @Test
  void aRowWrittenAsItsLabelAColonAndItsFigureIsRead() {
    // 收到申请数：5件 (a table flattened into lines) was one label that matched no row: the table was lost unsaid.
    String table = """
        政府信息公开情况统计表
        (一)主动公开政府信息数：120条
        (一)收到申请数：5件
        1、当面申请数：
        (六)政府信息公开专项经费：1.5万元
        (二)举办各类培训班数：2次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("120"), "requests_received", new BigDecimal("5"),
        "disclosure_budget_yuan", new BigDecimal("15000"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals("(一)收到申请数: | 5件", readings.evidenceByKey().get("requests_received"));
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aPdfRowReadsAFigureWrittenBeforeItsUnit() {
    // 412 条 left the figure in the label and ended the row at its unit: every row was lost, unsaid.
    String table = """
        政府信息公开情况统计表
        统计指标                          统计数
        (一)主动公开政府信息数            412 条
        (一)收到申请数                    15 件
        七、依申请公开信息收取的费用      150 元
        (二)举办各类培训班数              2 次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "fees_collected_yuan", new BigDecimal("150"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals("(一)主动公开政府信息数 | 412 条", readings.evidenceByKey().get("proactive_items"));
  }

  @Test
  void aPdfRowReadsFiguresWrittenBeforeTheirUnitUnderYearColumns() {
    // 300 条 412 条 left both figures in the label: the whole table was lost and the report read as prose.
    String table = """
        政府信息公开情况统计表
        统计指标                     2016年     2017年
        (一)主动公开政府信息数        300 条     412 条
        (一)收到申请数                12 件      15 件
        (二)举办各类培训班数          1 次       2 次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
    MetricReadings spacedThousands = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                          统计数
        (一)主动公开政府信息数            1 234 条
        (一)收到申请数                    15 件
        (二)举办各类培训班数              2 次
        """), spacedThousands);
    assertEquals(Map.of("requests_received", new BigDecimal("15"), "training_sessions", new BigDecimal("2")),
        spacedThousands.metricsByKey());
    assertEquals(List.of(IssueCode.UNRECOGNIZED_ROW.code()), issueCodes(spacedThousands));
  }

  @Test
  void aTableCellWithItsThousandsSpacedApartIsOneFigure() {
    // <td>1 234</td> was not read: one cell holds one value, so the space can only separate its thousands.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数
        (一)主动公开政府信息数 | 条 | 1 234
        (一)收到申请数 | 件 | 1 234 567件
        1、当面申请数 | 件 | 5 3
        2、网络申请数 | 件 | 0 123
        (二)举办各类培训班数 | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1234"), "requests_received", new BigDecimal("1234567"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_in_person: \"1、当面申请数 | 件 | 5 3\""
        + " has something other than a figure where its figure should be; it was not read"),
        ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_online: \"2、网络申请数 | 件 | 0 123\""
        + " has something other than a figure where its figure should be; it was not read")), readings.issues());
  }

  @Test
  void aValueCellThatIsNoFigureIsNotReadAndSaysSo() {
    // x, * and ? (a figure blanked out or lost in conversion) were dropped unsaid, in PDF text with their label too.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)主动公开政府信息数        条        x
        (一)收到申请数                件        *
        1、当面申请数                 件        ?
        2、网络申请数                 件        5
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_online", new BigDecimal("5"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "proactive_items: \"(一)主动公开政府信息数 | 条 | x\""
        + " has something other than a figure where its figure should be; it was not read"),
        ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_received: \"(一)收到申请数 | 件 | *\""
        + " has something other than a figure where its figure should be; it was not read"),
        ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_in_person: \"1、当面申请数 | 件 | ?\""
        + " has something other than a figure where its figure should be; it was not read")), readings.issues());
    MetricReadings html = new MetricReadings();
    new Pre2019TableReader().read(text("""
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | ×
        (二)举办各类培训班数 | 次 | 2
        """), html);
    assertEquals(List.of(IssueCode.UNRECOGNIZED_ROW.code()), issueCodes(html));
  }

  @Test
  void aFigureWithAnAsideInItsValueCellIsNotReadAndSaysSo() {
    // 5(其中网上3件) was dropped unsaid: words in the cell made it no figure, and no unreadable value either.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | 5(其中网上3件)
        1、当面申请数 | 件 | 2
        (二)举办各类培训班数 | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_in_person", new BigDecimal("2"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "requests_received: \"(一)收到申请数 | 件 |"
        + " 5(其中网上3件)\" has something other than a figure where its figure should be; it was not read")),
        readings.issues());
    MetricReadings pdf = new MetricReadings();
    new Pre2019TableReader().read(text("""
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)收到申请数                件        5(其中网上3件)
        1、当面申请数                 件        2
        (二)举办各类培训班数          次        2
        """), pdf);
    assertEquals(readings.metricsByKey(), pdf.metricsByKey());
    assertEquals(readings.issues(), pdf.issues());
  }

  @Test
  void aFigureWithWordsInItsValueCellIsNotReadAndSaysSo() {
    // 5左右, 近2 and 1件次 were dropped unsaid: their words made them neither a figure nor an unreadable value.
    String table = """
        政府信息公开情况统计表
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | 5左右
        1、当面申请数 | 件 | 近2
        2、网络申请数 | 件 | 1件次
        3、信函申请数 | 件 | 2件,均为邮寄
        (二)举办各类培训班数 | 次 | 2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of("requests_received", "requests_in_person", "requests_online", "requests_letter"),
        readings.issues().stream().map(issue -> issue.message().substring(0, issue.message().indexOf(':')))
            .toList());
    assertTrue(readings.issues().stream().allMatch(issue -> issue.code().equals(IssueCode.UNRECOGNIZED_ROW.code())
        && issue.message().endsWith("has something other than a figure where its figure should be; it was not read")));
    MetricReadings pdf = new MetricReadings();
    new Pre2019TableReader().read(text(table.replace(" | ", "   ")), pdf);
    assertEquals(readings.metricsByKey(), pdf.metricsByKey());
    assertEquals(readings.issues(), pdf.issues());
  }

  @Test
  void aPdfRowWithAnEarlierYearThatIsNoFigureKeepsItsLatestYear() {
    // 条 x 412: x was not a value cell, so it, the unit and the label were one cell no row matched: 412 lost unsaid.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      2016年     2017年
        (一)主动公开政府信息数        条        x          412
        (一)收到申请数                件        *          15
        (二)举办各类培训班数          次        1          2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("412"), "requests_received", new BigDecimal("15"),
        "training_sessions", new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aMoneyFigureWrittenWithItsUnitIsInThatUnit() {
    // 150元 was taken for 150 万元, the template's unit, and recorded as 1,500,000 yuan.
    String table = """
        政府信息公开情况统计表
        统计指标                              统计数
        (一)收到申请数                        3件
        七、依申请公开信息收取的费用          150元
        (四)政府信息公开专项经费              2.5万元
        (二)举办各类培训班数                  2次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("requests_received", new BigDecimal("3"), "fees_collected_yuan", new BigDecimal("150"),
        "disclosure_budget_yuan", new BigDecimal("25000"), "training_sessions", new BigDecimal("2")),
        readings.metricsByKey());
    MetricReadings withEmptyUnitCells = new MetricReadings();
    new Pre2019TableReader().read(text("""
        统计指标 | 单位 | 统计数
        (一)收到申请数 | 件 | 3
        七、依申请公开信息收取的费用 |  | 150元
        (二)举办各类培训班数 | 次 | 2
        """), withEmptyUnitCells);
    assertEquals(new BigDecimal("150"), withEmptyUnitCells.get(ReportMetric.FEES_COLLECTED_YUAN));
  }

  @Test
  void aPdfRowReadsAFigureInChineseNumeralsOrRoundedOff() {
    // 十二, 〇 and 1200余 were not taken for value cells: each row was one cell no row matched, and the table lost.
    String table = """
        政府信息公开情况统计表
        统计指标                     单位      统计数
        (一)主动公开政府信息数        条        1200余
        (一)收到申请数                件        十二
        1、当面申请数                 件        〇
        2、网络申请数                 件        约30
        (二)举办各类培训班数          次        2
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("proactive_items", new BigDecimal("1200"), "requests_received", new BigDecimal("12"),
        "requests_in_person", BigDecimal.ZERO, "requests_online", new BigDecimal("30"), "training_sessions",
        new BigDecimal("2")), readings.metricsByKey());
    assertEquals(List.of(IssueCode.APPROXIMATE_VALUE.code(), IssueCode.APPROXIMATE_VALUE.code()), issueCodes(readings));
  }

  @Test
  void headingRowsMarkedWithASlashAreNotValuesAndUnitsMayBeMissing() {
    String table = """
        政府信息公开情况统计表
        二、回应解读情况 | / | 7
        (二)通过不同渠道和方式回应解决的情况 | / | 3
        3、政策解读稿件发布数 | 篇 | 8
        九、政府信息公开会议和培训情况 | / | 0
        (二)举办各类培训班数 | 次 | 2
        (三)接受培训人员数 |  | 60人次
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertEquals(Map.of("policy_interpretations", new BigDecimal("8"), "training_sessions", new BigDecimal("2"),
        "trainees", new BigDecimal("60")), readings.metricsByKey());
  }

  @Test
  void aTableHeadingWithNoNumbersIsAnEmptyTable() {
    String seed003Tail = """
        加强业务培训。筹备召开局内信息公开业务培训,提高科室对信息公开及依申请公开的认识。
        附件:
        政府信息公开情况统计表(2017年度) | ||||||||||||||||||||||||||||||||||||||||||||||||
        |
        附件:
        1、北京市东城区民政局2017年政府信息公开年度报告.doc
        2、《北京市东城区民政局政府信息公开情况统计表(2017年度)》.xls
        扫一扫在手机上打开页面
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(seed003Tail), readings));

    assertTrue(readings.isEmpty());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.EMPTY_TABLE,
        "the 统计表 \"政府信息公开情况统计表(2017年度)\" has no numbers in it")), readings.issues());
  }

  @Test
  void rowsWithoutAnyFigureAreAnEmptyTable() {
    String table = """
        政府信息公开情况统计表
        (一)收到申请数 | 件 |
        1、当面申请数 | 件 |
        (一)召开政府信息公开工作会议或专题会议数 | 次 |
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(table), readings));

    assertTrue(readings.isEmpty());
    assertEquals(List.of(IssueCode.EMPTY_TABLE.code()), issueCodes(readings));
  }

  @Test
  void aTableThatStopsEarlyIsTruncated() {
    String stopsAfterRequests = """
        政府信息公开情况统计表
        (一)收到申请数 | 件 | 3
        1、当面申请数 | 件 | 3
        (二)申请办结数 | 件 | 3
        附件下载
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(stopsAfterRequests), readings));

    assertEquals(new BigDecimal("3"), readings.get(ReportMetric.COMPLETED_TOTAL));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.TABLE_TRUNCATED,
        "the 统计表 stops after \"(二)申请办结数 | 件 | 3\", before its 会议和培训 rows")), readings.issues());
  }

  @Test
  void aTableCutInsideARowIsTruncated() {
    String cut = """
        六、举报投诉数量 |
        件 |
        0 |
        七、依申请公开信息收取的费用 |
        万元 |
        """;
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(cut), readings));

    assertEquals(Map.of("complaints_total", new BigDecimal("0")), readings.metricsByKey());
    assertEquals(List.of(IssueCode.TABLE_TRUNCATED.code()), issueCodes(readings));
  }

  @Test
  void findsNoTableInProseOrInTheNationalTemplates() {
    String prose = """
        三、依申请公开政府信息办理情况
        2017年,我局收到申请数3件,均已办结。政府信息公开情况统计表见附件。
        """;
    String template2021 = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        (一)予以公开 0 0 0 0 0 0 0
        (七)总计 21 0 0 0 0 0 21
        四、结转下年度继续办理 0 0 0 0 0 0 0
        行政复议 行政诉讼
        10 1 0 0 0 0 0 0 0 0 5 0 0 0 0
        """;
    for (String report : List.of(prose, template2021)) {
      MetricReadings readings = new MetricReadings();
      assertFalse(new Pre2019TableReader().read(text(report), readings), report);
      assertTrue(readings.isEmpty());
      assertEquals(List.of(), readings.issues());
    }
  }

  private static Map<String, BigDecimal> readMismatchedTable(Function<List<String>, String> rowRenderer) {
    MetricReadings readings = new MetricReadings();
    assertTrue(new Pre2019TableReader().read(text(render(MISMATCHED_TABLE, rowRenderer)), readings));
    return readings.metricsByKey();
  }

  private static String render(List<String[]> rows, Function<List<String>, String> rowRenderer) {
    return "政府信息公开情况统计表\n"
        + rows.stream().map(cells -> rowRenderer.apply(List.of(cells))).collect(Collectors.joining("\n"));
  }

  private static String[] row(String label, String unit, String value) {
    return new String[] {label, unit, value};
  }

  private static List<String> issueCodes(MetricReadings readings) {
    return readings.issues().stream().map(ExtractionIssue::code).toList();
  }

  private static Map<String, BigDecimal> byKey(Map<ReportMetric, Long> values) {
    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
    values.forEach((metric, value) -> byKey.put(metric.key(), BigDecimal.valueOf(value)));
    return byKey;
  }

  private static ReportText text(String raw) {
    return ReportText.of(Normalizer.normalize(raw, Normalizer.Form.NFKC));
  }
}
