package io.github.opendisclosure.lakehouse;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** One of the lakehouse's tables, as a stage's enum names it: the definition and its parts. */
public interface DefinedTable {

  TableDefinition definition();

  /** The folder name under the lakehouse root, and the table's name in SQL. */
  default String tableName() {
    return definition().tableName();
  }

  default String comment() {
    return definition().comment();
  }

  default StructType schema() {
    return definition().schema();
  }

  default List<String> partitionColumns() {
    return definition().partitionColumns();
  }
}
