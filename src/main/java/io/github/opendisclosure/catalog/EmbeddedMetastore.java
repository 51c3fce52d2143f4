package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobUserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The Hive metastore kept in Derby inside the lakehouse folder: {@code <lakehouse>/_catalog/metastore_db},
 * with Derby's log beside it rather than in the working directory.
 *
 * <p>Embedded Derby lets one JVM open a database at a time. {@link #open()} opens it before Spark does,
 * so a second program (jobs/sql while jobs/pipeline runs) stops at once with one clear line instead of
 * a metastore stack trace halfway through its work.
 */
public final class EmbeddedMetastore {

  /** The folder under the lakehouse root that holds the catalog; not a table, so never registered. */
  public static final String FOLDER = "_catalog";
  /** Derby's own "another JVM has booted this database" state. */
  private static final String DATABASE_IN_USE = "XSDB6";

  private final Path folder;

  private EmbeddedMetastore(Path folder) {
    this.folder = folder;
  }

  /** The metastore of a local lakehouse folder (a path or a file: URI). */
  public static EmbeddedMetastore under(String lakehouse) {
    Path root = lakehouse.startsWith("file:") ? Path.of(URI.create(lakehouse)) : Path.of(lakehouse);
    return new EmbeddedMetastore(root.toAbsolutePath().normalize().resolve(FOLDER));
  }

  public Path database() {
    return folder.resolve("metastore_db");
  }

  public Path warehouse() {
    return folder.resolve("warehouse");
  }

  /** The JDBC URL Hive's metastore opens; Derby creates the database on first use. */
  public String connectionUrl() {
    return "jdbc:derby:;databaseName=" + database() + ";create=true";
  }

  /**
   * Creates the catalog folder, sends Derby's log into it and opens the database in this JVM, which
   * holds it until the JVM exits.
   *
   * @throws JobUserError when another program has it open
   */
  public void open() {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the catalog folder " + folder, e);
    }
    // Read once, when Derby boots: set before the first connection.
    System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
    try (Connection connection = DriverManager.getConnection(connectionUrl())) {
      connection.getMetaData();
    } catch (SQLException e) {
      if (inUse(e)) {
        throw new JobUserError("The catalog " + database() + " is open in another program (jobs/sql, jobs/serve-sql "
            + "or a running job): embedded Derby allows one at a "
            + "time; close it, or set catalog.metastore=external (README: Catalog)");
      }
      throw new IllegalStateException("Cannot open the catalog " + database() + ": " + e.getMessage(), e);
    }
  }

  private static boolean inUse(SQLException exception) {
    for (SQLException e = exception; e != null; e = e.getNextException()) {
      if (DATABASE_IN_USE.equals(e.getSQLState())) {
        return true;
      }
      if (e.getCause() instanceof SQLException cause && DATABASE_IN_USE.equals(cause.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
