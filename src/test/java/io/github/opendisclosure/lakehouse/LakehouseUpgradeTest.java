package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakehouseUpgradeTest extends SparkSessionTest {

  private static final Timestamp NOW = Timestamp.valueOf("2026-12-02 08:00:00");

  @TempDir
  Path workFolder;

  @Test
  void anOlderLakehouseGetsTheDocumentsKeyRenamedModificationTimesAndDeletionVectorsOnTheNextIngest() {
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
    assertTrue(columns.contains("modified_at"), "documents record modification times: " + columns);
    assertEquals(2, older.read(LakehouseTable.DOCUMENTS).count());
    for (LakehouseTable table : LakehouseTable.values()) {
      assertTrue(deletionVectorsOn(older, table), table + " has deletion vectors");
    }
  }

  private boolean deletionVectorsOn(Lakehouse lakehouse, LakehouseTable table) {
    Object enabled = DeltaTable.forPath(spark(), lakehouse.pathOf(table)).detail().select("properties").head()
        .getJavaMap(0).get("delta.enableDeletionVectors");
    return "true".equals(enabled);
  }
}
