package io.github.opendisclosure.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The dashboard as one self-contained HTML file: the page's template, its script, the charting library
 * (Apache ECharts, from its WebJar on the class path) and the data, all inlined, so it opens from the
 * file system or any static web server with no network.
 *
 * <p>The page is written as the rows stream past, never held whole: the template up to the data, then
 * {@link #agencyYear} for every agency-year, {@link #evidence} for every piece of evidence, and
 * {@link #finish} writes the rest. The agency-years travel compactly, as arrays of the values of
 * {@link #COLUMNS} (the columns the script reads) with the column names once. The evidence is on the page
 * only when the export holds at most {@code evidenceLimit} agency-years: a country's million pieces would
 * make a page no browser opens. Above that the page says how many there are and that they are in the
 * export's {@code evidence.csv} and {@code evidence.json}.
 *
 * <p>The data comes from web pages, so nothing of it is trusted: it travels as JSON in a
 * {@code <script type="application/json">} block with {@code <}, {@code >}, {@code &}, U+2028 and U+2029
 * escaped (no {@code </script>} or comment in the data can end the block), and the page's script puts it on
 * the page as text only (textContent, and charts that draw on a canvas).
 */
final class DashboardPage implements Closeable {

  /** The most agency-years whose evidence the page carries: about a large province's. */
  static final int EVIDENCE_LIMIT = 20_000;

  /**
   * The agency-year columns dashboard.js reads, in the order of {@link DashboardColumn#ALL}; the page
   * carries no other (DashboardPageTest checks the script against this list). Every metric: the page shows
   * each one's value next to its evidence.
   */
  static final List<String> COLUMNS = DashboardColumn.ALL.stream()
      .filter(column -> column.source() == DashboardColumn.Source.REPORT_METRIC || Set.of("year", "agency_key",
          "agency_name", "agency_type", "level", "province", "city", "known_metrics", "issues",
          "on_time_completion_rate", "reconsideration_corrected_rate", "score", "province_rank")
          .contains(column.name()))
      .map(DashboardColumn::name).toList();

  private static final String TEMPLATE = "/dashboard/dashboard.html";
  private static final String SCRIPT = "/dashboard/dashboard.js";
  private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static final String DATA_PLACEHOLDER = "<!--DASHBOARD_DATA-->";
  private static final String LIBRARY_PLACEHOLDER = "<!--CHARTING_LIBRARY-->";
  private static final String SCRIPT_PLACEHOLDER = "<!--DASHBOARD_SCRIPT-->";
  private static final int[] COLUMN_INDEX = COLUMNS.stream().mapToInt(DashboardColumn.names()::indexOf).toArray();

  private final Writer out;
  private final JsonGenerator json;
  private final String rest;
  private final int evidenceLimit;
  private long agencyYears;
  private boolean evidenceStarted;

  /**
   * Starts the page in {@code file}, written up to the first agency-year.
   *
   * @param exportFolder the export's folder name: where the page says the evidence is when it leaves it out
   */
  DashboardPage(Path file, DashboardData data, String exportFolder, int evidenceLimit) throws IOException {
    this.evidenceLimit = evidenceLimit;
    String template = resource(TEMPLATE);
    int dataAt = template.indexOf(DATA_PLACEHOLDER);
    if (dataAt < 0) {
      throw new IllegalStateException(TEMPLATE + " has no " + DATA_PLACEHOLDER);
    }
    rest = template.substring(dataAt + DATA_PLACEHOLDER.length())
        .replace(LIBRARY_PLACEHOLDER, inlineScript(resource(echartsPath())))
        .replace(SCRIPT_PLACEHOLDER, inlineScript(resource(SCRIPT)));
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      out.write(template, 0, dataAt);
      out.write("<script type=\"application/json\" id=\"dashboard-data\">");
      json = DashboardFiles.JSON.getFactory().createGenerator(out)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .setCharacterEscapes(new ScriptSafeEscapes());
      json.writeStartObject();
      json.writeStringField("as_of", data.asOf());
      json.writeStringField("rubric", data.rubric());
      json.writeObjectField("sources", data.sources());
      json.writeStringField("export_folder", exportFolder);
      json.writeObjectField("agency_year_columns", COLUMNS);
      json.writeArrayFieldStart("agency_years");
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** An agency-year, all of {@link DashboardColumn#ALL}; the page keeps the columns it shows. */
  void agencyYear(List<Object> row) throws IOException {
    if (evidenceStarted) {
      throw new IllegalStateException("The agency-years come before the evidence");
    }
    json.writeStartArray();
    for (int index : COLUMN_INDEX) {
      DashboardFiles.writeValue(json, row.get(index));
    }
    json.writeEndArray();
    agencyYears++;
  }

  /** A piece of evidence ({@link DashboardData#EVIDENCE_COLUMNS}), after every agency-year: kept when the page embeds evidence. */
  void evidence(List<Object> row) throws IOException {
    startEvidence();
    if (embedsEvidence()) {
      json.writeStartArray();
      for (Object value : row) {
        DashboardFiles.writeValue(json, value);
      }
      json.writeEndArray();
    }
  }

  /** Whether the page carries the evidence: decided by the number of agency-years, all written before any evidence. */
  boolean embedsEvidence() {
    return agencyYears <= evidenceLimit;
  }

  /** Ends the data, saying how many pieces of evidence the export has, and writes the rest of the page. */
  void finish(long evidenceRows) throws IOException {
    startEvidence();
    json.writeEndArray();
    json.writeBooleanField("evidence_embedded", embedsEvidence());
    json.writeNumberField("evidence_rows", evidenceRows);
    json.writeNumberField("evidence_limit", evidenceLimit);
    json.writeEndObject();
    json.flush();
    out.write("</script>");
    out.write(rest);
  }

  /** Ends the agency-years and starts the evidence: an empty array when the page leaves it out. */
  private void startEvidence() throws IOException {
    if (!evidenceStarted) {
      evidenceStarted = true;
      json.writeEndArray();
      json.writeObjectField("evidence_columns", DashboardData.EVIDENCE_COLUMNS);
      json.writeArrayFieldStart("evidence");
    }
  }

  /** Closes the page's writer (not finishing it: a page left unfinished is an error, and its folder is not published). */
  @Override
  public void close() throws IOException {
    try {
      json.close();
    } finally {
      out.close();
    }
  }

  /** Escapes that keep JSON inert inside a script element, in any string of the data. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? LINE_SEPARATOR : ch == '\u2029' ? PARAGRAPH_SEPARATOR : null;
    }
  }

  /** Our own code and the library's, which never contain a closing script tag; checked so a new version cannot slip one in. */
  private static String inlineScript(String javaScript) {
    if (javaScript.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IllegalStateException("A script to inline contains </script>");
    }
    return "<script>" + javaScript + "</script>";
  }

  /** ECharts' file in its WebJar, under the version the build resolved. */
  private static String echartsPath() {
    Properties pom = new Properties();
    try (InputStream in = DashboardPage.class.getResourceAsStream(ECHARTS_POM)) {
      if (in == null) {
        throw new IllegalStateException("The ECharts WebJar (org.webjars.npm:echarts) is not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "/META-INF/resources/webjars/echarts/" + pom.getProperty("version") + "/dist/echarts.min.js";
  }

  private static String resource(String name) {
    try (InputStream in = DashboardPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + name + "; rebuild it with mvn package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
