package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.PROACTIVE_ITEMS;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.lakehouse.ReportColumns;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job against a Delta lakehouse: only changed years are rewritten, and a full rebuild agrees. */
class IndicatorRefreshTest extends SparkSessionTest {

  private static final List<IndicatorTable> INDICATOR_TABLES =
      List.of(IndicatorTable.AGENCY_YEAR, IndicatorTable.REGION_YEAR, IndicatorTable.LEVEL_TYPE_YEAR);

  @TempDir
  Path folder;

  private Lakehouse lakehouse;
  private IndicatorTables tables;

  @BeforeEach
  void createLakehouse() {
    lakehouse = new Lakehouse(spark(), folder.resolve("lakehouse").toString());
    tables = new IndicatorTables(lakehouse);
  }

  @Test
  void changedYearsAndTheYearsAfterAreRecomputedAndAFullRebuildGivesTheSameTables() {
    lakehouse.createMissingTables();
    List<Row> reports = new ArrayList<>(HandMadeReports.rows());
    reports.add(HandMadeReports.agencyA(2020).with(REQUESTS_RECEIVED, 8).with(PROACTIVE_ITEMS, 90).row());
    reports.add(HandMadeReports.agencyE(2019).with(PROACTIVE_ITEMS, 5).row());
    appendReports(reports);
    // An agency-year table left by an older version of the job, with other columns.
    DeltaTable.create(spark()).location(tables.pathOf(IndicatorTable.AGENCY_YEAR))
        .property("delta.enableChangeDataFeed", "true")
        .addColumn("year", "INT").addColumn("grant_rate", "STRING").partitionedBy("year").execute();
    IndicatorRefreshResult first = run(false);
    Map<IndicatorTable, Long> versionsAfterFirst = versions();

    // Three commits to the reports table: a correction in 2020, the only 2019 report withdrawn, a new
    // 2023 report. 2021 changes only through its year-on-year changes; 2022 does not change at all.
    lakehouse.deltaTable(LakehouseTable.REPORTS)
        .update(col("agency_key").equalTo(HandMadeReports.A).and(col("year").equalTo(2020)),
            Map.of("requests_received", lit(9L)));
    lakehouse.deltaTable(LakehouseTable.REPORTS).delete(col("year").equalTo(2019));
    appendReports(List.of(HandMadeReports.agencyB(2023).with(REQUESTS_RECEIVED, 6).row()));
    IndicatorRefreshResult incremental = run(false);
    Map<IndicatorTable, Long> versionsAfterIncremental = versions();

    IndicatorRefreshResult full = run(true);
    IndicatorRefreshResult again = run(false);

    assertEquals(IndicatorRefreshResult.Mode.FIRST_RUN, first.mode());
    assertEquals(List.of(2019, 2020, 2021, 2022), first.years());
    assertEquals(IndicatorTable.AGENCY_YEAR.schema().asNullable(), tables.read(IndicatorTable.AGENCY_YEAR).schema(),
        "the old table has the current columns and comments");
    assertEquals(IndicatorRefreshResult.Mode.INCREMENTAL, incremental.mode());
    assertEquals(List.of(2019, 2020, 2021, 2023, 2024), incremental.years(),
        "the changed years and the years after them");
    assertEquals(1 + 5 + 4 + 1, incremental.reportsRead(), "2020 to 2023; 2022 for the changes of 2023");
    for (IndicatorTable table : INDICATOR_TABLES) {
      assertEquals(List.of(2019, 2020, 2021, 2023), yearsChanged(table, versionsAfterFirst, versionsAfterIncremental),
          table.tableName() + " rewrote another year");
    }
    assertEquals(0, tables.read(IndicatorTable.AGENCY_YEAR).where(col("year").equalTo(2019)).count());
    assertEquals(10L - 9, agencyYear(HandMadeReports.A, 2021).<Long>getAs("requests_received_yoy_change"));
    assertEquals(6L - 3, agencyYear(HandMadeReports.B, 2023).<Long>getAs("requests_received_yoy_change"));

    assertEquals(IndicatorRefreshResult.Mode.FULL_REQUESTED, full.mode());
    assertEquals(List.of(2020, 2021, 2022, 2023), full.years());
    for (IndicatorTable table : INDICATOR_TABLES) {
      Dataset<Row> incrementalRows = spark().read().format("delta")
          .option("versionAsOf", versionsAfterIncremental.get(table)).load(tables.pathOf(table));
      assertSameRows(incrementalRows, tables.read(table), table.tableName());
    }

    assertEquals(IndicatorRefreshResult.unchanged(lakehouse.version(LakehouseTable.REPORTS)), again);
    List<String> outcomes = lakehouse.read(LakehouseTable.RUN_LOG).where(col("job").equalTo("indicators"))
        .orderBy("started_at").select("outcome").as(Encoders.STRING()).collectAsList();
    assertEquals(List.of("succeeded", "succeeded", "succeeded", "unchanged"), outcomes);
  }

  @Test
  void withoutAReportsTableTheUserIsToldToIngestFirst() {
    JobUserError error = assertThrows(JobUserError.class,
        () -> new IndicatorRefresh(lakehouse).refresh(false, new Timestamp(0)));
    assertTrue(error.getMessage().endsWith("run jobs/ingest first"), error.getMessage());
  }

  /**
   * Same schema and the same rows in any order. The tables are a few dozen rows of some 230 columns:
   * collected and compared here in milliseconds, where a distributed comparison of that many columns
   * takes seconds.
   */
  private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String tableName) {
    assertEquals(expected.schema(), actual.schema(), tableName);
    assertEquals(sortedRows(expected), sortedRows(actual), tableName);
  }

  private static List<String> sortedRows(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private IndicatorRefreshResult run(boolean fullRebuild) {
    return IndicatorsJob.run(lakehouse, fullRebuild, fullRebuild ? List.of("--full") : List.of());
  }

  private void appendReports(List<Row> rows) {
    spark().createDataFrame(rows, ReportColumns.SCHEMA).write().format("delta").mode("append")
        .save(lakehouse.pathOf(LakehouseTable.REPORTS));
  }

  private Map<IndicatorTable, Long> versions() {
    Map<IndicatorTable, Long> versions = new EnumMap<>(IndicatorTable.class);
    INDICATOR_TABLES.forEach(table -> versions.put(table, tables.version(table)));
    return versions;
  }

  /** The years of the rows a table's Change Data Feed shows after the {@code from} versions up to the {@code to} ones. */
  private List<Integer> yearsChanged(IndicatorTable table, Map<IndicatorTable, Long> from, Map<IndicatorTable, Long> to) {
    return spark().read().format("delta").option("readChangeFeed", "true")
        .option("startingVersion", from.get(table) + 1).option("endingVersion", to.get(table))
        .load(tables.pathOf(table))
        .select("year").distinct().orderBy("year").as(Encoders.INT()).collectAsList();
  }

  private Row agencyYear(String agencyKey, int year) {
    return tables.read(IndicatorTable.AGENCY_YEAR)
        .where(col("agency_key").equalTo(agencyKey).and(col("year").equalTo(year))).head();
  }
}
