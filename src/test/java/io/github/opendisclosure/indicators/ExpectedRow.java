package io.github.opendisclosure.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** The hand-computed indicator columns of one row of an indicator table, checked exactly. */
final class ExpectedRow {

  private final Map<String, Object> values = new LinkedHashMap<>();

  /** An agency-year's indicator and its change from the year before. */
  ExpectedRow agency(Indicator indicator, Number value, Number yoyChange) {
    values.put(indicator.columnName(), value);
    values.put(indicator.columnName() + "_yoy_change", yoyChange);
    return this;
  }

  /** A group's columns for a count indicator (a {@link Total}). */
  ExpectedRow total(Indicator indicator, Long sum, long agencies, double coverageRate, Double perAgency,
      Double median, Double p25, Double p75, Long sumYoyChange) {
    String name = indicator.columnName();
    values.put(name + "_sum", sum);
    values.put(name + "_agencies", agencies);
    values.put(name + "_coverage_rate", coverageRate);
    values.put(name + "_per_agency", perAgency);
    values.put(name + "_median", median);
    values.put(name + "_p25", p25);
    values.put(name + "_p75", p75);
    values.put(name + "_sum_yoy_change", sumYoyChange);
    return this;
  }

  /** A group's columns for a rate or share. */
  ExpectedRow rate(Indicator indicator, Double value, long agencies, double coverageRate, Double yoyChange) {
    String name = indicator.columnName();
    values.put(name, value);
    values.put(name + "_agencies", agencies);
    values.put(name + "_coverage_rate", coverageRate);
    values.put(name + "_yoy_change", yoyChange);
    return this;
  }

  ExpectedRow column(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /**
   * Checks every expected column of {@code actual}, and that the expectation covers each of
   * {@code indicatorColumns}, so no indicator goes unchecked.
   */
  void assertMatches(Row actual, List<String> indicatorColumns, String rowName) {
    List<String> unchecked = new ArrayList<>(indicatorColumns);
    unchecked.removeAll(values.keySet());
    assertEquals(List.of(), unchecked, rowName + ": indicator columns without a hand-computed value");
    values.forEach((column, expected) -> {
      Object value = actual.get(actual.fieldIndex(column));
      Object comparable = expected instanceof Integer number ? Long.valueOf(number) : expected;
      assertEquals(comparable, value, rowName + " " + column);
    });
  }
}
