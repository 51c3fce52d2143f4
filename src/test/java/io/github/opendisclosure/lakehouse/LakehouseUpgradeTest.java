package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakehouseUpgradeTest extends SparkSessionTest {

  private static final Timestamp NOW = Timestamp.valueOf("2026-12-02 08:00:00");

  @TempDir
  Path workFolder;

  @Test
  void aLakehouseFromBeforeTheRenameGetsItsDocumentsKeyRenamedAndDeletionVectorsOnTheNextIngest() {
    Path input = workFolder.resolve("reports");
    write(input, "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 128));
    write(input, "finance-2017.txt", proseReport("平江县财政局", 2017, 40));
    Lakehouse current = new Lakehouse(spark(), workFolder.resolve("current").toString());
    new ReportIngestion(current).ingest(input.toString(), NOW);
    // The documents table as an older version wrote it: the key called path, no deletion vectors.
    Lakehouse older = new Lakehouse(spark(), workFolder.resolve("older").toString());
    current.read(LakehouseTable.DOCUMENTS).withColumnRenamed("source_path", "path")
        .write().format("delta").save(older.pathOf(LakehouseTable.DOCUMENTS));
    assertFalse(deletionVectorsOn(older, LakehouseTable.DOCUMENTS));

    IngestionResult unchanged = new ReportIngestion(older).ingest(input.toString(), NOW);

    assertEquals(0, unchanged.filesChanged(), "the renamed key still recognises every file as ingested");
    List<String> columns = Arrays.asList(older.read(LakehouseTable.DOCUMENTS).columns());
    assertTrue(columns.contains("source_path") && !columns.contains("path"), columns.toString());
    assertEquals(2, older.read(LakehouseTable.DOCUMENTS).count());
    for (LakehouseTable table : LakehouseTable.values()) {
      assertTrue(deletionVectorsOn(older, table), table + " has deletion vectors");
    }
  }

  @Test
  void aCorrectedReportMarksItsOldRowDeletedInsteadOfRewritingTheFilesThatHoldIt() throws IOException {
    Path input = workFolder.resolve("reports");
    write(input, "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 128));
    write(input, "finance-2017.txt", proseReport("平江县财政局", 2017, 40));
    Lakehouse lakehouse = new Lakehouse(spark(), workFolder.resolve("lakehouse").toString());
    new ReportIngestion(lakehouse).ingest(input.toString(), NOW);

    write(input, "civil-affairs-2017.txt", proseReport("平江县民政局", 2017, 130));
    new ReportIngestion(lakehouse).ingest(input.toString(), NOW);

    for (LakehouseTable table : List.of(LakehouseTable.REPORTS, LakehouseTable.DOCUMENTS)) {
      String lastCommit = lastCommitOf(lakehouse, table);
      assertTrue(lastCommit.contains("\"deletionVector\":{"), table + ": " + lastCommit);
    }
    assertEquals(2, lakehouse.read(LakehouseTable.REPORTS).count());
    assertEquals(130L, lakehouse.read(LakehouseTable.REPORTS).where(col("agency_name").equalTo("平江县民政局"))
        .select("proactive_items").head().getLong(0));
  }

  private boolean deletionVectorsOn(Lakehouse lakehouse, LakehouseTable table) {
    Object enabled = DeltaTable.forPath(spark(), lakehouse.pathOf(table)).detail().select("properties").head()
        .getJavaMap(0).get("delta.enableDeletionVectors");
    return "true".equals(enabled);
  }

  private static String lastCommitOf(Lakehouse lakehouse, LakehouseTable table) throws IOException {
    try (Stream<Path> commits = Files.list(Path.of(lakehouse.pathOf(table), "_delta_log"))) {
      Path last = commits.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
          .reduce((first, second) -> second).orElseThrow();
      return Files.readString(last);
    }
  }
}
