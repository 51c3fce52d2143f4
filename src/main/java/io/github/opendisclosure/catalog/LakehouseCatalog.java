package io.github.opendisclosure.catalog;

import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * Registers every Delta table of the lakehouse in the session's catalog under one database, so SQL
 * names it {@code disclosure.reports}. Tables are found by their folders (any folder with a
 * {@code _delta_log}), so a stage that adds a table needs no change here; their schema, column
 * comments and table comment come from the Delta log.
 *
 * <p>Registering again is idempotent. A name whose registration points elsewhere (the lakehouse moved)
 * is pointed at the table here, and a name whose table is no longer in the lakehouse is removed. Every
 * table is external: removing a registration never deletes data.
 */
public final class LakehouseCatalog {

  private final Lakehouse lakehouse;
  private final String database;

  public LakehouseCatalog(Lakehouse lakehouse, String database) {
    this.lakehouse = lakehouse;
    this.database = database;
  }

  /** Makes the database hold exactly the lakehouse's Delta tables, each at its location. */
  public CatalogRegistration register() {
    SparkSession spark = lakehouse.spark();
    spark.sql("CREATE DATABASE IF NOT EXISTS " + quote(database)
        + " COMMENT 'Government information disclosure reports: the Delta tables of " + escape(lakehouse.root()) + "'");
    SessionCatalog catalog = spark.sessionState().catalog();
    List<String> tableNames = LakehouseSummary.deltaTableNames(lakehouse);
    List<String> added = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String tableName : tableNames) {
      TableIdentifier identifier = identifier(tableName);
      URI location = qualified(lakehouse.root() + "/" + tableName);
      if (catalog.tableExists(identifier)) {
        if (location.equals(registeredLocation(catalog, identifier))) {
          unchanged.add(tableName);
          continue;
        }
        catalog.dropTable(identifier, true, false);
        moved.add(tableName);
      } else {
        added.add(tableName);
      }
      spark.sql("CREATE TABLE IF NOT EXISTS " + quote(database) + "." + quote(tableName)
          + " USING DELTA LOCATION '" + escape(location.toString()) + "'");
    }
    List<String> removed = new ArrayList<>();
    for (TableIdentifier registered : JavaConverters.seqAsJavaList(catalog.listTables(database))) {
      if (!tableNames.contains(registered.table()) && !catalog.isTempView(registered)) {
        catalog.dropTable(registered, true, false);
        removed.add(registered.table());
      }
    }
    return new CatalogRegistration(database, added, moved, unchanged, removed);
  }

  private TableIdentifier identifier(String tableName) {
    return new TableIdentifier(tableName, Option.apply(database));
  }

  private static URI registeredLocation(SessionCatalog catalog, TableIdentifier identifier) {
    try {
      CatalogTable table = catalog.getTableMetadata(identifier);
      return table.storage().locationUri().isDefined() ? table.storage().locationUri().get() : null;
    } catch (AnalysisException e) { // gone since tableExists: register it anew
      return null;
    }
  }

  /** The location as the catalog stores it: absolute, with its scheme (file:/..., s3a://...). */
  private URI qualified(String location) {
    Path path = new Path(location);
    try {
      FileSystem fileSystem = path.getFileSystem(lakehouse.spark().sparkContext().hadoopConfiguration());
      return fileSystem.makeQualified(path).toUri();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the table location " + location, e);
    }
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'");
  }
}
