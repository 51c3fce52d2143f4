package io.github.opendisclosure.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agency names and evidence come from web pages: the page and the CSV files carry them as inert text. */
class DashboardPageTest {

  /** What a hostile page could put in an agency's name and in its evidence. */
  static final String SCRIPT_NAME = "</script><script>window.injected = 1</script><!--";
  static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
  static final String EVIDENCE = "a & b <b>bold</b> \u2028 line separator";

  @TempDir
  Path folder;

  @Test
  void dataCannotLeaveTheDataBlockAndReadsBackUnchanged() throws Exception {
    String html = DashboardPage.html(hostileData());

    assertFalse(html.contains("window.injected = 1</script>"), "the data ended its script element");
    assertFalse(html.contains("<b>bold</b>"));
    String start = "<script type=\"application/json\" id=\"dashboard-data\">";
    int from = html.indexOf(start) + start.length();
    String block = html.substring(from, html.indexOf("</script>", from));
    assertFalse(block.contains("<") || block.contains(">") || block.contains("&") || block.contains("\u2028"), block);
    JsonNode data = new ObjectMapper().readTree(block);
    assertEquals(SCRIPT_NAME, data.at("/agency_years/0/agency_name").asText());
    assertEquals(FORMULA_NAME, data.at("/agency_years/1/agency_name").asText());
    assertEquals(EVIDENCE, data.at("/evidence/0/evidence").asText());
    String script = new String(DashboardPage.class.getResourceAsStream("/dashboard/dashboard.js").readAllBytes(),
        StandardCharsets.UTF_8);
    for (String htmlSink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")) {
      assertFalse(script.contains(htmlSink), "the page's script must write text only, not " + htmlSink);
    }
  }

  @Test
  void csvCellsThatExcelWouldRunAsAFormulaAreNeutralised() throws Exception {
    Path export = DashboardFiles.write(hostileData(), folder);

    String csv = Files.readString(export.resolve("agency_years.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\","), csv);
    assertTrue(csv.contains(",-3,"), "numbers are not text: a negative one keeps its sign unquoted\n" + csv);
    assertTrue(Files.exists(folder.resolve(DashboardFiles.LATEST_PAGE)));
    assertEquals("20261201T200000Z", export.getFileName().toString());
  }

  @Test
  void theReadmeListsEveryColumnOfTheExport() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("`agency_years` columns:");
    String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
    for (String column : DashboardColumn.names()) {
      assertTrue(paragraph.contains("`" + column + "`"), column + " is not in the README's list of export columns");
    }
  }

  /** Two agency-years named as a hostile page would name them, and one piece of evidence. */
  static DashboardData hostileData() {
    List<Map<String, Object>> rows = List.of(row(SCRIPT_NAME, "a"), row(FORMULA_NAME, "b"));
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("year", 2024);
    evidence.put("agency_key", "name/a");
    evidence.put("metric", "requests_received");
    evidence.put("evidence", EVIDENCE);
    return new DashboardData(List.of(new SourceTable("reports", 3, "2026-12-01T20:00:00Z")), "rubric-1",
        rows, List.of(evidence));
  }

  private static Map<String, Object> row(String name, String key) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String column : DashboardColumn.names()) {
      row.put(column, null);
    }
    row.put("year", 2024);
    row.put("agency_key", "name/" + key);
    row.put("agency_name", name);
    row.put("province", "江苏省");
    row.put("level", "county");
    row.put("agency_type", "finance");
    row.put("requests_received", 12L);
    row.put("requests_received_yoy_change", -3L);
    return row;
  }
}
