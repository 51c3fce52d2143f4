package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.indicators.IndicatorGrouping;
import io.github.opendisclosure.indicators.IndicatorTable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * DuckDB, the peer a user might pick instead of Spark, computing the same group indicator tables
 * from the same {@code reports} data: the Parquet files of the Delta table's current snapshot. The
 * time runs from opening DuckDB to both tables materialized; the row counts are checked against the
 * tables {@code jobs/indicators} wrote.
 */
final class DuckDbStage {

  private DuckDbStage() {}

  static StageMeasurement run(Path lakehouse, int corpusReports, int threads) throws IOException, SQLException {
    PeakHeap.reset();
    long started = System.nanoTime();
    long rows = 0;
    StringBuilder check = new StringBuilder();
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute("CREATE VIEW reports AS SELECT * FROM " + parquet(lakehouse.resolve("reports"), duckDb));
      for (IndicatorGrouping grouping : IndicatorGrouping.values()) {
        String table = "duckdb_" + grouping.name().toLowerCase(Locale.ROOT);
        statement.execute("CREATE TABLE " + table + " AS " + DuckDbGroupIndicators.query(grouping, "reports"));
        rows += count(statement, table);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      for (IndicatorGrouping grouping : IndicatorGrouping.values()) {
        long ours = count(statement, "duckdb_" + grouping.name().toLowerCase(Locale.ROOT));
        long spark = count(statement, parquet(lakehouse.resolve(sparkTable(grouping).tableName()), duckDb));
        check.append(check.length() == 0 ? "" : ", ").append(sparkTable(grouping).tableName())
            .append(ours == spark ? " rows match" : " rows DIFFER: DuckDB " + ours + ", Spark " + spark);
      }
      return new StageMeasurement(BenchmarkRunner.DUCKDB, corpusReports, seconds, corpusReports, 0, -1, PeakHeap.bytes(),
          -1, "DuckDB " + duckDb.getMetaData().getDatabaseProductVersion() + " in this JVM, " + threads
              + " threads, over the reports snapshot's Parquet, " + rows + " group rows; " + check);
    }
  }

  private static IndicatorTable sparkTable(IndicatorGrouping grouping) {
    return grouping == IndicatorGrouping.REGION ? IndicatorTable.REGION_YEAR : IndicatorTable.LEVEL_TYPE_YEAR;
  }

  /** The table's snapshot as a DuckDB relation; {@code year=...} folders give the partition column. */
  private static String parquet(Path table, Connection duckDb) throws IOException, SQLException {
    List<Path> files = DeltaSnapshotFiles.of(table, duckDb);
    return "read_parquet([" + files.stream().map(file -> "'" + file.toString().replace("'", "''") + "'")
        .collect(Collectors.joining(", ")) + "], hive_partitioning = true)";
  }

  private static long count(Statement statement, String relation) throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + relation)) {
      result.next();
      return result.getLong(1);
    }
  }
}
