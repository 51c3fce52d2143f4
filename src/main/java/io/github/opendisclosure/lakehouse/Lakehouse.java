package io.github.opendisclosure.lakehouse;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** The lakehouse root: where each {@link LakehouseTable} lives, and creating them when missing. */
public final class Lakehouse {

  private final SparkSession spark;
  private final String root;

  public Lakehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  public SparkSession spark() {
    return spark;
  }

  /** The folder or URI of a table. */
  public String pathOf(DefinedTable table) {
    return root + "/" + table.tableName();
  }

  /**
   * Creates every table that does not exist yet, with its schema, partitioning and Change Data Feed, and
   * upgrades those an older version of the pipeline wrote ({@link LakehouseUpgrade}).
   */
  public void createMissingTables() {
    LakehouseUpgrade upgrade = new LakehouseUpgrade(spark);
    for (LakehouseTable table : LakehouseTable.values()) {
      if (!createIfMissing(table)) {
        upgrade.upgrade(table, pathOf(table));
      }
    }
  }

  /**
   * Creates the table unless it exists; returns whether it did. Looking first is cheaper than Delta's
   * CREATE IF NOT EXISTS, which resolves the whole definition even for a table that exists.
   */
  public boolean createIfMissing(LakehouseTable table) {
    if (DeltaTable.isDeltaTable(spark, pathOf(table))) {
      return false;
    }
    createTableIfMissing(table);
    return true;
  }

  /**
   * Creates a Delta table under the root unless it exists: its columns with their comments, its partition
   * columns, the Change Data Feed, which the incremental stages read, and deletion vectors, so row-level
   * changes do not rewrite whole files. Every stage creates its tables here.
   */
  public void createTableIfMissing(DefinedTable table) {
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
        .location(pathOf(table))
        .comment(table.comment())
        .property("delta.enableChangeDataFeed", "true")
        .property(LakehouseUpgrade.DELETION_VECTORS, "true");
    for (StructField field : table.schema().fields()) {
      builder = builder.addColumn(DeltaTable.columnBuilder(spark, field.name())
          .dataType(field.dataType())
          .nullable(field.nullable())
          .comment(field.getComment().getOrElse(() -> ""))
          .build());
    }
    if (!table.partitionColumns().isEmpty()) {
      builder = builder.partitionedBy(table.partitionColumns().toArray(String[]::new));
    }
    builder.execute();
  }

  public DeltaTable deltaTable(LakehouseTable table) {
    return DeltaTable.forPath(spark, pathOf(table));
  }

  /** The table's current rows. */
  public Dataset<Row> read(LakehouseTable table) {
    return spark.read().format("delta").load(pathOf(table));
  }

  /** The table's newest version number. */
  public long version(LakehouseTable table) {
    return deltaTable(table).history(1).select("version").head().getLong(0);
  }
}
