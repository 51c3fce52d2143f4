package io.github.opendisclosure.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.opendisclosure.assessment.SpreadsheetCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes one dashboard export: a folder named after the data's as-of time, holding {@code dashboard.html},
 * the dashboard's tables as JSON and CSV and {@code manifest.json} (the source tables with their Delta
 * versions, and each file with its rows and SHA-256); then copies the page to {@code index.html} beside
 * the folders, the latest one. Nothing in the files says when they were written: the same table versions
 * give byte-identical files. The folder is written under a temporary name and renamed, so a reader never
 * sees half of one.
 */
public final class DashboardFiles {

  public static final String PAGE = "dashboard.html";
  public static final String LATEST_PAGE = "index.html";
  private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final List<String> EVIDENCE_COLUMNS = List.of("year", "agency_key", "metric", "evidence");

  private DashboardFiles() {}

  /** Writes the export of {@code data} under {@code outputRoot}; returns its folder. */
  public static Path write(DashboardData data, Path outputRoot) {
    Path folder = outputRoot.resolve(folderName(data));
    Path staging = outputRoot.resolve("." + folder.getFileName() + ".writing-" + ProcessHandle.current().pid());
    try {
      deleteRecursively(staging);
      Files.createDirectories(staging);
      List<Map<String, Object>> files = new ArrayList<>();
      files.addAll(writeTable(staging, "agency_years", DashboardColumn.names(), data.agencyYears()));
      files.addAll(writeTable(staging, "evidence", EVIDENCE_COLUMNS, data.evidence()));
      String page = DashboardPage.html(data);
      Files.writeString(staging.resolve(PAGE), page, StandardCharsets.UTF_8);
      files.add(fileEntry(staging.resolve(PAGE), null));
      writeManifest(staging, data, files);
      deleteRecursively(folder);
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      Files.copy(folder.resolve(PAGE), outputRoot.resolve(LATEST_PAGE), StandardCopyOption.REPLACE_EXISTING);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dashboard under " + outputRoot + ": " + e.getMessage(), e);
    }
  }

  /** The data's as-of time, e.g. {@code 20261201T201500Z}: a new folder for every refresh that changed a table. */
  static String folderName(DashboardData data) {
    return FOLDER_NAME.format(Instant.parse(data.asOf()));
  }

  /** {@code <name>.json} and {@code <name>.csv}; returns their manifest entries. */
  private static List<Map<String, Object>> writeTable(Path folder, String name, List<String> columns,
      List<Map<String, Object>> rows) throws IOException {
    Path json = folder.resolve(name + ".json");
    Files.writeString(json, jsonRows(rows), StandardCharsets.UTF_8);
    Path csv = folder.resolve(name + ".csv");
    List<List<Object>> cells = rows.stream()
        .map(row -> columns.stream().map(row::get).toList())
        .toList();
    SpreadsheetCsv.write(csv, columns, cells);
    return List.of(fileEntry(json, rows.size()), fileEntry(csv, rows.size()));
  }

  /** An array with one row a line: small diffs between two exports, and readable with any tool. */
  private static String jsonRows(List<Map<String, Object>> rows) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < rows.size(); i++) {
      json.append(mapper.writeValueAsString(rows.get(i))).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    return json.append("]\n").toString();
  }

  private static void writeManifest(Path folder, DashboardData data, List<Map<String, Object>> files)
      throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("as_of", data.asOf());
    manifest.put("rubric", data.rubric());
    manifest.put("sources", data.sources());
    manifest.put("files", files);
    Files.writeString(folder.resolve("manifest.json"),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n",
        StandardCharsets.UTF_8);
  }

  private static Map<String, Object> fileEntry(Path file, Integer rows) throws IOException {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", file.getFileName().toString());
    if (rows != null) {
      entry.put("rows", rows);
    }
    entry.put("sha256", sha256(Files.readAllBytes(file)));
    return entry;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
