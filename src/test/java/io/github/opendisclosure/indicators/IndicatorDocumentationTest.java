package io.github.opendisclosure.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.extract.ReportMetric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README documents every indicator table, column and formula, so it cannot fall behind the code. */
class IndicatorDocumentationTest {

  @Test
  void theReadmeNamesEveryTableAndColumnAndGivesEveryFormula() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> undocumented = new ArrayList<>();
    for (IndicatorTable table : IndicatorTable.values()) {
      if (!readme.contains("### `" + table.tableName() + "`")) {
        undocumented.add(table.tableName());
      }
      for (String column : table.schema().fieldNames()) {
        if (!readme.contains("`" + column + "`") && !readme.contains("`" + patternOf(column) + "`")) {
          undocumented.add(table.tableName() + "." + column);
        }
      }
    }
    IndicatorConf.bundled().definitions().forEach((name, definition) -> {
      if (!readme.contains("| `" + name + "` |") || !readme.contains("`" + definition.formula() + "`")) {
        undocumented.add("the formula of " + name);
      }
    });
    assertEquals(List.of(), undocumented, "missing from README.md");
  }

  /** How the README names a generated column: {@code <indicator>_p25}, {@code <metric>_known_rate}. */
  private static String patternOf(String column) {
    for (ReportMetric metric : ReportMetric.values()) {
      if (column.equals(metric.key() + GroupIndicators.KNOWN_RATE_SUFFIX)) {
        return "<metric>" + GroupIndicators.KNOWN_RATE_SUFFIX;
      }
    }
    for (Indicator indicator : Indicator.values()) {
      if (column.startsWith(indicator.columnName() + "_")) {
        return "<indicator>" + column.substring(indicator.columnName().length());
      }
    }
    return column;
  }
}
