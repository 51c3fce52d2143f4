package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.PROACTIVE_ITEMS;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.lakehouse.ReportColumns;
import io.github.opendisclosure.testing.ChildJvm;
import io.github.opendisclosure.testing.RunsBesideOtherTests;
import io.github.opendisclosure.testing.SparkSessionTest;
import io.github.opendisclosure.testing.TableContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator refresh killed between the commits of its tables: each table stays at a complete
 * version, the state still names the reports the last complete run saw, and the next run brings every
 * table to exactly what one clean run computes.
 */
@RunsBesideOtherTests
class KilledIndicatorsTest extends SparkSessionTest {

  private static final List<IndicatorTable> INDICATOR_TABLES =
      List.of(IndicatorTable.AGENCY_YEAR, IndicatorTable.REGION_YEAR, IndicatorTable.LEVEL_TYPE_YEAR);

  @TempDir
  Path folder;

  @Test
  void aKilledRefreshLeavesCompleteTableVersionsAndTheRerunFinishesTheWork() throws Exception {
    Lakehouse lakehouse = lakehouseWith("lakehouse", HandMadeReports.rows());
    IndicatorsJob.run(lakehouse, false, List.of());
    IndicatorTables tables = new IndicatorTables(lakehouse);
    Map<IndicatorTable, List<String>> before = contents(tables);
    long stateVersionBefore = tables.version(IndicatorTable.STATE);
    long agencyYearVersionBefore = tables.version(IndicatorTable.AGENCY_YEAR);
    appendReports(lakehouse, newReports());
    lakehouse.deltaTable(LakehouseTable.REPORTS).delete(col("agency_key").equalTo(HandMadeReports.D)
        .and(col("year").equalTo(2022)));

    Path agencyYearCommit = Path.of(tables.pathOf(IndicatorTable.AGENCY_YEAR), "_delta_log",
        String.format("%020d.json", agencyYearVersionBefore + 1));
    List<String> arguments = new ArrayList<>(List.of("--lakehouse", lakehouse.root()));
    arguments.addAll(ChildJvm.localSparkArguments());
    try (ChildJvm child = ChildJvm.start(IndicatorsJob.class, folder.resolve("indicators.log"), arguments)) {
      // Killed right after its first table's commit: two tables and the state are still to come.
      assertTrue(child.awaitWhileRunning(() -> Files.exists(agencyYearCommit), Duration.ofMinutes(3)),
          "the child refresh never committed to agency_year_indicators:\n" + child.output());
      child.kill();
    }

    Lakehouse clean = lakehouseWith("clean", finalReports());
    IndicatorsJob.run(clean, false, List.of());
    Map<IndicatorTable, List<String>> afterCleanRun = contents(new IndicatorTables(clean));
    Map<IndicatorTable, List<String>> afterKill = contents(tables);
    assertEquals(stateVersionBefore, tables.version(IndicatorTable.STATE),
        "the kill came after the state's commit: nothing was interrupted");
    assertEquals(afterCleanRun.get(IndicatorTable.AGENCY_YEAR), afterKill.get(IndicatorTable.AGENCY_YEAR));
    for (IndicatorTable table : INDICATOR_TABLES) {
      assertTrue(afterKill.get(table).equals(before.get(table)) || afterKill.get(table).equals(afterCleanRun.get(table)),
          table.tableName() + " is at a complete version");
    }

    IndicatorRefreshResult rerun = IndicatorsJob.run(lakehouse, false, List.of());

    assertEquals(List.of(2022, 2023, 2024), rerun.years(), "the rerun redoes what the killed run had not recorded");
    assertEquals(afterCleanRun, contents(tables));
    assertEquals(0, tables.read(IndicatorTable.AGENCY_YEAR).groupBy("agency_key", "year").count()
        .where("count > 1").count(), "no agency-year twice");
  }

  /** A 2023 report for two agencies; with the withdrawal of D's 2022 report, three years change. */
  private static List<Row> newReports() {
    return List.of(HandMadeReports.agencyA(2023).with(REQUESTS_RECEIVED, 25).with(PROACTIVE_ITEMS, 130).row(),
        HandMadeReports.agencyB(2023).with(REQUESTS_RECEIVED, 4).with(PROACTIVE_ITEMS, 45).row());
  }

  private static List<Row> finalReports() {
    List<Row> reports = new ArrayList<>(HandMadeReports.rows().stream()
        .filter(row -> !(HandMadeReports.D.equals(row.getString(ReportColumns.SCHEMA.fieldIndex("agency_key")))
            && row.getInt(ReportColumns.SCHEMA.fieldIndex("year")) == 2022))
        .toList());
    reports.addAll(newReports());
    return reports;
  }

  private Lakehouse lakehouseWith(String name, List<Row> reports) {
    Lakehouse lakehouse = new Lakehouse(spark(), folder.resolve(name).toString());
    lakehouse.createMissingTables();
    appendReports(lakehouse, reports);
    return lakehouse;
  }

  private void appendReports(Lakehouse lakehouse, List<Row> rows) {
    spark().createDataFrame(rows, ReportColumns.SCHEMA).write().format("delta").mode("append")
        .save(lakehouse.pathOf(LakehouseTable.REPORTS));
  }

  private Map<IndicatorTable, List<String>> contents(IndicatorTables tables) {
    Map<IndicatorTable, List<String>> contents = new EnumMap<>(IndicatorTable.class);
    INDICATOR_TABLES.forEach(table -> contents.put(table, TableContents.of(spark(), tables.pathOf(table))));
    return contents;
  }
}
