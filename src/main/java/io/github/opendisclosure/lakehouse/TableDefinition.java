package io.github.opendisclosure.lakehouse;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * What {@link Lakehouse#createTableIfMissing} creates a Delta table from; a table of its own, for one
 * that no stage's enum names.
 *
 * @param tableName the folder name under the lakehouse root, and the table's name in SQL
 * @param comment the table's comment in the catalog
 * @param schema its columns, each with its comment
 * @param partitionColumns the columns its files are partitioned by, none for an unpartitioned table
 */
public record TableDefinition(String tableName, String comment, StructType schema, List<String> partitionColumns)
    implements DefinedTable {

  @Override
  public TableDefinition definition() {
    return this;
  }
}
