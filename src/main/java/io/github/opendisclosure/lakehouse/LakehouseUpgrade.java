package io.github.opendisclosure.lakehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Brings a lakehouse table written by an older version of the pipeline up to this one, once: the next
 * ingest finds it done. Each step says why it exists.
 */
final class LakehouseUpgrade {

  static final String DELETION_VECTORS = "delta.enableDeletionVectors";
  private static final String OLD_DOCUMENTS_KEY = "path";
  private static final String DOCUMENTS_KEY = "source_path";
  private static final String MODIFIED_AT = "modified_at";

  private final SparkSession spark;

  LakehouseUpgrade(SparkSession spark) {
    this.spark = spark;
  }

  /** Upgrades the table at {@code path}, which exists. */
  void upgrade(LakehouseTable table, String path) {
    if (table == LakehouseTable.DOCUMENTS) {
      renameDocumentsKey(path);
      addModificationTimes(path);
    }
    enableDeletionVectors(path);
  }

  /**
   * The documents' key was called {@code path}. Delta 3.3's MERGE with deletion vectors cannot plan a
   * target with a column of that name ([AMBIGUOUS_REFERENCE] filePath), so it is now
   * {@code source_path}, as in reports and quarantine. The table is rewritten once, its history
   * readable with time travel; like any schema replaced by a write, its columns become nullable.
   */
  private void renameDocumentsKey(String path) {
    List<String> columns = Arrays.asList(spark.read().format("delta").load(path).columns());
    if (!columns.contains(OLD_DOCUMENTS_KEY) || columns.contains(DOCUMENTS_KEY)) {
      return;
    }
    Column[] renamed = Arrays.stream(LakehouseTable.DOCUMENTS.schema().fields())
        .map(field -> (field.name().equals(DOCUMENTS_KEY) ? col(OLD_DOCUMENTS_KEY)
            : columns.contains(field.name()) ? col(field.name()) : lit(null).cast(field.dataType()))
            .as(field.name(), field.metadata()))
        .toArray(Column[]::new);
    spark.read().format("delta").load(path).select(renamed)
        .write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
  }

  /**
   * Documents record each file's modification time, so that ingest need not hash the files that kept
   * their size and time. Older rows have none: their files are hashed once more, and get it then.
   */
  private void addModificationTimes(String path) {
    if (Arrays.asList(spark.read().format("delta").load(path).columns()).contains(MODIFIED_AT)) {
      return;
    }
    StructField field = LakehouseTable.DOCUMENTS.schema().apply(MODIFIED_AT);
    spark.sql("ALTER TABLE " + sqlName(path) + " ADD COLUMNS (" + MODIFIED_AT + " TIMESTAMP COMMENT '"
        + field.getComment().get().replace("'", "\\'") + "')");
  }

  /**
   * With deletion vectors a MERGE that changes 100 rows marks them deleted in the files that hold them
   * and writes 100 new rows; without, it rewrites every file holding one of them, which for changes
   * spread over the years is the whole table. The protocol upgrade is one-way: readers need Delta 2.3+.
   */
  private void enableDeletionVectors(String path) {
    // The table's properties as SHOW TBLPROPERTIES reads them from the snapshot: DeltaTable.detail()
    // would also add up every file's size in a Spark job, seconds on each ingest.
    boolean enabled = spark.sql("SHOW TBLPROPERTIES " + sqlName(path)).where(col("key").equalTo(DELETION_VECTORS))
        .collectAsList().stream().anyMatch(property -> "true".equals(property.getString(1)));
    if (!enabled) {
      spark.sql("ALTER TABLE " + sqlName(path) + " SET TBLPROPERTIES ('" + DELETION_VECTORS + "' = 'true')");
    }
  }

  private static String sqlName(String path) {
    return "delta.`" + path.replace("`", "``") + "`";
  }
}
