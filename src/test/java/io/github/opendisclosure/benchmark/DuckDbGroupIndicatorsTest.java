package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.indicators.GroupIndicators;
import io.github.opendisclosure.indicators.HandMadeReports;
import io.github.opendisclosure.indicators.IndicatorGrouping;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's group tables are Spark's: the same rows and the same value in every column. */
class DuckDbGroupIndicatorsTest extends SparkSessionTest {

  @Test
  void translatesSparkSqlForDuckDb() {
    assertEquals("quantile_cont((a + b), 0.25)", DuckDbGroupIndicators.duckDbSql("percentile((a + b), 0.25D, 1L)"));
    assertEquals("list_extract(quantile_cont(x, list_value(0.25, 0.5, 0.75)), 2)",
        DuckDbGroupIndicators.duckDbSql("element_at(percentile(x, array(0.25D, 0.5D, 0.75D), 1L), 2)"));
    assertEquals("(100 * sum(x)) / count(1)", DuckDbGroupIndicators.duckDbSql("(100 * sum(x)) / count(1L)"));
  }

  @Test
  void computesTheSameGroupTablesAsSpark(@TempDir Path folder) throws Exception {
    Dataset<Row> reports = HandMadeReports.frame(spark());
    String parquet = folder.resolve("reports.parquet").toString();
    reports.write().parquet(parquet);
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duckDb.createStatement()) {
      for (IndicatorGrouping grouping : IndicatorGrouping.values()) {
        Dataset<Row> spark = GroupIndicators.compute(reports, grouping);
        List<String> keys = new ArrayList<>(List.of("year", "scope"));
        keys.addAll(grouping.keys());
        Map<String, Row> sparkRows = new HashMap<>();
        for (Row row : spark.collectAsList()) {
          sparkRows.put(key(row, keys), row);
        }
        int compared = 0;
        try (ResultSet rows = statement.executeQuery(DuckDbGroupIndicators.query(grouping,
            "read_parquet('" + parquet + "/*.parquet')"))) {
          while (rows.next()) {
            Row expected = sparkRows.get(duckDbKey(rows, keys));
            for (StructField field : spark.schema().fields()) {
              Object value = expected.getAs(field.name());
              Object actual = rows.getObject(field.name());
              String where = grouping + " " + key(expected, keys) + " " + field.name();
              if (value instanceof Number number) {
                assertEquals(number.doubleValue(), ((Number) actual).doubleValue(), 1e-9, where);
              } else {
                assertEquals(value == null ? null : value.toString(), actual == null ? null : actual.toString(), where);
              }
            }
            compared++;
          }
        }
        assertEquals(sparkRows.size(), compared, grouping + " rows");
      }
    }
  }

  private static String key(Row row, List<String> keys) {
    List<String> values = new ArrayList<>();
    for (String key : keys) {
      Object value = row.getAs(key);
      values.add(String.valueOf(value));
    }
    return String.join("/", values);
  }

  private static String duckDbKey(ResultSet rows, List<String> keys) throws java.sql.SQLException {
    List<String> values = new ArrayList<>();
    for (String key : keys) {
      values.add(String.valueOf(rows.getObject(key)));
    }
    return String.join("/", values);
  }
}
