package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which catalog the lakehouse's tables are registered in, from the {@code catalog.*} settings of
 * {@code conf/pipeline.conf}, and the Spark settings that select it:
 *
 * <ul>
 *   <li>{@code embedded} (default): a Hive metastore in Derby inside the lakehouse folder
 *       ({@code <lakehouse>/_catalog}), so the tables keep their names between runs without a server;
 *       one program at a time may open it.</li>
 *   <li>{@code external}: the Hive metastore the Spark settings or the cluster's {@code hive-site.xml}
 *       name ({@code spark.hadoop.hive.metastore.uris}), or a cluster's own catalog.</li>
 *   <li>{@code session}: a catalog in memory, registered at start and gone at exit; what notebooks use,
 *       so any number of them can be open beside a job.</li>
 * </ul>
 *
 * A lakehouse on a Hadoop URI (s3a://, hdfs://) cannot hold Derby, so {@code embedded} means the
 * cluster's catalog there, as {@code external} does.
 */
public final class CatalogSettings {

  /** The database every table is registered under. */
  public static final String DATABASE = "catalog.database";
  /** {@code embedded}, {@code external} or {@code session}. */
  public static final String METASTORE = "catalog.metastore";
  public static final String DEFAULT_DATABASE = "disclosure";

  static final String CATALOG_IMPLEMENTATION = "spark.sql.catalogImplementation";
  static final String METASTORE_CONNECTION_URL = "spark.hadoop.javax.jdo.option.ConnectionURL";
  static final String WAREHOUSE_DIR = "spark.sql.warehouse.dir";

  /** The kinds of catalog {@link #METASTORE} selects. */
  public enum Metastore { EMBEDDED, EXTERNAL, SESSION }

  private CatalogSettings() {}

  public static String database(PipelineConfiguration configuration) {
    String database = configuration.get(DATABASE);
    if (database == null || database.isBlank()) {
      return DEFAULT_DATABASE;
    }
    if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new JobUserError("The setting '" + DATABASE + "' must be a plain SQL name (letters, digits, _): " + database);
    }
    return database;
  }

  public static Metastore metastore(PipelineConfiguration configuration) {
    String value = configuration.get(METASTORE);
    if (value == null || value.isBlank()) {
      return Metastore.EMBEDDED;
    }
    try {
      return Metastore.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new JobUserError("The setting '" + METASTORE + "' must be embedded, external or session, not: " + value);
    }
  }

  /** The embedded metastore of this configuration, or null when the catalog lives elsewhere. */
  public static EmbeddedMetastore embeddedMetastore(PipelineConfiguration configuration) {
    String lakehouse = configuration.lakehouse();
    if (metastore(configuration) != Metastore.EMBEDDED || PipelineConfiguration.isUri(lakehouse)
        && !lakehouse.startsWith("file:")) {
      return null;
    }
    return EmbeddedMetastore.under(lakehouse);
  }

  /**
   * The Spark settings that select the configured catalog; a setting the configuration states itself
   * (e.g. {@code --conf spark.sql.warehouse.dir=...}) wins over the one derived here.
   */
  public static Map<String, String> sparkSettings(PipelineConfiguration configuration) {
    Map<String, String> derived = new LinkedHashMap<>();
    switch (metastore(configuration)) {
      case SESSION -> derived.put(CATALOG_IMPLEMENTATION, "in-memory");
      case EXTERNAL -> derived.put(CATALOG_IMPLEMENTATION, "hive");
      case EMBEDDED -> {
        derived.put(CATALOG_IMPLEMENTATION, "hive");
        EmbeddedMetastore embedded = embeddedMetastore(configuration);
        if (embedded != null) {
          derived.put(METASTORE_CONNECTION_URL, embedded.connectionUrl());
          derived.put(WAREHOUSE_DIR, embedded.warehouse().toUri().toString());
        }
      }
      default -> throw new IllegalStateException("Unknown metastore " + metastore(configuration));
    }
    Map<String, String> settings = new LinkedHashMap<>(derived);
    settings.putAll(configuration.sparkSettings());
    return settings;
  }
}
