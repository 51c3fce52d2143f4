package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The session jobs/sql and jobs/serve-sql share: the project's settings, visible to Spark's Hive code too. */
final class SqlEndpoints {

  private SqlEndpoints() {}

  /**
   * A Hive-enabled session for the configuration. Spark's SQL shell and Thrift server read their
   * settings from system properties (a {@code new SparkConf()}), as spark-submit passes them, so the
   * configuration's settings go there too unless spark-submit already set them.
   */
  static SparkSession startSession(String appName, PipelineConfiguration configuration) {
    if (CatalogSettings.metastore(configuration) == CatalogSettings.Metastore.SESSION) {
      throw new JobUserError("SQL endpoints need a Hive catalog: set catalog.metastore to embedded or external");
    }
    requireTables(configuration.lakehouse());
    CatalogSettings.sparkSettings(configuration).forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    });
    return SparkSessions.create(appName, configuration);
  }

  /**
   * A local lakehouse must hold a Delta table: a mistyped {@code --lakehouse} would otherwise get a catalog
   * of its own, no tables, and a shell in which every query fails with Spark's plan dump.
   */
  static void requireTables(String lakehouse) {
    if (PipelineConfiguration.isUri(lakehouse)) {
      return;
    }
    boolean holdsTables;
    try (Stream<Path> entries = Files.list(Path.of(lakehouse))) {
      holdsTables = entries.anyMatch(entry -> Files.isDirectory(entry.resolve("_delta_log")));
    } catch (IOException | UncheckedIOException e) {
      holdsTables = false;
    }
    if (!holdsTables) {
      throw new JobUserError("No lakehouse tables in " + lakehouse + ": run jobs/pipeline first, or give --lakehouse"
          + " the folder of one");
    }
  }
}
