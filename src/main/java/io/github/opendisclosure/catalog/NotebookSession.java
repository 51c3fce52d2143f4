package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.SparkSessions;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession a notebook starts with: the project's settings, the lakehouse named by
 * {@code DISCLOSURE_LAKEHOUSE} (default {@code ../lakehouse}, beside the notebooks folder), and every
 * table registered as {@code disclosure.<table>} in a catalog held in memory, so several notebooks and
 * a running job can use the lakehouse at once.
 */
public final class NotebookSession {

  /** The environment variable naming the lakehouse a notebook reads. */
  public static final String LAKEHOUSE_VARIABLE = "DISCLOSURE_LAKEHOUSE";
  private static final String DEFAULT_LAKEHOUSE = "../lakehouse";

  private NotebookSession() {}

  /** Starts (or returns the running) session, registers the tables and uses the database. */
  public static SparkSession start() {
    // The Java kernel sets java.util.logging to FINEST; Spark forwards it to its own logging, and
    // Janino's finest-level traces then fail while formatting, which breaks Spark's code generation.
    Logger.getLogger("").setLevel(Level.INFO);
    PipelineConfiguration configuration = configuration();
    SparkSession spark = SparkSessions.create("disclosure-notebook", configuration);
    CatalogRegistration registration = CatalogJob.register(spark, configuration);
    spark.sql("USE " + registration.database());
    System.out.println(registration.describe() + " from " + configuration.lakehouse());
    return spark;
  }

  /** The lakehouse root folder the notebook reads, as an absolute path. */
  public static String lakehouse() {
    return configuration().lakehouse();
  }

  private static PipelineConfiguration configuration() {
    String lakehouse = System.getenv(LAKEHOUSE_VARIABLE);
    if (lakehouse == null || lakehouse.isBlank()) {
      lakehouse = DEFAULT_LAKEHOUSE;
    }
    String root = PipelineConfiguration.isUri(lakehouse) ? lakehouse : Path.of(lakehouse).toAbsolutePath().normalize().toString();
    return PipelineConfiguration.bundledDefaults().with(Map.of(
        PipelineConfiguration.LAKEHOUSE, root,
        CatalogSettings.METASTORE, CatalogSettings.Metastore.SESSION.name().toLowerCase(java.util.Locale.ROOT)));
  }
}
