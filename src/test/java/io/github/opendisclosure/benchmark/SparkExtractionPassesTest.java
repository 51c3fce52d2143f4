package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.lakehouse.DocumentRows;
import io.github.opendisclosure.lakehouse.ReportIngestion;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The extraction the benchmark runs twice, and the line its child JVM reports the passes in. */
class SparkExtractionPassesTest extends SparkSessionTest {

  @Test
  void theResultLineIsFoundAmongSparksOwnLinesAndReadBack() {
    SparkExtractionPasses.Passes passes = new SparkExtractionPasses.Passes(
        new SparkExtractionPasses.Pass(56.25, 40.5), new SparkExtractionPasses.Pass(33.5, 2.125));
    List<String> output = List.of("18:05:16 WARN DAGScheduler: Broadcasting large task binary with size 1391.4 KiB",
        SparkExtractionPasses.resultLine(passes), "18:05:17 WARN ShutdownHookManager: 1.5 s");
    assertEquals(passes, SparkExtractionPasses.parse(output));
    assertThrows(IllegalArgumentException.class, () -> SparkExtractionPasses.parse(List.of("error: no input")));
  }

  @Test
  void theExtractionGivesOneDocumentRowPerFile() throws IOException {
    Path folder = Path.of("data/sample-reports");
    long files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(file -> file.toString().endsWith(".txt")).count(); // its README.md is no report
    }
    Dataset<Row> rows = ReportIngestion.extractedRowsOf(spark(), folder.toAbsolutePath().toString());
    assertEquals(files, rows.count());
    assertEquals(files, rows.where(rows.col("status").isin(DocumentRows.EXTRACTED, DocumentRows.QUARANTINED)).count());
    assertEquals(rows.count(), rows.select("source_path").distinct().count());
  }
}
