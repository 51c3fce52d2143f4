package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed midway (SIGKILL: no shutdown hook, no cleanup) between its commits: every table
 * stays at a complete version, and the next run finishes the work to exactly what one clean run writes.
 */
@RunsBesideOtherTests
class KilledIngestTest extends SparkSessionTest {

  private static final List<LakehouseTable> DATA_TABLES =
      List.of(LakehouseTable.DOCUMENTS, LakehouseTable.REPORTS, LakehouseTable.QUARANTINE);

  @TempDir
  Path folder;

  @Test
  void aKilledIngestLeavesCompleteTableVersionsAndTheRerunFinishesTheWork() throws Exception {
    Path input = folder.resolve("reports");
    write(input, "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 128));
    write(input, "finance-2017.txt", proseReport("平江县财政局", 2017, 40));
    Lakehouse lakehouse = new Lakehouse(spark(), folder.resolve("lakehouse").toString());
    IngestJob.run(lakehouse, input.toString(), List.of());
    Map<LakehouseTable, List<String>> before = contents(lakehouse);
    long reportsVersionBefore = lakehouse.version(LakehouseTable.REPORTS);
    long documentsVersionBefore = lakehouse.version(LakehouseTable.DOCUMENTS);

    // The next delivery: a correction, new reports, a duplicate and an empty file.
    write(input, "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 130));
    for (String agency : List.of("平江县教育局", "平江县水利局", "平江县审计局", "平江县林业局")) {
      write(input, agency + "-2018.txt", proseReport(agency, 2018, agency.length()));
    }
    write(input.resolve("mirror"), "finance-2017.txt", proseReport("平江县财政局", 2017, 40));
    write(input, "empty.txt", new byte[0]);

    Path reportsCommit = Path.of(lakehouse.pathOf(LakehouseTable.REPORTS), "_delta_log",
        String.format("%020d.json", reportsVersionBefore + 1));
    List<String> arguments = new ArrayList<>(List.of("--input", input.toString(), "--lakehouse", lakehouse.root()));
    arguments.addAll(ChildJvm.localSparkArguments());
    try (ChildJvm child = ChildJvm.start(IngestJob.class, folder.resolve("ingest.log"), arguments)) {
      // Killed right after its first commit, to reports: quarantine and documents are still to come.
      assertTrue(child.awaitWhileRunning(() -> Files.exists(reportsCommit), Duration.ofMinutes(3)),
          "the child ingest never committed to reports:\n" + child.output());
      child.kill();
    }

    Lakehouse clean = new Lakehouse(spark(), folder.resolve("clean").toString());
    IngestJob.run(clean, input.toString(), List.of());
    Map<LakehouseTable, List<String>> afterCleanRun = contents(clean);
    Map<LakehouseTable, List<String>> afterKill = contents(lakehouse);
    assertEquals(documentsVersionBefore, lakehouse.version(LakehouseTable.DOCUMENTS),
        "the kill came after the last commit: nothing was interrupted");
    assertEquals(before.get(LakehouseTable.DOCUMENTS), afterKill.get(LakehouseTable.DOCUMENTS));
    assertEquals(afterCleanRun.get(LakehouseTable.REPORTS), afterKill.get(LakehouseTable.REPORTS),
        "reports is at the version the killed run committed, complete");
    List<String> quarantine = afterKill.get(LakehouseTable.QUARANTINE);
    assertTrue(quarantine.equals(before.get(LakehouseTable.QUARANTINE))
        || quarantine.equals(afterCleanRun.get(LakehouseTable.QUARANTINE)), "quarantine is at a complete version");
    assertEquals(0, lakehouse.read(LakehouseTable.REPORTS).groupBy("agency_key", "year").count()
        .where("count > 1").count(), "no agency-year twice");

    IngestionResult rerun = IngestJob.run(lakehouse, input.toString(), List.of());

    assertEquals(7, rerun.filesChanged(), "the rerun redoes the files the killed run had not recorded");
    assertEquals(afterCleanRun, contents(lakehouse));
  }

  private Map<LakehouseTable, List<String>> contents(Lakehouse lakehouse) {
    Map<LakehouseTable, List<String>> contents = new EnumMap<>(LakehouseTable.class);
    DATA_TABLES.forEach(table -> contents.put(table, TableContents.of(spark(), lakehouse.pathOf(table))));
    return contents;
  }
}
