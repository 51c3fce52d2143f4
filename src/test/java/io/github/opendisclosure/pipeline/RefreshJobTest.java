package io.github.opendisclosure.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.assessment.AssessmentTable;
import io.github.opendisclosure.assessment.RubricFile;
import io.github.opendisclosure.indicators.IndicatorTable;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.publish.DashboardFiles;
import io.github.opendisclosure.publish.DashboardOutput;
import io.github.opendisclosure.publish.PublishJob;
import io.github.opendisclosure.testing.ChildJvm;
import io.github.opendisclosure.testing.RunsBesideOtherTests;
import io.github.opendisclosure.testing.SampleRefresh;
import io.github.opendisclosure.testing.SparkSessionTest;
import io.github.opendisclosure.testing.TableContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled refresh on the bundled sample reports: after one report changed, an incremental refresh
 * rewrites that report's year only, and a full rebuild then leaves every table as it was; publishing the
 * same table versions again gives the same bytes; a second refresh exits with code 3 while another holds
 * the lock, or waits with --wait, and a refresh killed while holding it leaves it free.
 */
@RunsBesideOtherTests
class RefreshJobTest extends SparkSessionTest {

  /** The 2024 report of 淮安市人民政府 whose requests from other organisations (and total) the test corrects. */
  private static final String CHANGED_REPORT = "huaian/003_huaian-city-gov-2024.txt";
  private static final String CHANGED_ROW_BEFORE = "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119";
  private static final String CHANGED_ROW_AFTER = "一、本年新收政府信息公开申请数量 3001 53 0 0 61 5 3120";
  private static final int CHANGED_YEAR = 2024;
  private static final List<String> DATA_TABLES = List.of(LakehouseTable.DOCUMENTS.tableName(),
      LakehouseTable.REPORTS.tableName(), LakehouseTable.QUARANTINE.tableName(),
      IndicatorTable.AGENCY_YEAR.tableName(), IndicatorTable.REGION_YEAR.tableName(),
      IndicatorTable.LEVEL_TYPE_YEAR.tableName(), AssessmentTable.SCORES.tableName(),
      AssessmentTable.DEDUCTIONS.tableName());
  private static final List<String> DERIVED_TABLES = DATA_TABLES.subList(3, DATA_TABLES.size());

  @TempDir
  static Path folder;

  private static SampleRefresh.Refreshed sample;
  private static Map<String, Long> versionsBeforeChange;
  private static RefreshResult afterChange;
  private static Map<String, Long> versionsAfterChange;
  private static Map<String, List<String>> contentsAfterChange;
  private static RefreshResult fullRebuild;

  @BeforeAll
  static void changeAReportRefreshAndRebuildInFull() throws IOException {
    sample = SampleRefresh.once(spark());
    versionsBeforeChange = versions(sample.lakehouse());
    Path changed = sample.input().resolve(CHANGED_REPORT);
    String text = Files.readString(changed, StandardCharsets.UTF_8);
    assertTrue(text.contains(CHANGED_ROW_BEFORE), "the sample report changed; update the test's row");
    Files.writeString(changed, text.replace(CHANGED_ROW_BEFORE, CHANGED_ROW_AFTER), StandardCharsets.UTF_8);
    afterChange = sample.refresh(false, "incremental");
    versionsAfterChange = versions(sample.lakehouse());
    contentsAfterChange = contents(sample.lakehouse());
    fullRebuild = sample.refresh(true, "full");
  }

  @Test
  void anIncrementalRefreshGivesTheTablesOfAFullRebuild() {
    assertFalse(afterChange.fullRebuild());
    assertTrue(fullRebuild.fullRebuild());
    assertEquals(Set.copyOf(List.of(2017, 2018, 2023, 2024)), Set.copyOf(fullRebuild.assessedYears()));
    assertEquals(contentsAfterChange, contents(sample.lakehouse()));
  }

  @Test
  void aChangedReportChangesOnlyTheRowsOfItsYear() {
    assertEquals(1, afterChange.ingested().filesChanged());
    assertEquals(List.of(CHANGED_YEAR), List.copyOf(afterChange.assessedYears()),
        "the years after 2024 have no reports: only 2024 is assessed again");
    for (String table : DERIVED_TABLES) {
      List<Integer> yearsChanged = spark().read().format("delta").option("readChangeFeed", "true")
          .option("startingVersion", versionsBeforeChange.get(table) + 1)
          .option("endingVersion", versionsAfterChange.get(table))
          .load(sample.lakehouse().root() + "/" + table)
          .select("year").distinct().orderBy("year").as(Encoders.INT()).collectAsList();
      assertEquals(List.of(CHANGED_YEAR), yearsChanged, table + " rewrote other years' rows");
    }
    Long requests = sample.lakehouse().read(LakehouseTable.REPORTS)
        .where("agency_name = '淮安市人民政府' AND year = 2024").select("requests_received").as(Encoders.LONG()).head();
    assertEquals(3120L, requests);
  }

  @Test
  void publishingTheSameTableVersionsAgainWritesTheSameBytes() throws IOException {
    Path first = fullRebuild.publication().folder();
    Path again = PublishJob.run(sample.lakehouse(), RubricFile.bundled(),
        new DashboardOutput(folder.resolve("republished"), 0), List.of())
        .folder();
    assertEquals(first.getFileName(), again.getFileName(), "the folder is named after the data's as-of time");
    List<String> files = List.of("agency_years.json", "agency_years.csv", "evidence.json", "evidence.csv",
        "manifest.json", DashboardFiles.PAGE);
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
    }
    String manifest = Files.readString(first.resolve("manifest.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"table\" : \"reports\",\n    \"version\" : "
        + sample.lakehouse().version(LakehouseTable.REPORTS)), manifest);
    assertArrayEquals(Files.readAllBytes(afterChange.publication().folder().resolve("agency_years.csv")),
        Files.readAllBytes(first.resolve("agency_years.csv")), "the incremental and the full refresh publish the same rows");
  }

  @Test
  void aSecondRefreshExitsWithCode3WhileTheLockIsHeldAndWaitsWithWait() throws Exception {
    Path lakehouse = folder.resolve("locked");
    List<String> arguments = childArguments(sample.input(), lakehouse);
    try (RefreshLock held = RefreshLock.tryAcquire(lakehouse).orElseThrow();
        ChildJvm second = ChildJvm.start(RefreshJob.class, folder.resolve("second.log"), arguments)) {
      assertEquals(RefreshJob.LOCKED, second.exitCode(Duration.ofMinutes(2)), second.output());
      assertTrue(second.output().contains("error: another refresh holds the lock since "), second.output());
      assertTrue(second.output().contains("(pid " + ProcessHandle.current().pid() + ")"), second.output());
    }

    // A holder killed with the lock (kill -9: no cleanup of any kind) leaves it free: a waiting refresh goes ahead.
    List<String> waiting = new ArrayList<>(arguments);
    waiting.add("--wait");
    try (ChildJvm holder = ChildJvm.start(RefreshLockHolder.class, folder.resolve("holder.log"),
        List.of(lakehouse.toString()))) {
      assertTrue(holder.awaitWhileRunning(() -> holder.output().contains(RefreshLockHolder.HOLDING),
          Duration.ofMinutes(1)), holder.output());
      try (ChildJvm second = ChildJvm.start(RefreshJob.class, folder.resolve("waiting.log"), waiting)) {
        assertTrue(second.awaitWhileRunning(() -> second.output().contains("[refresh] waiting for the refresh"),
            Duration.ofMinutes(2)), "the second refresh did not wait:\n" + second.output());
        assertTrue(second.isAlive());
        holder.kill();
        assertTrue(second.awaitWhileRunning(() -> second.output().contains("[ingest] started"), Duration.ofMinutes(3)),
            "the waiting refresh did not go ahead once the holder died:\n" + second.output());
        assertTrue(RefreshLock.tryAcquire(lakehouse).isEmpty(), "the running refresh holds the lock");
      }
    }
    assertTrue(RefreshLock.tryAcquire(lakehouse).isPresent(), "the lock is free once both are gone");
  }

  private static List<String> childArguments(Path reports, Path lakehouse) {
    List<String> arguments = new ArrayList<>(List.of("--input", reports.toString(), "--lakehouse", lakehouse.toString(),
        "--output", folder.resolve("child-dashboard").toString(),
        "--conf", "assessment.output=" + folder.resolve("child-assessment")));
    arguments.addAll(ChildJvm.localSparkArguments());
    return arguments;
  }

  private static Map<String, Long> versions(Lakehouse lakehouse) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (String table : DERIVED_TABLES) {
      versions.put(table, io.delta.tables.DeltaTable.forPath(spark(), lakehouse.root() + "/" + table)
          .history(1).select("version").as(Encoders.LONG()).head());
    }
    return versions;
  }

  private static Map<String, List<String>> contents(Lakehouse lakehouse) {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    DATA_TABLES.forEach(table -> contents.put(table, TableContents.of(spark(), lakehouse.root() + "/" + table)));
    return contents;
  }
}
