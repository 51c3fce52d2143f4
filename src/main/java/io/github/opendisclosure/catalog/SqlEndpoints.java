package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.SparkSessions;
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
    CatalogSettings.sparkSettings(configuration).forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    });
    return SparkSessions.create(appName, configuration);
  }
}
