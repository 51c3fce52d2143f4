package io.github.opendisclosure.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.opendisclosure.assessment.SpreadsheetCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's files, written row by row, and a publish of data already exported that writes nothing. */
class DashboardFilesTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

  @TempDir
  Path folder;

  @Test
  void theTablesHoldTheBytesTheyHeldWhenWrittenWholeAndTheManifestTheirRowsAndHashes() throws Exception {
    List<List<Object>> agencyYears = List.of(
        DashboardPageTest.row("江苏省", DashboardPageTest.SCRIPT_NAME, "a", Map.of("requests_received", 0L,
            "on_time_completion_rate", 0.9333333333333333, "score", 87.5, "province_rank", 3, "issues", 2)),
        DashboardPageTest.row(null, "tab\tquote\"backslash\\ \u0001 \u2028", "b",
            Map.of("requests_received", 12_345_678_901L, "grant_rate", 1.0e-7, "requests_received_yoy_change", -3L)));
    List<List<Object>> evidence = List.of(Arrays.asList(2024, "name/a", "granted", "第二十条 予以公开 12"),
        Arrays.asList(2024, "name/b", "denied", DashboardPageTest.EVIDENCE));

    Publication publication = DashboardFiles.publish(DashboardPageTest.data(agencyYears, evidence), folder);

    Path export = publication.folder();
    assertEquals(wholeJson(DashboardColumn.names(), agencyYears), Files.readString(export.resolve("agency_years.json")));
    assertEquals(wholeJson(DashboardData.EVIDENCE_COLUMNS, evidence), Files.readString(export.resolve("evidence.json")));
    assertArrayEquals(wholeCsv(DashboardColumn.names(), agencyYears), Files.readAllBytes(export.resolve("agency_years.csv")));
    assertArrayEquals(wholeCsv(DashboardData.EVIDENCE_COLUMNS, evidence), Files.readAllBytes(export.resolve("evidence.csv")));
    JsonNode manifest = new ObjectMapper().readTree(export.resolve(DashboardFiles.MANIFEST).toFile());
    for (JsonNode file : manifest.get("files")) {
      Path written = export.resolve(file.get("file").asText());
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(written))),
          file.get("sha256").asText(), written.toString());
    }
    assertEquals(List.of("agency_years.json:2", "agency_years.csv:2", "evidence.json:2", "evidence.csv:2",
        "dashboard.html:-"), manifest.get("files").findValues("file").stream()
        .map(name -> name.asText() + ":" + rows(manifest, name.asText())).toList());
    assertTrue(manifest.get("evidence_embedded").asBoolean());
    assertEquals(2, publication.agencyYears());
    assertEquals(2, publication.evidence());
    assertFalse(publication.alreadyPublished());
  }

  @Test
  void anEmptyExportIsAnEmptyArrayAndAPageThatSaysSo() throws Exception {
    Publication publication = DashboardFiles.publish(DashboardPageTest.data(List.of(), List.of()), folder);

    assertEquals("[\n]\n", Files.readString(publication.folder().resolve("agency_years.json")));
    JsonNode data = DashboardPageTest.dataBlock(publication.folder().resolve(DashboardFiles.PAGE));
    assertEquals(0, data.get("agency_years").size());
    assertTrue(data.get("evidence_embedded").asBoolean());
  }

  @Test
  void publishingTheSameVersionsAgainReadsNoRowAndWritesNothing() throws Exception {
    DashboardData data = DashboardPageTest.hostileData();
    Publication first = DashboardFiles.publish(data, folder);
    Map<Path, FileTime> written = backdate(folder);

    DashboardData again = new DashboardData(data.sources(), data.rubric(), unread(), unread());
    Publication second = DashboardFiles.publish(again, folder);

    assertTrue(second.alreadyPublished());
    assertEquals(first.folder(), second.folder());
    assertEquals(2, second.agencyYears());
    assertEquals(1, second.evidence());
    assertTrue(second.evidenceEmbedded());
    assertTrue(second.describe().startsWith("publish: unchanged, 2 agency-years from reports v3 already in "),
        second.describe());
    assertEquals(written, modificationTimes(folder), "a file or folder was written");
  }

  @Test
  void anIndexPageThatIsNotTheExportsIsReplacedAndNothingElseIsWritten() throws Exception {
    DashboardData data = DashboardPageTest.hostileData();
    Publication first = DashboardFiles.publish(data, folder);
    Path latest = folder.resolve(DashboardFiles.LATEST_PAGE);
    Files.writeString(latest, "an older export's page");
    Map<Path, FileTime> written = backdate(folder);

    DashboardFiles.publish(new DashboardData(data.sources(), data.rubric(), unread(), unread()), folder);

    assertEquals(-1, Files.mismatch(first.folder().resolve(DashboardFiles.PAGE), latest));
    Map<Path, FileTime> expected = new LinkedHashMap<>(written);
    expected.remove(latest);
    expected.remove(folder);
    Map<Path, FileTime> now = modificationTimes(folder);
    now.remove(latest);
    now.remove(folder);
    assertEquals(expected, now, "only index.html is written");
  }

  @Test
  void anotherVersionOrRubricOrAMissingFileIsWrittenAgain() throws Exception {
    DashboardData data = DashboardPageTest.hostileData();
    DashboardFiles.publish(data, folder);

    SourceTable reports = data.sources().get(0);
    DashboardData otherVersion = new DashboardData(
        List.of(new SourceTable(reports.table(), reports.version() + 1, reports.committedAt())), data.rubric(),
        data.agencyYears(), data.evidence());
    assertFalse(DashboardFiles.publish(otherVersion, folder).alreadyPublished());
    DashboardData otherRubric = new DashboardData(otherVersion.sources(), "rubric-2", data.agencyYears(), data.evidence());
    assertFalse(DashboardFiles.publish(otherRubric, folder).alreadyPublished());
    assertTrue(DashboardFiles.publish(otherRubric, folder).alreadyPublished());
    Path export = DashboardFiles.publish(otherRubric, folder).folder();
    Files.delete(export.resolve("evidence.csv"));
    assertFalse(DashboardFiles.publish(otherRubric, folder).alreadyPublished());
    assertTrue(Files.exists(export.resolve("evidence.csv")));
  }

  @Test
  void anExportThatFailsMidwayLeavesNoFolderBehind() throws Exception {
    DashboardData data = DashboardPageTest.hostileData();
    DashboardData failing = new DashboardData(data.sources(), data.rubric(), data.agencyYears(), () -> {
      throw new IllegalStateException("the evidence query failed");
    });

    assertThrows(IllegalStateException.class, () -> DashboardFiles.publish(failing, folder));

    try (Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** What the files held when they were written whole: ObjectMapper's JSON of each row's map, one a line. */
  @Test
  void aPublishKeepsTheNewestExportsAndWhatItWroteAndRemovesOnlyOlderExports() throws IOException {
    Path root = folder.resolve("kept");
    List<String> exports = List.of("20250101T000000Z", "20250102T000000Z", "20250103T000000Z", "20250104T000000Z");
    for (String export : exports) {
      Files.createDirectories(root.resolve(export));
      Files.writeString(root.resolve(export).resolve(DashboardFiles.MANIFEST), "{}");
    }
    Files.createDirectories(root.resolve("notes"));
    Files.writeString(root.resolve("2025.txt"), "not an export");

    assertEquals(List.of(), DashboardFiles.removeOlderExports(root, 0, root.resolve("20250104T000000Z")), "0 keeps all");
    assertEquals(List.of(root.resolve("20250103T000000Z"), root.resolve("20250101T000000Z")),
        DashboardFiles.removeOlderExports(root, 1, root.resolve("20250102T000000Z")));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(List.of("2025.txt", "20250102T000000Z", "20250104T000000Z", "notes"),
          left.map(path -> path.getFileName().toString()).sorted().toList(),
          "the newest and the one just written stay, and what is not an export");
    }
  }

  private static String wholeJson(List<String> columns, List<List<Object>> rows) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int column = 0; column < columns.size(); column++) {
        map.put(columns.get(column), rows.get(i).get(column));
      }
      json.append(mapper.writeValueAsString(map)).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    return json.append("]\n").toString();
  }

  private static byte[] wholeCsv(List<String> columns, List<List<Object>> rows) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SpreadsheetCsv.Printer printer = SpreadsheetCsv.printer(bytes, columns)) {
      for (List<Object> row : rows) {
        printer.print(row);
      }
    }
    return bytes.toByteArray();
  }

  private static String rows(JsonNode manifest, String file) {
    for (JsonNode entry : manifest.get("files")) {
      if (entry.get("file").asText().equals(file)) {
        return entry.has("rows") ? entry.get("rows").asText() : "-";
      }
    }
    return "?";
  }

  /** Rows that fail when read: a publish that finds its export must not read them. */
  private static DashboardData.Rows unread() {
    return () -> {
      throw new AssertionError("an export already written read its rows again");
    };
  }

  /** Sets every file and folder under {@code root} (and it) to 2001, so that a write shows; returns the times. */
  private static Map<Path, FileTime> backdate(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        Files.setLastModifiedTime(path, LONG_AGO);
      }
    }
    return modificationTimes(root);
  }

  private static Map<Path, FileTime> modificationTimes(Path root) throws Exception {
    Map<Path, FileTime> times = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted().toList()) {
        times.put(path, Files.getLastModifiedTime(path));
      }
    }
    return times;
  }
}
