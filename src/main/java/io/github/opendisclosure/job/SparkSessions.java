package io.github.opendisclosure.job;

import io.github.opendisclosure.catalog.CatalogSettings;
import io.github.opendisclosure.catalog.EmbeddedMetastore;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Creates the SparkSession a job runs in, with Delta Lake and the configured catalog. */
public final class SparkSessions {

  private SparkSessions() {}

  /**
   * A session for the given settings and catalog ({@link CatalogSettings}). Settings that spark-submit
   * already placed in the JVM (its --master and --conf) win over the configuration's, as a cluster
   * operator expects.
   */
  public static SparkSession create(String appName, PipelineConfiguration configuration) {
    EmbeddedMetastore embeddedMetastore = CatalogSettings.embeddedMetastore(configuration);
    if (embeddedMetastore != null) {
      embeddedMetastore.open();
    }
    SparkConf submitted = new SparkConf(true);
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    for (Map.Entry<String, String> setting : CatalogSettings.sparkSettings(configuration).entrySet()) {
      if (!submitted.contains(setting.getKey())) {
        builder.config(setting.getKey(), setting.getValue());
      }
    }
    try {
      SparkSession session = builder.getOrCreate();
      // The session's state, which checks the SQL settings, is built on first use: here, so that a --conf
      // spark.sql.shuffle.partitions=abc is reported as such, not from whatever used the session first.
      session.conf();
      return session;
    } catch (Exception e) {
      // A session that cannot start was given a setting it cannot use: a --master it cannot parse, an event
      // log folder that is not there, a number that is not one. (Errors, running out of memory among
      // them, go on as failures.)
      throw new JobUserError("Spark could not start: " + JobCommandLine.describe(e)
          + " (check --master and the --conf settings)", e);
    }
  }
}
