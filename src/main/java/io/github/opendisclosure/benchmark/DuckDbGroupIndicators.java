package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.indicators.GroupColumn;
import io.github.opendisclosure.indicators.Indicator;
import io.github.opendisclosure.indicators.IndicatorGrouping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The group indicator tables as DuckDB SQL, for measuring DuckDB on the same work as
 * {@code jobs/indicators}. The aggregates are not written again: each is the SQL text of the Spark
 * expression {@link Indicator} defines ({@code Column.expr().sql()}), with the spellings DuckDB reads
 * differently translated (Spark's exact {@code percentile} is {@code quantile_cont}, its arrays are
 * lists; typed literals {@code 0.5D}, {@code 1L} lose their suffix). Groupings, scopes, the share of reports
 * stating each metric and the year-on-year changes follow {@code GroupIndicators}.
 */
final class DuckDbGroupIndicators {

  private static final Pattern TYPED_LITERAL = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)[DL]\\b");
  private static final String PERCENTILE = "percentile(";
  /** Spark's array(...) and element_at(array, i) are DuckDB's list_value(...) and list_extract(list, i). */
  private static final Pattern LIST_FUNCTION = Pattern.compile("\\b(array|element_at)\\(");

  private DuckDbGroupIndicators() {}

  /** The query of one group table over the relation {@code source} (the reports' columns). */
  static String query(IndicatorGrouping grouping, String source) {
    List<String> keys = grouping.keys();
    List<String> aggregates = new ArrayList<>();
    aggregates.add("count(1) AS reporting_agencies");
    List<String> headlines = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      String name = indicator.columnName();
      for (GroupColumn column : indicator.formula().groupColumns(name)) {
        aggregates.add(duckDbSql(column.aggregate().expr().sql()) + " AS " + column.name());
      }
      headlines.add(indicator.formula().groupHeadline(name));
    }
    for (ReportMetric metric : ReportMetric.values()) {
      aggregates.add("count(" + metric.key() + ") / count(1) AS " + metric.key() + "_known_rate");
    }
    String groups = "SELECT year, " + scope(grouping) + " AS scope, " + String.join(", ", keys) + ", "
        + String.join(",\n  ", aggregates) + "\nFROM " + source + "\nGROUP BY year, "
        + (grouping == IndicatorGrouping.REGION ? "ROLLUP" : "CUBE") + "(" + String.join(", ", keys) + ")";
    // The row of the year before, keys NULL matching NULL, as Spark's range window over the year.
    String yearBefore = "OVER (PARTITION BY scope, " + String.join(", ", keys)
        + " ORDER BY year RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING)";
    String changes = headlines.stream()
        .map(headline -> headline + " - first(" + headline + ") " + yearBefore + " AS " + headline + "_yoy_change")
        .collect(Collectors.joining(",\n  "));
    return "WITH groups AS (\n" + groups + "\n)\nSELECT *,\n  " + changes + "\nFROM groups";
  }

  private static String scope(IndicatorGrouping grouping) {
    if (grouping == IndicatorGrouping.REGION) {
      return "CASE WHEN grouping(province) = 1 THEN 'national' WHEN grouping(city) = 1 THEN 'province'"
          + " WHEN grouping(county) = 1 THEN 'city' ELSE 'county' END";
    }
    return "CASE WHEN grouping(level) = 0 AND grouping(agency_type) = 0 THEN 'level_and_agency_type'"
        + " WHEN grouping(level) = 0 THEN 'level' WHEN grouping(agency_type) = 0 THEN 'agency_type' ELSE 'all' END";
  }

  /** Spark SQL text of an aggregate as DuckDB reads it. */
  static String duckDbSql(String sparkSql) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int start = sparkSql.indexOf(PERCENTILE); start >= 0; start = sparkSql.indexOf(PERCENTILE, at)) {
      // percentile(value, fraction or fractions, frequency): DuckDB's quantile_cont(value, fraction or fractions).
      int end = closingParenthesis(sparkSql, start + PERCENTILE.length() - 1);
      List<String> arguments = topLevelArguments(sparkSql.substring(start + PERCENTILE.length(), end));
      out.append(sparkSql, at, start).append("quantile_cont(").append(arguments.get(0)).append(", ")
          .append(arguments.get(1)).append(')');
      at = end + 1;
    }
    out.append(sparkSql.substring(at));
    String renamed = LIST_FUNCTION.matcher(out).replaceAll(match -> match.group(1).equals("array") ? "list_value(" : "list_extract(");
    return TYPED_LITERAL.matcher(renamed).replaceAll("$1");
  }

  /** The arguments of a call, split at the commas outside any parentheses. */
  private static List<String> topLevelArguments(String arguments) {
    List<String> split = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        split.add(arguments.substring(from, i).strip());
        from = i + 1;
      }
    }
    split.add(arguments.substring(from).strip());
    return split;
  }

  private static int closingParenthesis(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses in " + text);
  }
}
