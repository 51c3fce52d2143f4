package io.github.opendisclosure.lakehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Spark session settings changed for one piece of work and restored after it, so that a job's later
 * queries in the same session (a refresh's indicators after its ingest) run with the settings they had.
 */
public final class ScopedSessionSettings {

  private ScopedSessionSettings() {}

  /**
   * Runs {@code work} with {@code settings} set on the session, then restores each to its earlier value
   * or unsets it. Work in other threads that changes the same session's settings through here waits,
   * so that none restores a setting while another's work runs.
   */
  public static <T> T runWith(SparkSession spark, Map<String, String> settings, Supplier<T> work) {
    RuntimeConfig conf = spark.conf();
    synchronized (conf) {
      Map<String, String> previous = new LinkedHashMap<>();
      settings.keySet().forEach(key -> previous.put(key, conf.get(key, null)));
      try {
        settings.forEach(conf::set);
        return work.get();
      } finally {
        previous.forEach((key, value) -> {
          if (value == null) {
            conf.unset(key);
          } else {
            conf.set(key, value);
          }
        });
      }
    }
  }
}
