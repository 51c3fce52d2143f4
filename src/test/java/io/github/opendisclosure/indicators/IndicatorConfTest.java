package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** {@code conf/indicators.conf} and the code define the same indicators, and mean the same by them. */
class IndicatorConfTest extends SparkSessionTest {

  @Test
  void theBundledFileAgreesWithTheCode() {
    assertEquals(List.of(), IndicatorConf.bundled().disagreementsWithCode());
  }

  @Test
  void theFileFormulasComputeWhatTheCodeComputesOnEveryHandMadeReport() {
    Map<String, IndicatorConf.Definition> definitions = IndicatorConf.bundled().definitions();
    List<Column> columns = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      columns.add(expr(definitions.get(indicator.columnName()).formula()).cast(indicator.formula().agencyValueType()));
      columns.add(indicator.formula().agencyValue());
    }
    List<Row> rows = HandMadeReports.frame(spark()).select(columns.toArray(Column[]::new)).collectAsList();

    int comparisons = 0;
    for (Row row : rows) {
      for (int i = 0; i < Indicator.values().length; i++) {
        assertEquals(row.get(2 * i), row.get(2 * i + 1), Indicator.values()[i].columnName() + " of " + row);
        comparisons += row.isNullAt(2 * i) ? 0 : 1;
      }
    }
    // Enough non-null values that the agreement means something: most indicators of most rows.
    assertTrue(comparisons > 60, comparisons + " non-null comparisons");
  }

  @Test
  void aFileThatSaysSomethingElseIsReportedLineByLine() throws IOException {
    String file = IndicatorConf.bundled().definitions().entrySet().stream()
        .filter(entry -> !entry.getKey().equals("backlog_rate"))
        .map(entry -> {
          IndicatorConf.Definition definition = entry.getValue();
          String formula = entry.getKey().equals("grant_rate") ? "granted / total_handled" : definition.formula();
          String unit = entry.getKey().equals("proactive_items") ? "requests" : definition.unit();
          return entry.getKey() + ".formula = " + formula + "\n" + entry.getKey() + ".unit = " + unit + "\n"
              + entry.getKey() + ".inputs = " + String.join(", ", definition.inputs()) + "\n"
              + entry.getKey() + ".aggregation = " + definition.aggregation() + "\n";
        })
        .reduce("", String::concat) + "appeal_rate.formula = 1\ndenial_rate.description = refused\n";

    IndicatorConf conf = IndicatorConf.parse(new StringReader(file));

    assertEquals(List.of(
        "denial_rate.description: not a field of an indicator ([formula, unit, inputs, aggregation])",
        "appeal_rate: no such indicator in the code",
        "grant_rate.formula is granted / total_handled in the file but (granted + partially_granted) / total_handled"
            + " in the code",
        "backlog_rate: missing from the file",
        "proactive_items.unit is requests in the file but items in the code"), conf.disagreementsWithCode());
    IllegalStateException refused = assertThrows(IllegalStateException.class, conf::requireAgreementWithCode);
    assertTrue(refused.getMessage().startsWith("conf/indicators.conf and the indicator code disagree: "));
  }

  @Test
  void rateNamesAreExactlyTheIndicatorsBetweenZeroAndOne() {
    for (Indicator indicator : Indicator.values()) {
      assertEquals(indicator.unit() == IndicatorUnit.RATE, indicator.columnName().endsWith("_rate"),
          indicator.columnName());
    }
  }
}
