package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.testing.Folders;
import io.github.opendisclosure.testing.SparkSessionTest;
import io.github.opendisclosure.testing.TableContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIngestionTest extends SparkSessionTest {

  private static final String CIVIL_AFFAIRS = "平江县民政局";
  private static final String FINANCE = "平江县财政局";
  private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  private static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";
  /** A local property of this test's thread, which its Spark jobs carry. */
  private static final String TEST_MARKER = "opendisclosure.test";

  @TempDir
  Path workFolder;

  private Path input;
  private Lakehouse lakehouse;

  @BeforeEach
  void createLakehouse() {
    input = workFolder.resolve("reports");
    lakehouse = new Lakehouse(spark(), workFolder.resolve("lakehouse").toString());
  }

  @Test
  void ingestingTheSameInputTwiceChangesNoTable() {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "finance-2017.txt", proseReport(FINANCE, 2017, 40));
    write(input, "empty.txt", new byte[0]);
    IngestionResult first = ingest();
    Map<LakehouseTable, Long> versions = dataTableVersions();
    Map<LakehouseTable, List<String>> contents = contentsOf(versions.keySet());

    IngestionResult second = ingest();

    assertEquals(new IngestionResult(3, 3, 2, 1), first);
    assertEquals(new IngestionResult(3, 0, 0, 0), second);
    assertEquals(versions, dataTableVersions(), "no table may get a new version");
    assertEquals(contents, contentsOf(versions.keySet()));
    assertEquals(2, lakehouse.read(LakehouseTable.REPORTS).count());
    assertEquals(3, lakehouse.read(LakehouseTable.DOCUMENTS).count());
  }

  @Test
  void aChangedFileReplacesOnlyItsAgencyYearAndTheOldValueStaysReadable() {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "finance-2017.txt", proseReport(FINANCE, 2017, 40));
    ingest();
    long versionBefore = lakehouse.version(LakehouseTable.REPORTS);
    Dataset<Row> financeBefore = reportOf(FINANCE).cache();
    financeBefore.count();

    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 130));
    IngestionResult corrected = ingest();

    assertEquals(1, corrected.filesChanged());
    assertEquals(2, lakehouse.read(LakehouseTable.REPORTS).count());
    assertEquals(130L, proactiveItemsOf(reportOf(CIVIL_AFFAIRS)));
    assertDataFrameNoOrderEquals(financeBefore, reportOf(FINANCE));
    Dataset<Row> original = spark().read().format("delta").option("versionAsOf", versionBefore)
        .load(lakehouse.pathOf(LakehouseTable.REPORTS)).where(col("agency_name").equalTo(CIVIL_AFFAIRS));
    assertEquals(128L, proactiveItemsOf(original));
    List<Row> changes = spark().read().format("delta").option("readChangeFeed", "true")
        .option("startingVersion", versionBefore + 1).load(lakehouse.pathOf(LakehouseTable.REPORTS))
        .orderBy("_change_type").select("_change_type", "agency_name", "proactive_items").collectAsList();
    assertEquals(List.of(RowFactory.create("delete", CIVIL_AFFAIRS, 128L), RowFactory.create("insert", CIVIL_AFFAIRS, 130L)),
        changes, "the Change Data Feed shows exactly the corrected agency-year, its old row and its new one");
    for (LakehouseTable table : List.of(LakehouseTable.REPORTS, LakehouseTable.DOCUMENTS)) {
      assertTrue(lastCommitOf(table).contains("\"deletionVector\":{"),
          table + ": the old row is marked deleted, not its file rewritten");
    }
  }

  @Test
  void batchesTooLargeForAPredicateAreMergedIntoTheSameTables() throws IOException {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "finance-2017.txt", proseReport(FINANCE, 2017, 40));
    write(input, "civil-affairs-copy-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128) + "我局全年未收到依申请公开申请。\n");
    ingest();
    Lakehouse merged = new Lakehouse(spark(), workFolder.resolve("merged").toString());
    Folders.copy(Path.of(lakehouse.root()), Path.of(merged.root()));
    write(input, "civil-affairs-copy-2017.txt", proseReport(CIVIL_AFFAIRS, 2016, 128));
    write(input, "finance-2017.txt", proseReport(FINANCE, 2017, 41));

    IngestionResult byPredicate = ingest();
    IngestionResult byMerge = new ReportIngestion(merged, null, 0).ingest(input.toString(),
        new Timestamp(System.currentTimeMillis()));

    assertEquals(byPredicate, byMerge);
    for (LakehouseTable table : List.of(LakehouseTable.REPORTS, LakehouseTable.DOCUMENTS, LakehouseTable.QUARANTINE)) {
      assertEquals(TableContents.of(spark(), lakehouse.pathOf(table)), TableContents.of(spark(), merged.pathOf(table)),
          table.tableName());
    }
    assertEquals(3, lakehouse.read(LakehouseTable.REPORTS).count(), "2016 and 2017 of civil affairs, and finance");
  }

  @Test
  void filesReadByAnOlderExtractorAreReadAgainAndOnlyTheirRowsChange() {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "finance-2017.txt", proseReport(FINANCE, 2017, 40));
    ingest();
    lakehouse.deltaTable(LakehouseTable.DOCUMENTS)
        .updateExpr("file_name = 'finance-2017.txt'", Map.of("extractor_version", "'0'"));
    lakehouse.deltaTable(LakehouseTable.REPORTS)
        .updateExpr("source_file = 'finance-2017.txt'", Map.of("extractor_version", "'0'"));

    IngestionResult upgraded = ingest();

    assertEquals(new IngestionResult(2, 1, 1, 0), upgraded);
    assertEquals(List.of(ReportExtractor.VERSION), lakehouse.read(LakehouseTable.DOCUMENTS)
        .select("extractor_version").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(List.of(ReportExtractor.VERSION), lakehouse.read(LakehouseTable.REPORTS)
        .select("extractor_version").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  @Test
  void aDuplicateAgencyYearKeepsTheFullerReportAndTheOtherOnceTheKeptOneLosesItsLead() {
    String fuller = proseReport(CIVIL_AFFAIRS, 2017, 128) + "我局全年未收到依申请公开申请。\n";
    write(input, "a-excerpt.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "b-full.txt", fuller);

    ingest();

    Dataset<Row> reports = lakehouse.read(LakehouseTable.REPORTS);
    assertEquals(1, reports.count());
    assertTrue(reports.head().<String>getAs("source_path").endsWith("b-full.txt"));
    Row duplicate = lakehouse.read(LakehouseTable.QUARANTINE).head();
    assertEquals("duplicate_agency_year", duplicate.getAs("reason"));
    assertTrue(duplicate.<String>getAs("source_path").endsWith("a-excerpt.txt"));
    assertTrue(duplicate.<String>getAs("kept_source_path").endsWith("b-full.txt"));
    assertEquals(2, lakehouse.read(LakehouseTable.DOCUMENTS).count(), "both files are kept as documents");

    // The kept file loses its lead: the unchanged excerpt, equal now and first by path, is kept instead.
    write(input, "b-full.txt", proseReport(CIVIL_AFFAIRS, 2017, 127));
    assertEquals(new IngestionResult(2, 1, 1, 1), ingest(), "the excerpt's report written in place of the full one's");

    Row kept = lakehouse.read(LakehouseTable.REPORTS).head();
    assertTrue(kept.<String>getAs("source_path").endsWith("a-excerpt.txt"));
    assertEquals(128L, kept.<Long>getAs("proactive_items"));
    Row nowDuplicate = lakehouse.read(LakehouseTable.QUARANTINE).head();
    assertEquals(1, lakehouse.read(LakehouseTable.QUARANTINE).count());
    assertTrue(nowDuplicate.<String>getAs("source_path").endsWith("b-full.txt"));
    assertTrue(nowDuplicate.<String>getAs("kept_source_path").endsWith("a-excerpt.txt"));

    // Another copy that loses too: quarantined with the other, and no report is written.
    long reportsVersion = lakehouse.version(LakehouseTable.REPORTS);
    write(input, "c-copy.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    assertEquals(new IngestionResult(3, 1, 0, 2), ingest());
    assertEquals(reportsVersion, lakehouse.version(LakehouseTable.REPORTS));
  }

  @Test
  void aCorrectedYearMovesTheReportAndReleasesNothingElse() {
    write(input, "civil-affairs.txt", proseReport(CIVIL_AFFAIRS, 2016, 128));
    ingest();

    write(input, "civil-affairs.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    ingest();

    List<Row> reports = lakehouse.read(LakehouseTable.REPORTS).select("year").collectAsList();
    assertEquals(List.of(2017), reports.stream().map(row -> row.getInt(0)).toList());
  }

  @Test
  void unreadableFilesAreQuarantinedWithTheirReasonAndTheRestLands() {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    write(input, "scan.html", new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 7});
    write(input, "notes.txt", "会议纪要\n请各单位按时参加。\n");

    ingest();

    Map<String, String> reasons = new java.util.TreeMap<>();
    lakehouse.read(LakehouseTable.QUARANTINE).collectAsList()
        .forEach(row -> reasons.put(row.getAs("source_file"), row.getAs("reason")));
    assertEquals(Map.of("scan.html", "binary_content", "notes.txt", "no_report_year"), reasons);
    assertEquals(1, lakehouse.read(LakehouseTable.REPORTS).count());
  }

  @Test
  void aMissingInputFolderIsAUserError() {
    JobUserError error = assertThrows(JobUserError.class, () -> ingest());
    assertTrue(error.getMessage().startsWith("Input folder not found: "), error.getMessage());
  }

  @Test
  void everyRunIsLoggedWithItsOutcome() {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    IngestJob.run(lakehouse, input.toString(), List.of("--input", input.toString()));
    IngestJob.run(lakehouse, input.toString(), List.of("--input", input.toString()));

    List<Row> runs = lakehouse.read(LakehouseTable.RUN_LOG).orderBy("started_at").collectAsList();
    assertEquals(List.of("succeeded", "unchanged"), runs.stream().map(row -> row.<String>getAs("outcome")).toList());
    assertEquals(1L, runs.get(0).<Long>getAs("rows_in"));
    assertEquals("--input " + input, runs.get(0).getAs("arguments"));
  }

  @Test
  void aFileWithItsSizeAndTimeUnchangedIsNotReadAndATouchedFileIsHashedButNotExtractedAgain() throws Exception {
    Path civilAffairs = write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    ingest();
    FileTime readAt = Files.getLastModifiedTime(civilAffairs);

    // Other bytes of the same size with the time restored: by size and time the file is unchanged.
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 129));
    Files.setLastModifiedTime(civilAffairs, readAt);
    IngestionResult sameSizeAndTime = ingest();
    // The first bytes again, with a new time: hashed, found unchanged, only the time recorded.
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    FileTime touchedAt = FileTime.fromMillis(readAt.toMillis() + 60_000);
    Files.setLastModifiedTime(civilAffairs, touchedAt);
    long reportsVersion = lakehouse.version(LakehouseTable.REPORTS);
    IngestionResult touched = ingest();

    assertEquals(0, sameSizeAndTime.filesChanged(), "not read: its size and time are those recorded");
    assertEquals(0, touched.filesChanged(), "read and hashed, but its bytes are those already extracted");
    assertEquals(reportsVersion, lakehouse.version(LakehouseTable.REPORTS));
    assertEquals(128L, proactiveItemsOf(reportOf(CIVIL_AFFAIRS)));
    assertEquals(touchedAt.toMillis(), lakehouse.read(LakehouseTable.DOCUMENTS).select("modified_at").head()
        .getTimestamp(0).getTime(), "the new time is recorded, so the next run need not hash the file");
  }

  private String lastCommitOf(LakehouseTable table) {
    try (Stream<Path> commits = Files.list(Path.of(lakehouse.pathOf(table), "_delta_log"))) {
      Path last = commits.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
          .reduce((first, second) -> second).orElseThrow();
      return Files.readString(last);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theIngestsQueriesRunInterpretedAndTheSessionKeepsItsOwnCodeGenerationAfter() throws TimeoutException {
    write(input, "civil-affairs-2017.txt", proseReport(CIVIL_AFFAIRS, 2017, 128));
    Map<String, String> sessionsOwn = Map.of(WHOLE_STAGE_CODEGEN, "true", CODEGEN_FACTORY_MODE, "FALLBACK");
    Set<String> factoryModesOfTheIngestsQueries = ConcurrentHashMap.newKeySet();
    // Only this thread's jobs: a test class that runs beside this one queries the same session.
    String thisTest = "ingest-codegen-" + UUID.randomUUID();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        String factoryMode = job.properties().getProperty(CODEGEN_FACTORY_MODE);
        if (factoryMode != null && thisTest.equals(job.properties().getProperty(TEST_MARKER))) {
          factoryModesOfTheIngestsQueries.add(factoryMode);
        }
      }
    };

    SparkContext context = spark().sparkContext();
    context.addSparkListener(listener);
    context.setLocalProperty(TEST_MARKER, thisTest);
    Map<String, String> settingsAfter;
    try {
      settingsAfter = ScopedSessionSettings.runWith(spark(), sessionsOwn, () -> {
        ingest();
        return Map.of(WHOLE_STAGE_CODEGEN, spark().conf().get(WHOLE_STAGE_CODEGEN),
            CODEGEN_FACTORY_MODE, spark().conf().get(CODEGEN_FACTORY_MODE));
      });
    } finally {
      context.setLocalProperty(TEST_MARKER, null);
      context.listenerBus().waitUntilEmpty();
      context.removeSparkListener(listener);
    }

    assertEquals(Set.of("NO_CODEGEN"), factoryModesOfTheIngestsQueries);
    assertEquals(sessionsOwn, settingsAfter);
    assertEquals(1, lakehouse.read(LakehouseTable.REPORTS).count());
  }

  private IngestionResult ingest() {
    return new ReportIngestion(lakehouse).ingest(input.toString(), new Timestamp(System.currentTimeMillis()));
  }

  private Dataset<Row> reportOf(String agencyName) {
    return lakehouse.read(LakehouseTable.REPORTS).where(col("agency_name").equalTo(agencyName));
  }

  private static long proactiveItemsOf(Dataset<Row> report) {
    return report.select("proactive_items").head().getLong(0);
  }

  private Map<LakehouseTable, Long> dataTableVersions() {
    Map<LakehouseTable, Long> versions = new EnumMap<>(LakehouseTable.class);
    for (LakehouseTable table : List.of(LakehouseTable.DOCUMENTS, LakehouseTable.REPORTS, LakehouseTable.QUARANTINE)) {
      versions.put(table, lakehouse.version(table));
    }
    return versions;
  }

  /** Compared as JSON rows (TableContents): a DataFrame comparison of the wide documents table costs seconds. */
  private Map<LakehouseTable, List<String>> contentsOf(Set<LakehouseTable> tables) {
    Map<LakehouseTable, List<String>> contents = new EnumMap<>(LakehouseTable.class);
    tables.forEach(table -> contents.put(table, TableContents.of(spark(), lakehouse.pathOf(table))));
    return contents;
  }
}
