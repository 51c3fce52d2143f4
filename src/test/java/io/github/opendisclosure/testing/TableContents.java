package io.github.opendisclosure.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.JavaConverters;

/**
 * What a Delta table holds, as its rows in JSON sorted, to compare two runs or two versions of one
 * table exactly. Small tables only: the rows are collected.
 *
 * <p>The columns that say when a run happened rather than what it computed are left out: they differ
 * between any two runs. They are named here, once: {@code documents.ingested_at} and the
 * {@code ingested_at} of its nested {@code report}, {@code reports.ingested_at},
 * {@code quarantine.quarantined_at} and {@code indicator_state.computed_at}. The run log is a record of
 * runs, so two runs never have the same one; tests leave it out.
 */
public final class TableContents {

  /** For each table, its columns that hold the time of the run that wrote the row. */
  public static final Map<String, List<String>> RUN_TIME_COLUMNS = Map.of(
      "documents", List.of("ingested_at", "report.ingested_at"),
      "reports", List.of("ingested_at"),
      "quarantine", List.of("quarantined_at"),
      "indicator_state", List.of("computed_at"));

  private TableContents() {}

  /** The current rows of the table at {@code path}, without its run-time columns. */
  public static List<String> of(SparkSession spark, String path) {
    return rows(spark.read().format("delta").load(path), tableName(path));
  }

  /** The rows of the table at {@code path} as of a version, without its run-time columns. */
  public static List<String> atVersion(SparkSession spark, String path, long version) {
    return rows(spark.read().format("delta").option("versionAsOf", version).load(path), tableName(path));
  }

  private static List<String> rows(Dataset<Row> table, String tableName) {
    Dataset<Row> compared = table;
    for (String column : RUN_TIME_COLUMNS.getOrDefault(tableName, List.of())) {
      int dot = column.indexOf('.');
      String parent = column.substring(0, Math.max(dot, 0));
      compared = dot < 0 ? compared.drop(column) : compared.withColumn(parent,
          col(parent).dropFields(JavaConverters.asScalaBuffer(List.of(column.substring(dot + 1)))));
    }
    Column[] columns = Arrays.stream(compared.columns()).map(name -> col(name)).toArray(Column[]::new);
    return compared.select(to_json(struct(columns))).as(Encoders.STRING()).collectAsList().stream().sorted().toList();
  }

  private static String tableName(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
