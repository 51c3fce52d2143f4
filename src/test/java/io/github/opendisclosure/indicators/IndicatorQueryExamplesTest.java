package io.github.opendisclosure.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Every SQL example of the README's Indicators section runs against the indicator tables of the
 * hand-made reports, so an example cannot name a column or table the job does not write.
 */
class IndicatorQueryExamplesTest extends SparkSessionTest {

  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExampleQueryRunsOnTheIndicatorTables() throws IOException {
    Dataset<Row> reports = HandMadeReports.frame(spark());
    AgencyYearIndicators.compute(reports).createOrReplaceTempView(IndicatorTable.AGENCY_YEAR.tableName());
    GroupIndicators.compute(reports, IndicatorGrouping.REGION)
        .createOrReplaceTempView(IndicatorTable.REGION_YEAR.tableName());
    GroupIndicators.compute(reports, IndicatorGrouping.LEVEL_AND_TYPE)
        .createOrReplaceTempView(IndicatorTable.LEVEL_TYPE_YEAR.tableName());
    spark().createDataFrame(List.of(), IndicatorTable.STATE.schema())
        .createOrReplaceTempView(IndicatorTable.STATE.tableName());

    List<String> queries = exampleQueries();
    assertFalse(queries.isEmpty(), "no SQL example found in the README's Indicators section");
    List<String> failing = new ArrayList<>();
    for (String query : queries) {
      try {
        // The README names tables through the catalog (disclosure.<table>); here they are views.
        spark().sql(query.replace("disclosure.", "")).collectAsList();
      } catch (Exception e) { // Spark throws AnalysisException, a checked exception, undeclared
        failing.add(query + "\n  -> " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertEquals(List.of(), failing);
  }

  private static List<String> exampleQueries() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Indicators");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher blocks = SQL_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> queries = new ArrayList<>();
    while (blocks.find()) {
      for (String statement : blocks.group(1).split(";")) {
        String query = statement.lines().filter(line -> !line.strip().startsWith("--"))
            .reduce("", (text, line) -> text + line + "\n").strip();
        if (!query.isEmpty()) {
          queries.add(query);
        }
      }
    }
    return queries;
  }
}
