package io.github.opendisclosure.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.opendisclosure.assessment.SpreadsheetCsv;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes one dashboard export: a folder named after the data's as-of time, holding {@code dashboard.html},
 * the dashboard's tables as JSON and CSV and {@code manifest.json} (the source tables with their Delta
 * versions, and each file with its rows and SHA-256); then copies the page to {@code index.html} beside
 * the folders, the latest one. Nothing in the files says when they were written: the same table versions
 * give byte-identical files.
 *
 * <p>The rows stream through: each is written to its JSON file, its CSV file and the page as it comes,
 * and none is kept, so a country's export needs no more heap than a province's. The folder is written
 * under a temporary name and renamed, so a reader never sees half of one. An export whose manifest already
 * names the same table versions, rubric and {@link #EXPORT_FORMAT} is not written again: the refresh that
 * found no new report reads no row here.
 */
public final class DashboardFiles {

  public static final String PAGE = "dashboard.html";
  public static final String LATEST_PAGE = "index.html";
  public static final String MANIFEST = "manifest.json";
  /**
   * The form of an export's files and page. A new one whenever the same data would give other bytes, so
   * that a publish rewrites the exports an older version of this code wrote instead of keeping them.
   */
  static final int EXPORT_FORMAT = 2;
  /** Jackson for the exports: flushing after every value would flush every cell of a row to the disk. */
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  /** What {@link #FOLDER_NAME} writes; the exports {@link #removeOlderExports} may remove. */
  private static final Pattern EXPORT_NAME = Pattern.compile("[0-9]{8}T[0-9]{6}Z");
  private static final String AGENCY_YEARS = "agency_years";
  private static final String EVIDENCE = "evidence";

  private DashboardFiles() {}

  /** Publishes {@code data} under {@code outputRoot}: writes its export, unless it is there already. */
  public static Publication publish(DashboardData data, Path outputRoot) {
    return publish(data, outputRoot, DashboardPage.EVIDENCE_LIMIT);
  }

  /** As {@link #publish(DashboardData, Path)}, the page embedding evidence up to {@code evidenceLimit} agency-years. */
  static Publication publish(DashboardData data, Path outputRoot, int evidenceLimit) {
    Path folder = outputRoot.resolve(folderName(data));
    try {
      Optional<Publication> published = alreadyPublished(data, folder);
      Publication publication = published.isPresent() ? published.get() : write(data, folder, evidenceLimit);
      showAsLatest(folder.resolve(PAGE), outputRoot.resolve(LATEST_PAGE));
      return publication;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dashboard under " + outputRoot + ": " + e.getMessage(), e);
    }
  }

  /** The data's as-of time, e.g. {@code 20261201T201500Z}: a new folder for every refresh that changed a table. */
  static String folderName(DashboardData data) {
    return FOLDER_NAME.format(Instant.parse(data.asOf()));
  }

  /**
   * The publication in {@code folder} when its manifest names the data's table versions and rubric, in
   * this export format, and every file it lists is there; empty when the folder must be written.
   */
  private static Optional<Publication> alreadyPublished(DashboardData data, Path folder) {
    JsonNode manifest;
    try {
      manifest = JSON.readTree(folder.resolve(MANIFEST).toFile());
    } catch (IOException e) {
      return Optional.empty(); // none, or unreadable: written anew
    }
    List<SourceTable> sources = new ArrayList<>();
    manifest.path("sources").forEach(source -> sources.add(new SourceTable(source.path("table").asText(),
        source.path("version").asLong(), source.path("committed_at").asText())));
    boolean complete = manifest.path("files").size() > 0;
    for (JsonNode file : manifest.path("files")) {
      complete &= Files.isRegularFile(folder.resolve(Path.of(file.path("file").asText()).getFileName()));
    }
    if (manifest.path("export_format").asInt() != EXPORT_FORMAT || !data.rubric().equals(manifest.path("rubric").asText())
        || !data.sources().equals(sources) || !complete) {
      return Optional.empty();
    }
    return Optional.of(new Publication(folder, data.sources(), rowsOf(manifest, AGENCY_YEARS + ".json"),
        rowsOf(manifest, EVIDENCE + ".json"), manifest.path("evidence_embedded").asBoolean(), true, List.of()));
  }

  private static long rowsOf(JsonNode manifest, String file) {
    for (JsonNode entry : manifest.path("files")) {
      if (entry.path("file").asText().equals(file)) {
        return entry.path("rows").asLong();
      }
    }
    return 0;
  }

  /** Writes the export into a temporary folder, every table in one pass, and renames it to {@code folder}. */
  private static Publication write(DashboardData data, Path folder, int evidenceLimit) throws IOException {
    Path staging = folder.resolveSibling("." + folder.getFileName() + ".writing-" + ProcessHandle.current().pid());
    deleteRecursively(staging);
    Files.createDirectories(staging);
    try {
      long agencyYears = 0;
      long evidence = 0;
      boolean evidenceEmbedded;
      List<String> agencyYearColumns = DashboardColumn.names();
      try (JsonRows agencyYearsJson = new JsonRows(staging.resolve(AGENCY_YEARS + ".json"), agencyYearColumns);
          SpreadsheetCsv.Printer agencyYearsCsv = csv(staging.resolve(AGENCY_YEARS + ".csv"), agencyYearColumns);
          JsonRows evidenceJson = new JsonRows(staging.resolve(EVIDENCE + ".json"), DashboardData.EVIDENCE_COLUMNS);
          SpreadsheetCsv.Printer evidenceCsv = csv(staging.resolve(EVIDENCE + ".csv"), DashboardData.EVIDENCE_COLUMNS);
          DashboardPage page = new DashboardPage(staging.resolve(PAGE), data, folder.getFileName().toString(),
              evidenceLimit)) {
        for (Iterator<List<Object>> rows = data.agencyYears().open(); rows.hasNext(); agencyYears++) {
          List<Object> row = rows.next();
          agencyYearsJson.write(row);
          agencyYearsCsv.print(row);
          page.agencyYear(row);
        }
        for (Iterator<List<Object>> rows = data.evidence().open(); rows.hasNext(); evidence++) {
          List<Object> row = rows.next();
          evidenceJson.write(row);
          evidenceCsv.print(row);
          page.evidence(row);
        }
        page.finish(evidence);
        evidenceEmbedded = page.embedsEvidence();
      }
      List<Map<String, Object>> files = List.of(
          fileEntry(staging.resolve(AGENCY_YEARS + ".json"), agencyYears),
          fileEntry(staging.resolve(AGENCY_YEARS + ".csv"), agencyYears),
          fileEntry(staging.resolve(EVIDENCE + ".json"), evidence),
          fileEntry(staging.resolve(EVIDENCE + ".csv"), evidence),
          fileEntry(staging.resolve(PAGE), null));
      writeManifest(staging, data, evidenceEmbedded, files);
      deleteRecursively(folder);
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      return new Publication(folder, data.sources(), agencyYears, evidence, evidenceEmbedded, false, List.of());
    } catch (IOException | RuntimeException e) {
      deleteRecursively(staging);
      throw e;
    }
  }

  /**
   * Removes the exports under {@code outputRoot} beyond the {@code keep} newest, never {@code current}
   * (a publish of older table versions keeps what it wrote), and returns them; {@code keep} 0 removes
   * none. Only folders named as exports are touched, so other files there stay.
   */
  public static List<Path> removeOlderExports(Path outputRoot, int keep, Path current) {
    if (keep == 0) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(outputRoot)) {
      List<Path> exports = entries.filter(Files::isDirectory)
          .filter(folder -> EXPORT_NAME.matcher(folder.getFileName().toString()).matches())
          .sorted(Comparator.comparing((Path folder) -> folder.getFileName().toString()).reversed())
          .toList();
      List<Path> removed = new ArrayList<>();
      for (Path export : exports.subList(Math.min(keep, exports.size()), exports.size())) {
        if (!export.equals(current)) {
          deleteRecursively(export);
          removed.add(export);
        }
      }
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the older dashboard exports under " + outputRoot + ": "
          + e.getMessage(), e);
    }
  }

  /** Copies the page to {@code latest} unless it holds those bytes already; by a rename, so a reader never sees half a page. */
  private static void showAsLatest(Path page, Path latest) throws IOException {
    if (Files.isRegularFile(latest) && Files.mismatch(page, latest) == -1) {
      return;
    }
    Path copying = latest.resolveSibling("." + latest.getFileName() + ".writing-" + ProcessHandle.current().pid());
    Files.copy(page, copying, StandardCopyOption.REPLACE_EXISTING);
    Files.move(copying, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static SpreadsheetCsv.Printer csv(Path file, List<String> columns) throws IOException {
    return SpreadsheetCsv.printer(Files.newOutputStream(file), columns);
  }

  /**
   * A JSON array with one row a line, each an object of the columns: small diffs between two exports, and
   * readable with any tool. The bytes of {@code ObjectMapper.writeValueAsString} of each row's map.
   */
  private static final class JsonRows implements Closeable {

    private static final SerializableString NEXT_ROW = new SerializedString(",\n");
    private final JsonGenerator json;
    private final SerializableString[] columns;
    private long rows;

    JsonRows(Path file, List<String> columns) throws IOException {
      this.json = JSON.getFactory().createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      this.columns = columns.stream().map(SerializedString::new).toArray(SerializableString[]::new);
      json.setRootValueSeparator(null);
      json.writeRaw("[\n");
    }

    void write(List<Object> row) throws IOException {
      if (rows++ > 0) {
        json.writeRaw(NEXT_ROW);
      }
      json.writeStartObject();
      for (int i = 0; i < columns.length; i++) {
        json.writeFieldName(columns[i]);
        writeValue(json, row.get(i));
      }
      json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      try {
        json.writeRaw(rows > 0 ? "\n]\n" : "]\n");
      } finally {
        json.close();
      }
    }
  }

  /** A cell of a table as Jackson's ObjectMapper writes it; the common kinds directly, which is faster. */
  static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Integer number) {
      json.writeNumber(number.intValue());
    } else if (value instanceof Long number) {
      json.writeNumber(number.longValue());
    } else if (value instanceof Double number) {
      json.writeNumber(number.doubleValue());
    } else {
      json.writeObject(value);
    }
  }

  private static void writeManifest(Path folder, DashboardData data, boolean evidenceEmbedded,
      List<Map<String, Object>> files) throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("export_format", EXPORT_FORMAT);
    manifest.put("as_of", data.asOf());
    manifest.put("rubric", data.rubric());
    manifest.put("sources", data.sources());
    manifest.put("evidence_embedded", evidenceEmbedded);
    manifest.put("files", files);
    Files.writeString(folder.resolve(MANIFEST),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n",
        StandardCharsets.UTF_8);
  }

  private static Map<String, Object> fileEntry(Path file, Long rows) throws IOException {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", file.getFileName().toString());
    if (rows != null) {
      entry.put("rows", rows);
    }
    entry.put("sha256", sha256(file));
    return entry;
  }

  /** Read back in blocks: a country's evidence file is hundreds of megabytes. */
  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[1 << 16];
      for (int read = in.read(block); read >= 0; read = in.read(block)) {
        digest.update(block, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
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
