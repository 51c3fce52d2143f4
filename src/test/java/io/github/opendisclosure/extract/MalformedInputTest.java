package io.github.opendisclosure.extract;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a site serves, the extractor answers with a record or a quarantine reason and never
 * throws. The time limit is a hang detector (a regular expression gone exponential), far above
 * the normal cost, not a performance assertion.
 */
class MalformedInputTest {

  private static final Duration HANG = Duration.ofSeconds(60);
  private static final ReportExtractor EXTRACTOR = ReportExtractor.shared();

  @Test
  void binaryJunkIsQuarantined() {
    byte[] junk = new byte[64 * 1024];
    new Random(7).nextBytes(junk);
    assertEquals("binary_content", extract(junk).quarantineReason());
  }

  @Test
  void anEmptyFileIsQuarantined() {
    assertEquals("empty_document", extract(new byte[0]).quarantineReason());
    assertEquals("empty_document", extract(" \n\t\n".getBytes(StandardCharsets.UTF_8)).quarantineReason());
  }

  @Test
  void bytesThatAreNoTextEncodingAreQuarantined() {
    byte[] invalid = "平江县民政局".repeat(50).getBytes(StandardCharsets.UTF_8);
    invalid[10] = (byte) 0xFF;
    invalid[11] = (byte) 0xFF;
    assertEquals("undecodable_text", extract(invalid).quarantineReason());
  }

  @Test
  void aTruncatedOldTableStillGivesTheRowsItHasAndSaysItWasCut() {
    String report = proseReport("平江县民政局", 2017, 128)
        + "政府信息公开情况统计表\n统计指标 | 单位 | 统计数\n三、依申请公开情况 | / | /\n(一)收到申请数 | 件 | 5\n"
        + "1、当面申请数 | 件 | 2\n2、传真申请数 | 件";
    ReportRecord record = extract(report.getBytes(StandardCharsets.UTF_8));
    assertFalse(record.isQuarantined());
    assertEquals(5, record.metric(ReportMetric.REQUESTS_RECEIVED).intValue());
    assertTrue(record.issues().stream().anyMatch(issue -> issue.code().equals("table_truncated")), record.issues().toString());
  }

  @Test
  void numbersNoColumnHoldsAreLeftUnknownWithAnIssue() throws Exception {
    // Found by ReportExtractorFuzzTest: an applicant column of 25 digits failed the whole document.
    String report = Files.readString(Path.of("data/sample-reports/huaian/003_huaian-city-gov-2024.txt"))
        .replace("一、本年新收政府信息公开申请数量 3001 53", "一、本年新收政府信息公开申请数量 3001 9999999999999999999999999");
    ReportRecord record = extract(report.getBytes(StandardCharsets.UTF_8));

    assertFalse(record.isQuarantined(), record.issues().toString());
    assertEquals(3119, record.metric(ReportMetric.REQUESTS_RECEIVED).intValue());
    assertEquals(3001, record.metric(ReportMetric.REQUESTS_NATURAL_PERSON).intValue());
    assertNull(record.metric(ReportMetric.REQUESTS_COMMERCIAL_ENTERPRISE));
    assertFalse(record.applicantBreakdown().containsKey(ReportMetric.REQUESTS_RECEIVED.key()));
    assertTrue(record.issues().stream().anyMatch(issue -> issue.code().equals("invalid_value")
        && issue.message().contains("9999999999999999999999999")), record.issues().toString());
  }

  @Test
  void aFiveMegabytePageIsReadWithinBoundedTime() {
    StringBuilder page = new StringBuilder("<html><body><h1>平江县民政局2017年度政府信息公开工作年度报告</h1>");
    String filler = "<div class=\"nav\"><a href=\"/x\">网站首页</a> &gt; 政务公开 &gt; 信息公开年报 2017年度 12345 件</div>\n";
    while (page.length() < 5 * 1024 * 1024 / 3) {
      page.append(filler);
    }
    page.append("<p>2017年,我局主动公开政府信息128条。</p></body></html>");
    ReportRecord record = assertTimeoutPreemptively(HANG,
        () -> extract(page.toString().getBytes(StandardCharsets.UTF_8)));
    assertFalse(record.isQuarantined());
    assertEquals(2017, record.year());
  }

  @Test
  void oneVeryLongLineWithoutBreaksDoesNotHang() {
    String line = "主动公开政府信息".repeat(200_000) + "2017年";
    ReportRecord record = assertTimeoutPreemptively(HANG, () -> extract(line.getBytes(StandardCharsets.UTF_8)));
    assertTrue(record.isQuarantined() || record.year() == 2017);
  }

  private static ReportRecord extract(byte[] bytes) {
    return EXTRACTOR.extract(new SourceDocument("reports/test.txt", bytes));
  }
}
