package io.github.opendisclosure.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.pre2019.Pre2019TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NarrativeReaderTest {

  // ---- The five seed reports --------------------------------------------------------------------

  @Test
  void seed000ReadsRequestsAndTheApproximateTotalOfPublishedItems() {
    MetricReadings readings = readNarrative(resource("seed-000_c29728d4b1d62002.txt"));

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 3, ReportMetric.PROACTIVE_ITEMS, 1200),
        readings.metricsByKey());
    assertEquals("全局网上发布信息1200余条。", readings.evidenceByKey().get("proactive_items"));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.APPROXIMATE_VALUE,
        "proactive_items: the report gives a round figure, 1200 recorded, in \"全局网上发布信息1200余条。\"")),
        readings.issues());
  }

  @Test
  void seed001ReadsNoRequestsReceived() {
    MetricReadings readings = readNarrative(resource("seed-001_3f21f7744e38cbd1.txt"));

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0), readings.metricsByKey());
    assertEquals("2018年度,我局未接到依申请公开事项。", readings.evidenceByKey().get("requests_received"));
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void seed002ProseStatesNoneAndAgreesWithItsTable() {
    String report = resource("seed-002_0b4c895e08e04692.txt");

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0, ReportMetric.RECONSIDERATION_TOTAL, 0,
        ReportMetric.LITIGATION_TOTAL, 0, ReportMetric.FEES_COLLECTED_YUAN, 0), readNarrative(report).metricsByKey());

    MetricReadings both = new MetricReadings();
    assertTrue(new Pre2019TableReader().read(text(report), both));
    assertTrue(new NarrativeReader().read(text(report), both));
    assertEquals(62 - 2, both.metricsByKey().size());
    assertEquals(new BigDecimal("3"), both.get(ReportMetric.STAFF_TOTAL));
    assertFalse(both.has(ReportMetric.COMPLETED_TOTAL));
    assertFalse(both.has(ReportMetric.TOTAL_HANDLED));
    assertEquals("(一)收到申请数 | 件 | 0", both.evidenceByKey().get("requests_received"));
    assertEquals(List.of(), both.issues());
  }

  @Test
  void seed003ReadsTheProseBesideItsEmptyTable() {
    String report = resource("seed-003_b9921c248366ac19.txt");
    MetricReadings readings = new MetricReadings();

    assertTrue(new Pre2019TableReader().read(text(report), readings));
    assertTrue(new NarrativeReader().read(text(report), readings));

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0, ReportMetric.RECONSIDERATION_TOTAL, 0,
        ReportMetric.LITIGATION_TOTAL, 0, ReportMetric.FEES_COLLECTED_YUAN, 0, ReportMetric.PROACTIVE_ITEMS, 592),
        readings.metricsByKey());
    assertEquals("全年未发生行政诉讼及行政复议。", readings.evidenceByKey().get("litigation_total"));
    assertEquals("全年未发生政府信息公开费用。", readings.evidenceByKey().get("fees_collected_yuan"));
    assertEquals("截止2017年12月31日,主动公开信息政府信息592条、微信发布625条、微博发布436条。",
        readings.evidenceByKey().get("proactive_items"));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.EMPTY_TABLE,
        "the 统计表 \"政府信息公开情况统计表(2017年度)\" has no numbers in it")), readings.issues());
  }

  @Test
  void seed004ReadsReadingPointsOnly() {
    MetricReadings readings = readNarrative(resource("seed-004_9148425d6848b68b.txt"));

    assertEquals(metrics(ReportMetric.READING_POINTS, 25), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  // ---- The prose of three 2021-template reports converted from PDF ------------------------------

  @Test
  void hongze2023ReadsSentencesBrokenAcrossPdfLines() {
    MetricReadings readings = readNarrative(resource("real-001_huaian-hongze-district-gov-2023.txt"));

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 21, ReportMetric.COMPLETED_TOTAL, 21,
        ReportMetric.COMPLETED_ON_TIME, 21, ReportMetric.FEES_COLLECTED_YUAN, 0, ReportMetric.PROACTIVE_ITEMS, 1136),
        readings.metricsByKey());
    assertEquals("2023年全区受理政府信息公开申请 21件,均在法定期限答复。",
        readings.evidenceByKey().get("completed_on_time"));
    assertEquals("2023年,我区在政府网站平台主动公开政府信息 1136条。", readings.evidenceByKey().get("proactive_items"));
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void hongze2024ReadsItsProse() {
    MetricReadings readings = readNarrative(resource("real-002_huaian-hongze-district-gov-2024.txt"));

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 17, ReportMetric.COMPLETED_TOTAL, 17,
        ReportMetric.COMPLETED_ON_TIME, 17, ReportMetric.FEES_COLLECTED_YUAN, 0, ReportMetric.PROACTIVE_ITEMS, 2428),
        readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void huaian2024ReadsAnswersReconsiderationAndLitigation() {
    MetricReadings readings = readNarrative(resource("real-003_huaian-city-gov-2024.txt"));

    Map<String, BigDecimal> expected = metrics(ReportMetric.REQUESTS_RECEIVED, 3119,
        ReportMetric.COMPLETED_TOTAL, 3050, ReportMetric.COMPLETED_ON_TIME, 3050,
        ReportMetric.RECONSIDERATION_TOTAL, 351, ReportMetric.RECONSIDERATION_CORRECTED, 64,
        ReportMetric.LITIGATION_TOTAL, 46, ReportMetric.LITIGATION_CORRECTED, 5,
        ReportMetric.FEES_COLLECTED_YUAN, 3940, ReportMetric.PROACTIVE_ITEMS, 5500,
        ReportMetric.RECONSIDERATION_UPHELD, 72, ReportMetric.RECONSIDERATION_OTHER, 178,
        ReportMetric.RECONSIDERATION_PENDING, 37);
    assertEquals(expected, readings.metricsByKey());
    assertEquals(List.of(IssueCode.APPROXIMATE_VALUE.code()),
        readings.issues().stream().map(ExtractionIssue::code).toList());
    assertTrue(readings.issues().get(0).message().startsWith("proactive_items: the report gives a round figure, 5500"));
  }

  // ---- Rules on short texts ---------------------------------------------------------------------

  @Test
  void readsChineseNumerals() {
    MetricReadings readings = readNarrative("""
        2017年度政府信息公开工作年度报告
        2017年,我局接到依申请公开件三件,均在法定期限内予以答复。
        我局配备专职人员两名、兼职人员三名,负责政府信息公开工作。
        全年召开政务公开专题会议二次,举办政务公开培训班一期,培训工作人员四十五人次。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 3, ReportMetric.COMPLETED_TOTAL, 3,
        ReportMetric.COMPLETED_ON_TIME, 3, ReportMetric.STAFF_TOTAL, 5, ReportMetric.STAFF_FULL_TIME, 2,
        ReportMetric.STAFF_PART_TIME, 3, ReportMetric.MEETINGS, 2, ReportMetric.TRAINING_SESSIONS, 1,
        ReportMetric.TRAINEES, 45), readings.metricsByKey());
    assertEquals("我局配备专职人员两名、兼职人员三名,负责政府信息公开工作。", readings.evidenceByKey().get("staff_total"));
  }

  @Test
  void traineesCountedAsParticipants() {
    // 参训 (took part in the training) was not a word of trainees: the 120 was lost.
    assertEquals(metrics(ReportMetric.TRAINING_SESSIONS, 2, ReportMetric.TRAINEES, 120), readNarrative(
        "全年举办政府信息公开培训班2期，参训人员120人次。").metricsByKey());
  }

  @Test
  void staffOfBothKindsAreTheTotalNotThePartTimeStaff() {
    // 专兼职工作人员4名 was read as four part-time staff.
    MetricReadings readings = readNarrative("我局政府信息公开工作由办公室负责，配备专兼职工作人员4名。");
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 4), readings.metricsByKey());
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 3), readNarrative(
        "我局配备专、兼职工作人员共3名，负责政府信息公开工作。").metricsByKey());
  }

  @Test
  void recordsApproximateCountsAsStatedWithAnIssue() {
    MetricReadings readings = readNarrative("全年共受理政府信息公开申请30余件。");

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 30), readings.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.APPROXIMATE_VALUE,
        "requests_received: the report gives a round figure, 30 recorded, in \"全年共受理政府信息公开申请30余件。\"")),
        readings.issues());
  }

  @Test
  void readsCountsWithAmountsInTenThousands() {
    MetricReadings readings = readNarrative("""
        2017年,共受理政府信息公开申请1,250件,答复1,200件,均在法定期限内答复。
        全年收取政府信息公开信息处理费0.35万元。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 1250, ReportMetric.COMPLETED_TOTAL, 1200,
        ReportMetric.COMPLETED_ON_TIME, 1200, ReportMetric.FEES_COLLECTED_YUAN, 3500), readings.metricsByKey());
  }

  @Test
  void readsCompletedAndStaffStatementsOnTheirOwn() {
    MetricReadings readings = readNarrative("""
        三、依申请公开情况
        全年共收到政府信息公开申请8件,办结8件,其中按时办结7件。
        局办公室2名工作人员具体负责政府信息公开工作。
        五、收费情况
        依申请公开工作未收取任何费用。
        六、行政复议和行政诉讼
        因政府信息公开被申请行政复议2件,其中结果维持1件,结果纠正1件;未发生行政诉讼。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 8, ReportMetric.COMPLETED_TOTAL, 8,
        ReportMetric.RECONSIDERATION_TOTAL, 2, ReportMetric.RECONSIDERATION_CORRECTED, 1,
        ReportMetric.LITIGATION_TOTAL, 0, ReportMetric.FEES_COLLECTED_YUAN, 0, ReportMetric.STAFF_TOTAL, 2,
        ReportMetric.RECONSIDERATION_UPHELD, 1), readings.metricsByKey());
  }

  @Test
  void fullTimeStaffAloneAreTheStaffTotal() {
    MetricReadings readings = readNarrative("明确办公室为政府信息公开工作机构,配备专职人员1名。");

    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 1, ReportMetric.STAFF_FULL_TIME, 1), readings.metricsByKey());
  }

  @Test
  void theOfficesOwnFullTimeStaffNeedNotNameDisclosure() {
    // A tester's narrative report: the sentence says only 我局, the report is about disclosure.
    MetricReadings readings = readNarrative("2022年,我局配备专职人员2名。");

    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 2, ReportMetric.STAFF_FULL_TIME, 2), readings.metricsByKey());
    assertEquals("2022年,我局配备专职人员2名。", readings.evidenceByKey().get("staff_total"));
  }

  @Test
  void fullTimeAndPartTimeStaffCountedWithoutTheWordForStaff() {
    // 专职1人 and 兼职2人 name no 人员: both kinds, and the total they make, were lost.
    MetricReadings readings = readNarrative("2017年，我局政府信息公开工作人员共3人，其中专职1人，兼职2人。");

    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 3, ReportMetric.STAFF_FULL_TIME, 1, ReportMetric.STAFF_PART_TIME, 2),
        readings.metricsByKey());
  }

  @Test
  void aStatedStaffTotalIsNotReplacedByTheSumOfItsParts() {
    MetricReadings readings = readNarrative("我局安排3名工作人员负责政府信息公开工作,其中专职人员1名。");

    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 3, ReportMetric.STAFF_FULL_TIME, 1), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
  }

  @Test
  void aStaffTotalStatedBeforeItsFullTimePartIsTheTotal() {
    // The full-time part alone was taken for the total: staff_total 1 where the sentence states 3.
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 3, ReportMetric.STAFF_FULL_TIME, 1), readNarrative(
        "2017年，我局配备政府信息公开工作人员3名，其中专职1名。").metricsByKey());
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 3, ReportMetric.STAFF_FULL_TIME, 1), readNarrative(
        "2017年，我局政府信息公开工作人员共3人，其中专职人员1人，其余为兼职。").metricsByKey());
    // Not each department's people.
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 1, ReportMetric.STAFF_FULL_TIME, 1), readNarrative(
        "2017年，我局各科室配备政府信息公开工作人员3名，其中专职1名。").metricsByKey());
  }

  @Test
  void thePartsOfAnAreasStaffAreNotTheWriters() {
    // The county's 100 full-time staff were taken for the bureau's, and for its total.
    assertEquals(Map.of(), readNarrative(
        "2018年，全县共有政府信息公开工作人员300名，其中专职100名。", "平江县民政局").metricsByKey());
    // The county government's report states its county's staff.
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 300, ReportMetric.STAFF_FULL_TIME, 100), readNarrative(
        "2018年，全县共有政府信息公开工作人员300名，其中专职100名。", "平江县人民政府").metricsByKey());
  }

  @Test
  void readsReviewsOnlyUnderADisclosureHeadingOrSentence() {
    assertEquals(Map.of(), readNarrative("平江县民政局无申请行政复议和提起行政诉讼的情况。").metricsByKey());
  }

  @Test
  void noneOfBothReviewsInOneSentenceIsTwoZeros() {
    MetricReadings readings = readNarrative("""
        五、因政府信息公开申请行政复议和提起行政诉讼的情况
        平江县民政局无申请行政复议和提起行政诉讼的情况。
        目前平江县民政局无涉及公开收费项目。
        """);

    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0, ReportMetric.LITIGATION_TOTAL, 0,
        ReportMetric.FEES_COLLECTED_YUAN, 0), readings.metricsByKey());
  }

  @Test
  void noneUnderAHeadingIsNoneOfWhatTheHeadingNames() {
    // Reports of 2008 to 2018 often answered a chapter heading with a bare 无。
    MetricReadings readings = readNarrative("""
        三、依申请公开政府信息情况
        无。
        四、因政府信息公开申请行政复议、提起行政诉讼的情况
        无。
        五、政府信息公开收费及减免情况
        无。
        六、存在的主要问题
        无。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0, ReportMetric.RECONSIDERATION_TOTAL, 0,
        ReportMetric.LITIGATION_TOTAL, 0, ReportMetric.FEES_COLLECTED_YUAN, 0), readings.metricsByKey());
    assertEquals("四、因政府信息公开申请行政复议、提起行政诉讼的情况 无。",
        readings.evidenceByKey().get("reconsideration_total"));
    // Under a heading of one kind of review, 无 says nothing of the other.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0), readNarrative("""
        四、因政府信息公开申请行政复议和行政诉讼情况
        (一)行政复议情况
        无。
        (二)行政诉讼情况
        行政诉讼情况见附件。
        """).metricsByKey());
  }

  @Test
  void noReviewsCausedByDisclosure() {
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "本年度我局未因政府信息公开被申请行政复议或提起行政诉讼。").metricsByKey());
  }

  @Test
  void theDisclosurePartOfAllCasesIsTheReviewTotal() {
    // The 5 cases of every kind were taken for the reconsiderations over disclosure.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 1), readNarrative(
        "2017年，我局行政复议案件共5件，其中因政府信息公开引起的1件。").metricsByKey());
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 1, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "2017年，我局行政复议案件共5件，其中涉及政府信息公开的行政复议1件；政府信息公开行政诉讼0件。").metricsByKey());
  }

  @Test
  void reviewsCountedAsTimes() {
    // 次 was not a unit of cases: the reconsideration was lost.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 1, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "2017年，我局因政府信息公开被申请行政复议1次，未发生行政诉讼。").metricsByKey());
  }

  @Test
  void oneCountForEachOfBothKindsOfReview() {
    // 各 (each) stood between the cases and their figure: both totals were lost.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0, ReportMetric.LITIGATION_TOTAL, 0), readNarrative("""
        四、因政府信息公开申请行政复议、提起行政诉讼的情况
        2017年，因政府信息公开引起的行政复议和行政诉讼各0件。
        """).metricsByKey());
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 1, ReportMetric.LITIGATION_TOTAL, 1), readNarrative(
        "因政府信息公开被提起行政诉讼、行政复议案件各1件。").metricsByKey());
  }

  @Test
  void bothKindsOfReviewSaidToBeNil() {
    // 均为零 (both nil) named no count word: both totals were lost.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "2017年，我局因政府信息公开引起的行政复议和行政诉讼均为零。").metricsByKey());
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 0, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "2017年，因政府信息公开引起的行政诉讼、行政复议案件均为0件。").metricsByKey());
  }

  @Test
  void reconsiderationsAllUpheld() {
    // 均维持 named no count: the upheld figure was lost, for all the cases and for disclosure's part.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 2, ReportMetric.RECONSIDERATION_UPHELD, 2), readNarrative(
        "2017年，我局行政复议5件，其中涉及政府信息公开的2件，均维持。").metricsByKey());
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 3, ReportMetric.RECONSIDERATION_UPHELD, 3), readNarrative(
        "2017年，因政府信息公开被申请行政复议3件，均被维持。").metricsByKey());
  }

  @Test
  void figuresGivenRespectivelyForEachNamedPart() {
    // 分别为 lists were lost: the channels and the reviews of these sentences stayed null.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 9, ReportMetric.REQUESTS_IN_PERSON, 5,
        ReportMetric.REQUESTS_ONLINE, 3, ReportMetric.REQUESTS_LETTER, 1), readNarrative(
        "2017年，我局共受理政府信息公开申请9件，其中当面申请、网络申请、信函申请分别为5件、3件、1件。").metricsByKey());
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 1, ReportMetric.LITIGATION_TOTAL, 0), readNarrative(
        "2017年，因政府信息公开引起的行政复议、行政诉讼分别为1件、0件。").metricsByKey());
    // The channels of a running total are not the year's.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "截至2017年底，我局累计受理政府信息公开申请150件，其中当面申请、网络申请分别为100件、50件；2017年受理15件。")
        .metricsByKey());
    // Two names and three figures: which figure is whose is a guess, so none is read.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 9), readNarrative(
        "2017年，我局共受理政府信息公开申请9件，其中当面申请、网络申请分别为5件、3件、1件。").metricsByKey());
  }

  @Test
  void aRespectiveListWhoseFiguresDoNotPairWithItsNamesIsAnIssue() {
    // Nothing was read and no issue raised: the figures the list states were lost silently.
    MetricReadings fewer = readNarrative("2017年，我局共受理政府信息公开申请8件，其中当面申请、网上申请、信函申请分别为5件、3件。");

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 8), fewer.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.UNRECOGNIZED_ROW, "prose: a 分别 list names 3 parts and gives 2"
        + " figures; which figure is whose is a guess, so none was read, in \"2017年,我局共受理政府信息公开申请8件,"
        + "其中当面申请、网上申请、信函申请分别为5件、3件。\"")), fewer.issues());
    assertEquals(List.of(IssueCode.UNRECOGNIZED_ROW.code()), readNarrative("2017年，因政府信息公开引起的行政复议、行政诉讼分别为1件、0件、2件。")
        .issues().stream().map(ExtractionIssue::code).toList());
    // A list that names nothing the reader reads, or another period's, is none of its business.
    assertEquals(List.of(), readNarrative("2017年，我局编制公开指南、公开目录、年度报告分别为2个、3个。").issues());
    assertEquals(List.of(), readNarrative(
        "截至2017年底，我局累计受理政府信息公开申请150件，其中当面申请、网络申请分别为100件。").issues());
  }

  @Test
  void aCountInBracketsRightAfterWhatItCountsIsRead() {
    // The bracket was stripped as an aside: the 15 requests were lost, with no issue.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.COMPLETED_TOTAL, 15,
        ReportMetric.COMPLETED_ON_TIME, 15), readNarrative(
        "2017年，我局共受理政府信息公开申请（15件），均在法定期限内答复。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请(１５件)。").metricsByKey());
    // A bracket that gives the count as a total (共15件) was stripped as an aside too.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.COMPLETED_TOTAL, 15,
        ReportMetric.COMPLETED_ON_TIME, 15), readNarrative(
        "2017年，我局受理政府信息公开申请（共15件），均在法定期限内答复。").metricsByKey());
    // After the count itself it is an aside: the count is read once.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请15件（共15件）。").metricsByKey());
    // A bracket with more than the count is an aside still.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请15件（含上年度结转申请3件）。").metricsByKey());
  }

  @Test
  void aRequestCountStatedWithoutItsVerbIsTheReceivedCount() {
    // 申请数量为15件 named no 受理 or 收到 before it: the count was lost.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，全年政府信息公开申请数量为15件。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局政府信息公开申请共15件。").metricsByKey());
    // Requests completed or answered are not the ones received.
    assertEquals(metrics(ReportMetric.COMPLETED_TOTAL, 15), readNarrative("2017年，我局办结政府信息公开申请共15件。").metricsByKey());
    assertEquals(Map.of(), readNarrative("2017年，我局答复的政府信息公开申请数量为15件。").metricsByKey());
  }

  @Test
  void requestsCompletedNamedBeforeTheirCountAreTheCompletedTotal() {
    // Only 办结15件 was read: with the requests named between verb and count, completed_total stayed null.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.COMPLETED_TOTAL, 15), readNarrative(
        "2017年，我局共受理政府信息公开申请15件，办结政府信息公开申请共15件。").metricsByKey());
    assertEquals(metrics(ReportMetric.COMPLETED_TOTAL, 14), readNarrative(
        "2017年，我局办结的依申请公开事项数量为14件。").metricsByKey());
    // Not another period's, a running total's, a part's or an area's total not the writer's.
    assertEquals(Map.of(), readNarrative("2017年，我局办结上年度结转的政府信息公开申请3件。").metricsByKey());
    assertEquals(Map.of(), readNarrative("截至2017年底，我局累计办结政府信息公开申请150件。").metricsByKey());
    assertEquals(Map.of(), readNarrative("2017年，我局网上办结政府信息公开申请5件。").metricsByKey());
    // Those completed on the spot are a part too: the 5 was taken for every request completed.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请15件，当场办结5件。").metricsByKey());
    assertEquals(Map.of(), readNarrative("2017年，我局当场办结政府信息公开申请5件。").metricsByKey());
    assertEquals(Map.of(), readNarrative(
        "2018年全县共办结政府信息公开申请320件。", "平江县民政局").metricsByKey());
  }

  @Test
  void requestsAnsweredNamedBeforeTheirCountAreAllAnsweredOnTime() {
    // Only 答复15件 was read before 均在法定期限内答复: with the requests named, both stayed null.
    assertEquals(metrics(ReportMetric.COMPLETED_TOTAL, 15, ReportMetric.COMPLETED_ON_TIME, 15), readNarrative(
        "2017年，我局答复政府信息公开申请15件，均在法定期限内答复。").metricsByKey());
    assertEquals(metrics(ReportMetric.COMPLETED_TOTAL, 15, ReportMetric.COMPLETED_ON_TIME, 15), readNarrative(
        "2017年，我局共办结依申请公开事项15件，均在法定时限内办结。").metricsByKey());
    // Not an area's total the writer did not answer.
    assertEquals(Map.of(), readNarrative(
        "2018年全县共答复政府信息公开申请320件，均在法定期限内答复。", "平江县民政局").metricsByKey());
  }

  @Test
  void requestsCompletedOfAnAreasTotalAreNotTheWriters() {
    // The county's 320 completed was taken for the bureau's own, after the county's 320 received.
    assertEquals(Map.of(), readNarrative(
        "2018年全县共受理政府信息公开申请320件，办结320件。", "平江县民政局").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，全县共受理政府信息公开申请320件，办结政府信息公开申请320件，其中我局受理15件。").metricsByKey());
    // What was completed of the writer's own count is its own.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.COMPLETED_TOTAL, 15), readNarrative(
        "2017年，全县共受理政府信息公开申请320件，其中我局受理15件，办结15件。").metricsByKey());
  }

  @Test
  void channelCountsThatFollowTheYearsReceivedCountAreItsParts() {
    // Only a 分别为 list filled the channels; their plain counts were lost.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 9, ReportMetric.REQUESTS_IN_PERSON, 5,
        ReportMetric.REQUESTS_ONLINE, 3, ReportMetric.REQUESTS_LETTER, 1), readNarrative(
        "2017年，我局共受理政府信息公开申请9件，其中当面申请5件，网上申请3件，信函申请1件。").metricsByKey());
    // The channels of a running total or of an area's total are not the writer's year's.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "截至2017年底，我局累计受理政府信息公开申请150件，其中当面申请100件，网上申请50件；2017年受理15件。")
        .metricsByKey());
    assertEquals(Map.of(), readNarrative(
        "2018年全县共受理政府信息公开申请320件，其中当面申请200件，网上申请120件。", "平江县民政局").metricsByKey());
    // A count stated without its verb has its channels too; a count of requests completed has none.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 12, ReportMetric.REQUESTS_IN_PERSON, 7,
        ReportMetric.REQUESTS_ONLINE, 5), readNarrative(
        "2017年，我局全年政府信息公开申请总数为12件，其中当面申请7件，网上申请5件。").metricsByKey());
    assertEquals(metrics(ReportMetric.COMPLETED_TOTAL, 15), readNarrative(
        "2017年，我局办结政府信息公开申请共15件，其中当面申请5件。").metricsByKey());
    // With no received count before them, channel counts are parts of nothing the sentence states.
    assertEquals(Map.of(), readNarrative("其中，网上申请5件。").metricsByKey());
  }

  @Test
  void channelCountsInABracketAfterTheReceivedCountAreItsParts() {
    // The bracket was stripped as an aside: the channels were lost, with no issue.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.REQUESTS_IN_PERSON, 10,
        ReportMetric.REQUESTS_ONLINE, 5), readNarrative(
        "2017年，我局受理政府信息公开申请15件（当面申请10件，网上申请5件）。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 12, ReportMetric.REQUESTS_IN_PERSON, 7,
        ReportMetric.REQUESTS_LETTER, 5), readNarrative(
        "2017年，我局全年政府信息公开申请总数为12件 (其中:当面申请7件、信函申请5件)。").metricsByKey());
    // A bracket with more than channel counts is an aside still, and so is one after another count.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请15件（当面申请10件，网上申请5件，含上年度结转3件）。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "2017年，我局受理政府信息公开申请15件，累计受理150件（当面申请100件，网上申请50件）。").metricsByKey());
    assertEquals(Map.of(), readNarrative(
        "2018年全县共受理政府信息公开申请320件（当面申请200件，网上申请120件）。", "平江县民政局").metricsByKey());
  }

  @Test
  void channelCountsGivenBeforeTheirTotalAreItsParts() {
    // The parts came before 共计9件, which followed no 受理: nothing was read.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 9, ReportMetric.REQUESTS_IN_PERSON, 5,
        ReportMetric.REQUESTS_ONLINE, 3, ReportMetric.REQUESTS_LETTER, 1), readNarrative(
        "2017年，我局受理的政府信息公开申请中，当面申请5件，网上申请3件，信函申请1件，共计9件。").metricsByKey());
    // Not the parts of a running total.
    assertEquals(Map.of(), readNarrative(
        "截至2017年底，我局累计受理的政府信息公开申请中，当面申请100件，网上申请50件，共计150件。").metricsByKey());
  }

  @Test
  void theYearOfARuleDoesNotMoveTheSentenceToThatYear() {
    // 2008年施行的《条例》 was taken for the year the sentence is about: its 15 requests were lost.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative("平江县民政局2012年政府信息公开工作年度报告\n"
        + "依据2008年施行的《条例》，2012年共受理政府信息公开申请15件。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative("平江县民政局2012年政府信息公开工作年度报告\n"
        + "自《条例》2008年5月1日施行以来，我局认真贯彻落实，2012年共受理政府信息公开申请15件。").metricsByKey());
  }

  @Test
  void aBureauThatGivesItsAreasTotalReceivedItsOwnCount() {
    // The county's 320 was taken for the bureau's own requests.
    MetricReadings readings = readNarrative("全县共受理政府信息公开申请320件，其中我局受理政府信息公开申请5件。");
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 5), readings.metricsByKey());
    // With no writer known the area's total is taken, and its channel is its part.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 320, ReportMetric.REQUESTS_ONLINE, 300), readNarrative(
        "全县共受理政府信息公开申请320件，其中网上申请300件。").metricsByKey());
  }

  @Test
  void aBureauThatGivesItsSystemsTotalReceivedWhatItsOwnOfficesDid() {
    // The civil-affairs system's 20 was taken for the bureau's own: 局机关 was not read as the bureau.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 5), readNarrative(
        "全县民政系统共受理政府信息公开申请20件，其中局机关受理5件。", "平江县民政局").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 5), readNarrative(
        "全县民政系统共受理政府信息公开申请20件，其中机关本级受理5件。").metricsByKey());
  }

  @Test
  void aSystemsTotalIsNoOfficesOwnCount() {
    // The city's civil-affairs system's 1500 was taken for the county bureau's own.
    assertEquals(Map.of(), readNarrative("2018年，全市民政系统共主动公开政府信息1500条。", "平江县民政局").metricsByKey());
    assertEquals(Map.of(), readNarrative("全县民政系统共受理政府信息公开申请20件。", "平江县民政局").metricsByKey());
    assertEquals(Map.of(), readNarrative("全县民政系统共受理政府信息公开申请20件。", "平江县人民政府").metricsByKey());
  }

  @Test
  void aBureausOwnTotalIsNotReplacedByItsOwnLevelsPart() {
    // 其中我局本级 was taken for the bureau's count, though the bureau states its own total first.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "我局共受理政府信息公开申请15件，其中我局本级受理10件。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative("""
        三、依申请公开情况
        我局共受理申请15件，其中我局本级受理10件，下属单位受理5件。
        """, "平江县民政局").metricsByKey());
  }

  @Test
  void anAreasTotalIsTheCountOfTheAreasGovernmentOnly() {
    String areaThenBureau = """
        二、依申请公开情况
        2018年全县共受理政府信息公开申请320件。我局受理政府信息公开申请5件，均按时答复。
        """;
    // The county's 320, a sentence before the bureau's own 5, was kept with a conflict.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 5),
        readNarrative(areaThenBureau, "平江县民政局").metricsByKey());
    assertEquals(List.of(), readNarrative(areaThenBureau, "平江县民政局").issues());
    // A bureau that gives only its county's total does not state its own count.
    assertEquals(Map.of(), readNarrative("2018年全县共受理政府信息公开申请320件。", "平江县民政局").metricsByKey());
    // The county's government and its 办公室 report the county: 全县 is theirs, 其中本机关 a part of it.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 320), readNarrative(
        "全县共受理政府信息公开申请320件，其中本机关受理政府信息公开申请5件。", "平江县人民政府").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 320),
        readNarrative(areaThenBureau, "平江县人民政府办公室").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 21), readNarrative(
        "2018年全区受理政府信息公开申请 21件。", "淮安市洪泽区人民政府").metricsByKey());
    // A county's government does not report its city's total.
    assertEquals(Map.of(), readNarrative(
        "全市共受理政府信息公开申请3119件。", "平江县人民政府").metricsByKey());
  }

  @Test
  void anAreasTrainingIsTheCountOfTheAreasGovernmentOnly() {
    // The county's 10 sessions were taken for the bureau's, with a conflict against its own 2.
    String areaThenBureau = "2018年，全县共举办政府信息公开培训班10期。我局举办政府信息公开培训班2期。";
    MetricReadings bureau = readNarrative(areaThenBureau, "平江县民政局");
    assertEquals(metrics(ReportMetric.TRAINING_SESSIONS, 2), bureau.metricsByKey());
    assertEquals(List.of(), bureau.issues());
    assertEquals(metrics(ReportMetric.TRAINING_SESSIONS, 10),
        readNarrative("2018年，全县共举办政府信息公开培训班10期。", "平江县人民政府").metricsByKey());
  }

  @Test
  void anAreasOrASystemsStaffAreNotTheBureaus() {
    // The system's 30 part-time staff were taken for the bureau's, and its staff total became 32.
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 2, ReportMetric.STAFF_FULL_TIME, 2), readNarrative(
        "2018年，我局配备政府信息公开专职人员2名，全县民政系统共有兼职人员30名。", "平江县民政局").metricsByKey());
    assertEquals(Map.of(), readNarrative(
        "2018年，全县共配备政府信息公开专职人员50名。", "平江县民政局").metricsByKey());
    assertEquals(metrics(ReportMetric.STAFF_TOTAL, 50, ReportMetric.STAFF_FULL_TIME, 50), readNarrative(
        "2018年，全县共配备政府信息公开专职人员50名。", "平江县人民政府").metricsByKey());
  }

  @Test
  void aFigureQualifiedAfterItsUnitIsARoundFigure() {
    // 1000条以上 and 400条左右 were recorded as exact counts, without an approximate_value issue.
    MetricReadings readings = readNarrative("2012年，我局主动公开政府信息1000条以上，受理政府信息公开申请20件左右。");
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 20, ReportMetric.PROACTIVE_ITEMS, 1000),
        readings.metricsByKey());
    assertEquals(List.of(IssueCode.APPROXIMATE_VALUE, IssueCode.APPROXIMATE_VALUE),
        readings.issues().stream().map(issue -> IssueCode.forCode(issue.code()).orElseThrow()).toList());
  }

  @Test
  void aFigureReachedIsExactAndAFigureExceededIsRound() {
    // 达 and 超过 stood between the verb and the figure: both counts were lost.
    MetricReadings reached = readNarrative("2012年，我局主动公开政府信息达400条，受理政府信息公开申请达到20件。");
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 20, ReportMetric.PROACTIVE_ITEMS, 400),
        reached.metricsByKey());
    assertEquals(List.of(), reached.issues());
    MetricReadings exceeded = readNarrative("2012年，我局主动公开政府信息超过400条。");
    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 400), exceeded.metricsByKey());
    assertEquals(List.of(ExtractionIssue.of(IssueCode.APPROXIMATE_VALUE,
        "proactive_items: the report gives a round figure, 400 recorded, in \"2012年,我局主动公开政府信息超过400条。\"")),
        exceeded.issues());
  }

  @Test
  void theYearsShareOfARunningTotalIsTheYearsTotal() {
    // The 420 of 2012 was lost as a part (其中) of the running total.
    MetricReadings readings = readNarrative("""
        平江县民政局2012年政府信息公开工作年度报告
        截至2012年底，我局累计主动公开政府信息3500条，其中2012年主动公开政府信息420条。
        """);
    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 420), readings.metricsByKey());
    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 420), readNarrative(
        "我局累计主动公开政府信息3500条，其中本年度新增主动公开政府信息420条。").metricsByKey());
  }

  @Test
  void aTotalTheYearsShareIsTakenOfIsARunningTotal() {
    // Without 累计 the running totals were taken for the year's: 150 requests, 1500 items with a conflict.
    MetricReadings readings = readNarrative("""
        平江县民政局2018年政府信息公开工作年度报告
        截至2018年底，我局共受理政府信息公开申请150件，其中2018年受理15件。
        截至2018年底，我局共主动公开政府信息1500条，其中2018年主动公开政府信息320条。
        """);
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.PROACTIVE_ITEMS, 320),
        readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative(
        "自《条例》实施以来，我局共受理政府信息公开申请150件，其中本年度受理政府信息公开申请15件。").metricsByKey());
  }

  @Test
  void anAreasTotalOfPublishedItemsIsTheCountOfTheAreasGovernmentOnly() {
    String areaThenBureau = "2018年，全县共主动公开政府信息12000余条。我局主动公开政府信息320条。";
    // The county's 12000 was kept, with a conflict and an approximate-value issue.
    MetricReadings bureau = readNarrative(areaThenBureau, "平江县民政局");
    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 320), bureau.metricsByKey());
    assertEquals(List.of(), bureau.issues());
    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 12000),
        readNarrative(areaThenBureau, "平江县人民政府").metricsByKey());
  }

  @Test
  void noRequestsAndNoFeesAsTheEarlyReportsWroteThem() {
    MetricReadings readings = readNarrative("""
        2012年度无政府信息公开申请。
        2012年度,我局没有收取政府信息公开相关费用。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0, ReportMetric.FEES_COLLECTED_YUAN, 0),
        readings.metricsByKey());
    // 零收费 (no charge) was not a way of saying no fees were collected.
    assertEquals(metrics(ReportMetric.FEES_COLLECTED_YUAN, 0),
        readNarrative("2012年，我局依申请公开政府信息实行零收费。").metricsByKey());
    // 为零 (nil) stated no count word: the none was lost.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0),
        readNarrative("2012年，我局受理政府信息公开申请为零。").metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 0),
        readNarrative("2012年，我局政府信息公开申请数为0。").metricsByKey());
    assertEquals(Map.of(), readNarrative("2012年，因政府信息公开申请引起的行政复议为零。").metricsByKey());
  }

  @Test
  void requestsWithoutTheirSubjectAreCountedWhereTheTextIsAboutDisclosure() {
    // 共受理申请15件 was lost: the count needed 依申请公开 or 政府信息公开 after its verb.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readNarrative("""
        三、依申请公开情况
        2012年，我局共受理申请15件。
        """).metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15),
        readNarrative("我局受理政府信息公开申请增加3件，共受理申请15件。").metricsByKey());
    // Elsewhere a 申请 is any application the office handles.
    assertEquals(Map.of(), readNarrative("""
        二、主动公开情况
        政务服务中心窗口受理申请3500件。
        """).metricsByKey());
  }

  @Test
  void aYearAFigureIsComparedWithLeavesTheSentenceToItsOwnYear() {
    MetricReadings readings = readNarrative("""
        平江县民政局2009年政府信息公开工作年度报告
        2009年,我局主动公开政府信息356条,其中通过政府网站公开320条,较2008年增长15%。
        共受理政府信息公开申请45件,比2008年增加30件,同比增长200%。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 45, ReportMetric.PROACTIVE_ITEMS, 356),
        readings.metricsByKey());
    // The clause of the comparison states the difference, not this year's figure.
    assertEquals(Map.of(), readNarrative("平江县民政局2009年政府信息公开工作年度报告\n"
        + "今年,较2008年多受理政府信息公开申请5件。").metricsByKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2012年，我局共收到公民、法人和其他组织提出的政府信息公开申请11件。",
      "2012年，我局共接到申请人提出的政府信息公开申请11件，均已答复。",
      "2012年，我局受理的政府信息公开申请共11件。",
      "2012年，我局收到政府信息公开申请数量为11件。",
      "2012年度，我局共接受政府信息公开申请11件。",
      "2012年度，我局受理政府信息公开申请：11件。",
      "2012年度，我局受理政府信息公开申请：１１件。"})
  void requestsReceivedWithWhoMadeThemOrHowTheCountIsPut(String sentence) {
    // Each was lost: the count had to follow 受理/收到 and the requests' subject with nothing between.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 11), readNarrative(sentence).metricsByKey(), sentence);
    // 数 of 申请数为 is not the 数 of 数十, which names no figure.
    assertEquals(Map.of(), readNarrative("2012年，我局受理政府信息公开申请数十件。").metricsByKey());
  }

  @Test
  void theDisclosurePartOfApplicationsOfEveryKindIsTheRequestCount() {
    // The 150 applications of every kind were taken for the disclosure requests.
    MetricReadings readings = readNarrative("2018年，我局共受理各类申请150件，其中政府信息公开申请15件。");
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readings.metricsByKey());
    assertEquals("2018年,我局共受理各类申请150件,其中政府信息公开申请15件。",
        readings.evidenceByKey().get("requests_received"));
    // All answered in time: the 150 were taken for the disclosure requests answered.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.COMPLETED_TOTAL, 15,
        ReportMetric.COMPLETED_ON_TIME, 15), readNarrative(
        "2018年，我局共受理各类申请150件，其中政府信息公开申请15件，均在法定期限内答复。").metricsByKey());
  }

  @Test
  void countsUnderAHeadingAboutRequestsNeedNotNameThem() {
    // Both counts were lost: each sentence had to name the requests itself.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 16, ReportMetric.COMPLETED_TOTAL, 16,
        ReportMetric.COMPLETED_ON_TIME, 16), readNarrative("""
        (二)依申请公开情况
        全年共受理16件，均在法定期限内予以答复。
        """).metricsByKey());
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 6, ReportMetric.COMPLETED_TOTAL, 6), readNarrative("""
        三、依申请公开情况
        2016年，我局共受理政府信息公开申请6件。共办结6件，办结率100%。
        """).metricsByKey());
    // A heading about the reviews of requests is not about the requests.
    assertEquals(metrics(ReportMetric.RECONSIDERATION_TOTAL, 2), readNarrative("""
        四、因政府信息公开申请行政复议、提起行政诉讼的情况
        2016年，我局受理申请2件，均已办结，发生行政复议案件2件。
        """).metricsByKey());
  }

  @Test
  void requestsNewlyReceivedInTheWordsOfThe2019Template() {
    // 新收 was not a verb of receiving: the 11 was lost.
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 11, ReportMetric.COMPLETED_TOTAL, 12), readNarrative(
        "2020年，我局新收政府信息公开申请11件，上年结转1件，办结12件。").metricsByKey());
  }

  @Test
  void aComparisonWithAYearLeavesTheSentenceToItsOwnYear() {
    // 与2011年相比 made the whole sentence about 2011, and its 15 was lost.
    MetricReadings readings = readNarrative("""
        平江县住房和城乡建设局2012年政府信息公开工作年度报告
        与2011年相比，2012年受理政府信息公开申请增加3件，共受理申请15件。
        2012年主动公开政府信息120条，同2011年同期相比增长20%。
        2012年收取政府信息公开信息处理费200元，与2011年度持平。
        2012年，我局受理政府信息公开申请15件，与2011年的12件相比增加3件。
        """);

    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15, ReportMetric.FEES_COLLECTED_YUAN, 200,
        ReportMetric.PROACTIVE_ITEMS, 120), readings.metricsByKey());
    // The clause of the comparison states the difference; a year 与 joins to other words is another year's.
    assertEquals(Map.of(), readNarrative("平江县民政局2012年政府信息公开工作年度报告\n"
        + "与2011年相比受理政府信息公开申请增加3件。").metricsByKey());
    assertEquals(Map.of(), readNarrative("平江县民政局2012年政府信息公开工作年度报告\n"
        + "我局参与2011年度考评时共受理政府信息公开申请9件。").metricsByKey());
  }

  @Test
  void aClauseAboutAnotherYearLeavesTheSentencesOwnFigure() {
    // The 2011 clause made the whole sentence about 2011, and the 15 of 2012 was lost.
    MetricReadings readings = readNarrative("""
        平江县民政局2012年政府信息公开工作年度报告
        2012年，我局共受理政府信息公开申请15件，2011年受理12件，办结12件。
        """);
    assertEquals(metrics(ReportMetric.REQUESTS_RECEIVED, 15), readings.metricsByKey());
    assertEquals(List.of(), readings.issues());
    // A sentence that opens on another year is that year's, whatever it names after.
    assertEquals(Map.of(), readNarrative("平江县民政局2012年政府信息公开工作年度报告\n"
        + "2011年，我局共受理政府信息公开申请12件，2012年情况见下文。").metricsByKey());
  }

  @Test
  void proseThatDisagreesWithTheTableBecomesAConflict() {
    String report = """
        2017年度政府信息公开工作年度报告
        2017年,我局共受理政府信息公开申请5件。
        政府信息公开情况统计表
        (一)收到申请数 | 件 | 3
        1、当面申请数 | 件 | 3
        (一)召开政府信息公开工作会议或专题会议数 | 次 | 1
        """;
    MetricReadings readings = new MetricReadings();

    new Pre2019TableReader().read(text(report), readings);
    new NarrativeReader().read(text(report), readings);

    assertEquals(new BigDecimal("3"), readings.get(ReportMetric.REQUESTS_RECEIVED));
    assertEquals(List.of(ExtractionIssue.of(IssueCode.CONFLICTING_VALUES,
        "requests_received: kept 3 from \"(一)收到申请数 | 件 | 3\", the report also states 5 in"
            + " \"2017年,我局共受理政府信息公开申请5件。\"")), readings.issues());
  }

  @Test
  void keepsEvidenceOfLongSentencesShort() {
    String filler = "坚持以公开为常态、不公开为例外,推进决策、执行、管理、服务、结果公开,".repeat(6);
    MetricReadings readings = readNarrative(filler + "全年主动公开政府信息320条," + filler + "。");

    assertEquals(metrics(ReportMetric.PROACTIVE_ITEMS, 320), readings.metricsByKey());
    String evidence = readings.evidenceByKey().get("proactive_items");
    assertTrue(evidence.contains("主动公开政府信息320条"), evidence);
    assertTrue(evidence.length() < 220, evidence);
  }

  /** Sentences whose figures are not the metric, or that state no figure: every metric stays null. */
  @ParameterizedTest
  @ValueSource(strings = {
      "截至2018年12月15日,我局发布社会救助信息130条。",
      "今年社会组织和社会救助方面发布信息390余条。",
      "其中,围绕重点领域主动公开信息200条。",
      "2016年度政务公开有总结、有年报,2017年主动公开政府信息300条。",
      "《条例》实施以来,累计主动公开政府信息5000条。",
      "全年主动公开政府信息近百条。",
      "全年主动公开政府信息数十条。",
      "处理政府网站百姓热线30余件,回复率100%。",
      "已对19项依申请公开服务事项进行公开。",
      "其中,网上受理政府信息公开申请5件。",
      "办理人大代表建议15件,均在法定期限内答复。",
      "未发生行政复议被纠错的情况。",
      "因政府信息公开无法提供而引起的行政复议仍在审理中。",
      "各科室设1名工作人员负责政务公开工作。",
      "我局配备专职人员2名负责信访工作。",
      "社区服务中心配备专职人员3名。",
      "局办公室1名干部兼职负责全局依申请公开工作、政府信息政务公开的审核。",
      "明确一名办公室人员具体负责政务公开工作。",
      "有指定工作人员从事96128政务服务工作,联系电话:87556039。",
      "根据《通知》(阜政办传〔2017〕213号)文件要求,开展2017年度政务公开考评。",
      "(一)收到申请数 | 件 | 3",
      "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
      "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n1件 0件 0件 0件 1件 0件 0件 0件 0件 0件 0件 0件 0件 0件 0件",
      "召开专题会议对信息公开工作提出具体要求。",
      "全年办理行政复议案件12件。",
      "全年未收到因依申请公开引起的投诉举报。",
      "去年未收到依申请公开申请,今年情况另行说明。",
      "上年度未发生因政府信息公开引起的行政复议。",
      "全年共办理行政复议案件12件，行政诉讼案件3件，均与政府信息公开无关。",
      "本年度办理行政复议案件2件，不涉及政府信息公开。",
      "为民服务大厅办理事项未收取任何费用。",
      "依申请公开收取费用的标准按国家规定执行。"})
  void leavesEveryMetricNullWhenTheSentenceDoesNotStateIt(String sentence) {
    MetricReadings readings = readNarrative("2017年度政务公开工作总结报告\n" + sentence);

    assertEquals(Map.of(), readings.metricsByKey(), sentence);
  }

  @Test
  void saysWhetherItFoundAnything() {
    assertFalse(new NarrativeReader().read(text("我局高度重视政务公开工作。"), new MetricReadings()));
    assertTrue(new NarrativeReader().read(text("全年未接到依申请公开事项。"), new MetricReadings()));
  }

  private static MetricReadings readNarrative(String raw) {
    MetricReadings readings = new MetricReadings();
    new NarrativeReader().read(text(raw), readings);
    return readings;
  }

  /** The readings of a report written by {@code agencyName}, in 2018. */
  private static MetricReadings readNarrative(String raw, String agencyName) {
    MetricReadings readings = new MetricReadings();
    new NarrativeReader().read(text(raw), Optional.of(2018), Optional.of(agencyName), readings);
    return readings;
  }

  /** Expected metrics in catalog order, from metric and value pairs. */
  private static Map<String, BigDecimal> metrics(Object... metricsAndValues) {
    Map<ReportMetric, BigDecimal> byMetric = new EnumMap<>(ReportMetric.class);
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      long value = ((Number) metricsAndValues[i + 1]).longValue();
      byMetric.put((ReportMetric) metricsAndValues[i], BigDecimal.valueOf(value));
    }
    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
    byMetric.forEach((metric, value) -> byKey.put(metric.key(), value));
    return byKey;
  }

  private static String resource(String name) {
    try (InputStream in = NarrativeReaderTest.class.getResourceAsStream("/narrative/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ReportText text(String raw) {
    return ReportText.of(Normalizer.normalize(raw, Normalizer.Form.NFKC));
  }
}
