package io.github.opendisclosure.lakehouse;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What changed in the reports table between two versions, read from its Change Data Feed. */
public final class ReportChanges {

  private ReportChanges() {}

  /**
   * The years of every change to the reports table in the versions {@code from} to {@code to}, both
   * included: inserts, updates and deletes, a report that moved to another year naming both. Sorted.
   */
  public static List<Integer> yearsChanged(Lakehouse lakehouse, long from, long to) {
    return yearsOf(lakehouse.spark().read().format("delta")
        .option("readChangeFeed", "true")
        .option("startingVersion", from)
        .option("endingVersion", to)
        .load(lakehouse.pathOf(LakehouseTable.REPORTS)));
  }

  /** The distinct years of {@code rows}' {@code year} column, sorted. */
  public static List<Integer> yearsOf(Dataset<Row> rows) {
    return rows.select("year").distinct().collectAsList().stream().map(row -> row.getInt(0)).sorted().toList();
  }
}
