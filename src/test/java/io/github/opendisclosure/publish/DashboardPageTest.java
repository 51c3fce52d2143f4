package io.github.opendisclosure.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's data: compact, what the script reads and no more, inert inside the page whatever the agency
 * names and evidence hold (they come from web pages); evidence left out above a limit, and the page says so.
 */
class DashboardPageTest {

  /** What a hostile page could put in an agency's name and in its evidence. */
  static final String SCRIPT_NAME = "</script><script>window.injected = 1</script><!--";
  static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
  static final String EVIDENCE = "a & b <b>bold</b> \u2028 line separator \u2029 paragraph separator";
  static final String DATA_BLOCK = "<script type=\"application/json\" id=\"dashboard-data\">";

  @TempDir
  Path folder;

  @Test
  void dataCannotLeaveTheDataBlockAndReadsBackUnchanged() throws Exception {
    String html = Files.readString(DashboardFiles.publish(hostileData(), folder).folder().resolve(DashboardFiles.PAGE));

    assertFalse(html.contains("window.injected = 1</script>"), "the data ended its script element");
    assertFalse(html.contains("<b>bold</b>"));
    String block = dataBlockText(html);
    assertFalse(block.contains("<") || block.contains(">") || block.contains("&") || block.contains("\u2028")
        || block.contains("\u2029"), block);
    JsonNode data = new ObjectMapper().readTree(block);
    assertEquals(SCRIPT_NAME, agencyYears(data).get(0).get("agency_name"));
    assertEquals(FORMULA_NAME, agencyYears(data).get(1).get("agency_name"));
    assertEquals(EVIDENCE, evidence(data).get(0).get("evidence"));
    for (String htmlSink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")) {
      assertFalse(script().contains(htmlSink), "the page's script must write text only, not " + htmlSink);
    }
  }

  @Test
  void thePageCarriesEachRowAsAnArrayOfTheColumnsItShowsAndTheyReadBackAsTheRows() throws Exception {
    DashboardData rows = data(List.of(
        row("江苏省", "南京市财政局", "a", Map.of("requests_received", 0L, "on_time_completion_rate", 0.9333333333333333,
            "score", 87.5, "province_rank", 3, "template", "2019")),
        row(null, null, "b", Map.of("requests_received", 12_345_678_901L, "reconsideration_corrected_rate", 1.0e-7)),
        row("浙江省", "杭州市\"公安\"局\\", "c", Map.of("staff_total", -1L, "issues", 2))), List.of());

    Path page = DashboardFiles.publish(rows, folder).folder().resolve(DashboardFiles.PAGE);

    JsonNode data = dataBlock(page);
    assertEquals(DashboardPage.COLUMNS, strings(data.get("agency_year_columns")));
    assertTrue(data.get("agency_years").get(0).isArray(), "a row is an array of values, not an object");
    List<Map<String, Object>> expected = new ArrayList<>();
    rows.agencyYears().open().forEachRemaining(row -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      DashboardPage.COLUMNS.forEach(column -> shown.put(column, row.get(DashboardColumn.names().indexOf(column))));
      expected.add(shown);
    });
    // Compared as JSON: a long that fits an int reads back as an int.
    assertEquals(new ObjectMapper().writeValueAsString(expected), new ObjectMapper().writeValueAsString(agencyYears(data)));
    assertFalse(DashboardPage.COLUMNS.contains("template"), "a column the script never reads is not on the page");
    assertEquals(List.of(), evidence(data));
    assertEquals(0, data.get("evidence_rows").asLong());
  }

  @Test
  void thePageCarriesEveryColumnTheScriptReadsAndNoOther() throws Exception {
    String script = script();
    // A column is read as row.name, or named in quotes (sum(rows, 'staff_total'), { key: 'score' }).
    Matcher names = Pattern.compile("row\\.([a-z_]+)|'([a-z_]+)'").matcher(script);
    Set<String> read = new TreeSet<>();
    while (names.find()) {
      String name = names.group(1) != null ? names.group(1) : names.group(2);
      if (DashboardColumn.names().contains(name)) {
        read.add(name);
      }
    }
    assertTrue(script.contains("row[entry.metric]"), "the evidence shows the value of its metric");
    DashboardColumn.of(DashboardColumn.Source.REPORT_METRIC).forEach(metric -> read.add(metric.name()));
    assertEquals(new TreeSet<>(DashboardPage.COLUMNS), read,
        "the columns dashboard.js reads are the ones DashboardPage.COLUMNS puts on the page");
  }

  @Test
  void aboveTheLimitThePageLeavesOutTheEvidenceAndSaysWhereItIs() throws Exception {
    Publication embedded = DashboardFiles.publish(hostileData(), folder.resolve("two"), 2);
    Publication leftOut = DashboardFiles.publish(hostileData(), folder.resolve("one"), 1);

    assertTrue(embedded.evidenceEmbedded());
    assertEquals(1, evidence(dataBlock(embedded.folder().resolve(DashboardFiles.PAGE))).size());
    assertFalse(leftOut.evidenceEmbedded());
    JsonNode data = dataBlock(leftOut.folder().resolve(DashboardFiles.PAGE));
    assertFalse(data.get("evidence_embedded").asBoolean());
    assertEquals(List.of(), evidence(data), "above the limit no evidence is on the page");
    assertEquals(1, data.get("evidence_rows").asLong());
    assertEquals(1, data.get("evidence_limit").asLong());
    assertEquals(leftOut.folder().getFileName().toString(), data.get("export_folder").asText());
    assertEquals(2, agencyYears(data).size(), "every agency-year is still on the page");
    assertTrue(Files.readString(leftOut.folder().resolve("evidence.json")).contains("line separator"),
        "the export's own evidence file has it all");
    JsonNode manifest = new ObjectMapper().readTree(leftOut.folder().resolve(DashboardFiles.MANIFEST).toFile());
    assertFalse(manifest.get("evidence_embedded").asBoolean(), manifest.toString());
    assertTrue(leftOut.describe().contains("the page leaves out the evidence (1 rows"), leftOut.describe());
    // What the page then says, in the table's hint and in every agency-year's evidence (the browser test shows it).
    assertTrue(script().contains("if (!DATA.evidence_embedded) {"));
    assertTrue(script().contains("'原文依据共 ' + count(DATA.evidence_rows) + ' 条"));
    assertTrue(script().contains("中的 evidence.csv 或 evidence.json"));
  }

  @Test
  void csvCellsThatExcelWouldRunAsAFormulaAreNeutralised() throws Exception {
    Path export = DashboardFiles.publish(hostileData(), folder).folder();

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
    return data(List.of(row("江苏省", SCRIPT_NAME, "a", Map.of("requests_received", 12L,
            "requests_received_yoy_change", -3L)),
        row("江苏省", FORMULA_NAME, "b", Map.of("requests_received", 12L, "requests_received_yoy_change", -3L))),
        List.of(Arrays.asList(2024, "name/a", "requests_received", EVIDENCE)));
  }

  static DashboardData data(List<List<Object>> agencyYears, List<List<Object>> evidence) {
    return new DashboardData(List.of(new SourceTable("reports", 3, "2026-12-01T20:00:00Z")), "rubric-1",
        DashboardData.Rows.of(agencyYears), DashboardData.Rows.of(evidence));
  }

  /** An agency-year of 2024, a finance office of a county, with the values given and the other columns null. */
  static List<Object> row(String province, String name, String key, Map<String, Object> values) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String column : DashboardColumn.names()) {
      row.put(column, null);
    }
    row.put("year", 2024);
    row.put("agency_key", "name/" + key);
    row.put("agency_name", name);
    row.put("province", province);
    row.put("level", "county");
    row.put("agency_type", "finance");
    row.putAll(values);
    return new ArrayList<>(row.values());
  }

  static String dataBlockText(String html) {
    int from = html.indexOf(DATA_BLOCK) + DATA_BLOCK.length();
    return html.substring(from, html.indexOf("</script>", from));
  }

  static JsonNode dataBlock(Path page) throws Exception {
    return new ObjectMapper().readTree(dataBlockText(Files.readString(page, StandardCharsets.UTF_8)));
  }

  /** The page's agency-years as objects again, the way its script reads them. */
  static List<Map<String, Object>> agencyYears(JsonNode data) {
    return objects(data.get("agency_year_columns"), data.get("agency_years"));
  }

  static List<Map<String, Object>> evidence(JsonNode data) {
    return objects(data.get("evidence_columns"), data.get("evidence"));
  }

  private static List<Map<String, Object>> objects(JsonNode columns, JsonNode rows) {
    List<Map<String, Object>> objects = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (JsonNode values : rows) {
      assertEquals(columns.size(), values.size(), values.toString());
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        object.put(columns.get(i).asText(), mapper.convertValue(values.get(i), Object.class));
      }
      objects.add(object);
    }
    return objects;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(value -> strings.add(value.asText()));
    return strings;
  }

  static String script() throws Exception {
    return new String(DashboardPage.class.getResourceAsStream("/dashboard/dashboard.js").readAllBytes(),
        StandardCharsets.UTF_8);
  }
}
