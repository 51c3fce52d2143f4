package io.github.opendisclosure.catalog;

import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.lakehouse.Lakehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The bundled sample reports (data/sample-reports) ingested and their indicators computed, once per
 * test JVM, in a folder under target/: what jobs/pipeline makes of them, for the tests that start
 * programs on a lakehouse (the JDBC server, the notebooks).
 */
final class SampleLakehouse {

  private static Path root;

  private SampleLakehouse() {}

  static synchronized Path root(SparkSession spark) {
    if (root == null) {
      try {
        Files.createDirectories(Path.of("target"));
        root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "sample-lakehouse-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Lakehouse lakehouse = new Lakehouse(spark, root.toString());
      IngestJob.run(lakehouse, Path.of("data/sample-reports").toAbsolutePath().toString(), List.of());
      IndicatorsJob.run(lakehouse, false, List.of());
    }
    return root;
  }
}
