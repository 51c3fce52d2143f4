package io.github.opendisclosure.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The dashboard as one self-contained HTML file: the page's template, its script, the charting library
 * (Apache ECharts, from its WebJar on the class path) and the data, all inlined, so it opens from the
 * file system or any static web server with no network.
 *
 * <p>The data comes from web pages, so nothing of it is trusted: it travels as JSON in a
 * {@code <script type="application/json">} block with {@code <}, {@code >}, {@code &}, U+2028 and U+2029
 * escaped (no {@code </script>} or comment in the data can end the block), and the page's script puts it on
 * the page as text only (textContent, and charts that draw on a canvas).
 */
public final class DashboardPage {

  private static final String TEMPLATE = "/dashboard/dashboard.html";
  private static final String SCRIPT = "/dashboard/dashboard.js";
  private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static final String DATA_PLACEHOLDER = "<!--DASHBOARD_DATA-->";
  private static final String LIBRARY_PLACEHOLDER = "<!--CHARTING_LIBRARY-->";
  private static final String SCRIPT_PLACEHOLDER = "<!--DASHBOARD_SCRIPT-->";

  private DashboardPage() {}

  /** The page for {@code data}. */
  public static String html(DashboardData data) {
    String page = resource(TEMPLATE);
    return page
        .replace(DATA_PLACEHOLDER, "<script type=\"application/json\" id=\"dashboard-data\">"
            + scriptSafeJson(pageData(data)) + "</script>")
        .replace(LIBRARY_PLACEHOLDER, inlineScript(resource(echartsPath())))
        .replace(SCRIPT_PLACEHOLDER, inlineScript(resource(SCRIPT)));
  }

  /** JSON that cannot end or alter the script element it is embedded in. */
  static String scriptSafeJson(Object value) {
    try {
      String json = new ObjectMapper().writeValueAsString(value);
      StringBuilder safe = new StringBuilder(json.length());
      for (char c : json.toCharArray()) {
        switch (c) {
          case '<' -> safe.append("\\u003c");
          case '>' -> safe.append("\\u003e");
          case '&' -> safe.append("\\u0026");
          case '\u2028' -> safe.append("\\u2028");
          case '\u2029' -> safe.append("\\u2029");
          default -> safe.append(c);
        }
      }
      return safe.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the dashboard's data as JSON", e);
    }
  }

  private static Map<String, Object> pageData(DashboardData data) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("as_of", data.asOf());
    page.put("rubric", data.rubric());
    page.put("sources", data.sources());
    page.put("agency_years", data.agencyYears());
    page.put("evidence", data.evidence());
    return page;
  }

  /** Our own code and the library's, which never contain a closing script tag; checked so a new version cannot slip one in. */
  private static String inlineScript(String javaScript) {
    if (javaScript.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
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
