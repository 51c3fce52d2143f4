package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ReportTextCleaner;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch of everything a crawl of government sites brings home, good reports among them: every bad
 * file ends in the quarantine table with its reason, and every good report lands.
 */
class BadInputIngestionTest extends SparkSessionTest {

  private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

  @TempDir
  Path folder;

  @Test
  void everyBadFileIsQuarantinedWithItsReasonAndTheRestOfTheBatchLands() throws Exception {
    Path input = folder.resolve("reports");
    write(input.resolve("a"), "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 128));
    // The same bytes again in another folder: a mirror. The smaller path is kept.
    write(input.resolve("b"), "civil-affairs-2017-copy.txt", proseReport("平江县民政局", 2017, 128));
    write(input, "finance-2017-gbk.txt", proseReport("平江县财政局", 2017, 40), Charset.forName("GBK"));
    write(input, "education-2017-utf16.txt", proseReport("平江县教育局", 2017, 12), StandardCharsets.UTF_16);
    write(input, "health-2017-scripted.html", scriptedPage());
    writeFiftyMegabytePage(input.resolve("transport-2017-huge.html"));
    // Named and published in 2024, about 2023: the year the report states is the year it is filed under.
    write(input, "water-2024.txt", "发布日期: 2024-01-20\n" + proseReport("平江县水利局", 2023, 9));
    // The title says 2024, the statistics period 2023: the statistics period wins, the conflict is kept.
    write(input, "audit-2024.txt", proseReport("平江县审计局", 2024, 3)
        + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n");
    // A real report whose appeal table contradicts itself (总计 0, 结果维持 10): kept as stated, flagged.
    write(input, "hongze-2023.txt", Files.readAllBytes(Path.of("data/sample-reports/huaian/001_huaian-hongze-district-gov-2023.txt")));
    write(input, "empty.txt", new byte[0]);
    write(input, "junk.html", randomBytes(4096));
    write(input, "undecodable.txt", undecodableBytes());
    write(input, "minutes.txt", "会议纪要\n请各单位按时参加。\n");
    // A folder whose name looks like a report: listed as a folder, the report inside it lands.
    write(input.resolve("folder.txt"), "housing-2017.txt", proseReport("平江县住房和城乡建设局", 2017, 7));
    // Not readable as files: a named pipe (opening it would wait forever for a writer) and a link to
    // nothing (which Hadoop's listing leaves out without a word).
    mkfifo(input.resolve("pipe.txt"));
    Files.createSymbolicLink(input.resolve("gone.txt"), folder.resolve("deleted.txt"));

    IngestionResult result = new ReportIngestion(lakehouse()).ingest(input.toString(),
        new Timestamp(System.currentTimeMillis()));

    Map<String, String> quarantined = new TreeMap<>();
    lakehouse().read(LakehouseTable.QUARANTINE).collectAsList()
        .forEach(row -> quarantined.put(row.getAs("source_file"), row.getAs("reason")));
    assertEquals(Map.of(
        "civil-affairs-2017-copy.txt", "duplicate_agency_year",
        "empty.txt", "empty_document",
        "pipe.txt", "unreadable_file",
        "gone.txt", "unreadable_file",
        "junk.html", "binary_content",
        "undecodable.txt", "undecodable_text",
        "minutes.txt", "no_report_year"), quarantined);

    Map<String, Integer> years = new TreeMap<>();
    List<Row> reports = lakehouse().read(LakehouseTable.REPORTS).collectAsList();
    reports.forEach(row -> years.put(row.getAs("agency_name"), row.getAs("year")));
    assertEquals(Map.of("平江县民政局", 2017, "平江县财政局", 2017, "平江县教育局", 2017, "平江县卫生健康局", 2017,
        "平江县交通运输局", 2017, "平江县水利局", 2023, "平江县审计局", 2023, "平江县住房和城乡建设局", 2017,
        "淮安市洪泽区人民政府", 2023), years);
    assertEquals(new IngestionResult(16, 16, 9, 7), result);

    Row contradictory = reportOf(reports, "淮安市洪泽区人民政府");
    assertEquals(0L, contradictory.<Long>getAs("reconsideration_total"));
    assertEquals(10L, contradictory.<Long>getAs("reconsideration_upheld"));
    assertEquals(2, issueCodes(contradictory).stream().filter("total_mismatch"::equals).count(), "both rows flagged");

    Row scripted = reportOf(reports, "平江县卫生健康局");
    assertEquals(55L, scripted.<Long>getAs("proactive_items"), "the number the page shows, not the script's");
    assertFalse(scripted.getMap(scripted.fieldIndex("evidence")).toString().matches("(?s).*(alert|9999|color:).*"),
        "no script or style text in the evidence");
    assertTrue(issueCodes(reportOf(reports, "平江县交通运输局")).contains("document_truncated"));
    assertEquals(77L, reportOf(reports, "平江县交通运输局").<Long>getAs("proactive_items"));
    assertEquals(ReportTextCleaner.MAX_PAGE_CHARS, lakehouse().read(LakehouseTable.DOCUMENTS)
        .where(col("file_name").equalTo("transport-2017-huge.html")).selectExpr("length(text)").head().getInt(0),
        "the documents table keeps the part of the page that was read, not 50 MB");
    assertTrue(issueCodes(reportOf(reports, "平江县审计局")).contains("year_conflict"));
    assertEquals("GB18030", reportOf(reports, "平江县财政局").getAs("source_encoding"));
    Row copy = lakehouse().read(LakehouseTable.QUARANTINE).where(col("reason").equalTo("duplicate_agency_year")).head();
    assertTrue(copy.<String>getAs("kept_source_path").endsWith("a/civil-affairs-2017.txt"));

    long documentsVersion = lakehouse().version(LakehouseTable.DOCUMENTS);
    assertEquals(new IngestionResult(16, 0, 0, 0), new ReportIngestion(lakehouse()).ingest(input.toString(),
        new Timestamp(System.currentTimeMillis())));
    assertEquals(documentsVersion, lakehouse().version(LakehouseTable.DOCUMENTS),
        "a rerun writes nothing, not even for the link to nothing, whose time the file system does not give");
  }

  private Lakehouse lakehouse() {
    return new Lakehouse(spark(), folder.resolve("lakehouse").toString());
  }

  /** A report page whose scripts and styles hold a year, numbers and markup a reader must not see. */
  private static String scriptedPage() {
    return "<html><head><style>p { color: red; } .x::after { content: '主动公开政府信息9999条'; }</style>"
        + "<script>alert('平江县卫生健康局2099年度政府信息公开工作年度报告 主动公开政府信息9999条');</script></head>"
        + "<body><h1>平江县卫生健康局2017年度政府信息公开工作年度报告</h1>"
        + "<script type=\"text/javascript\">document.write('<p>2099年,我局主动公开政府信息9999条。</p>');</script>"
        + "<p>2017年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。</p>"
        + "<noscript>请开启JavaScript 9999</noscript>"
        + "<p>2017年,我局主动公开政府信息55条。</p></body></html>";
  }

  /** A 50 MB page: the report at its top, then megabytes of repeated navigation markup. */
  private static void writeFiftyMegabytePage(Path file) throws IOException {
    byte[] filler = ("<div class=\"nav\"><a href=\"/list\">网站首页</a> &gt; 政务公开 &gt; 信息公开年报 "
        + "<span>2017年度</span> 12345 件</div>\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(("<html><body><h1>平江县交通运输局2017年度政府信息公开工作年度报告</h1>"
          + "<p>2017年,我局主动公开政府信息77条。</p>").getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < FIFTY_MEGABYTES; written += filler.length) {
        out.write(filler);
      }
      out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(11).nextBytes(bytes);
    return bytes;
  }

  /** Valid UTF-8 but for two bytes that are valid in no encoding tried. */
  private static byte[] undecodableBytes() {
    byte[] bytes = proseReport("平江县林业局", 2017, 5).getBytes(StandardCharsets.UTF_8);
    bytes[30] = (byte) 0xFF;
    bytes[31] = (byte) 0xFF;
    return bytes;
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
  }

  private static Row reportOf(List<Row> reports, String agencyName) {
    return reports.stream().filter(row -> agencyName.equals(row.getAs("agency_name"))).findFirst().orElseThrow();
  }

  private static List<String> issueCodes(Row report) {
    return report.<Row>getList(report.fieldIndex("issues")).stream().map(issue -> issue.<String>getAs("code")).toList();
  }
}
