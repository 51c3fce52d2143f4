package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.lakehouse.Lakehouse;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The indicator tables in a lakehouse: creating them, replacing year partitions, and the state. */
public final class IndicatorTables {

  private final Lakehouse lakehouse;

  public IndicatorTables(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
  }

  public String pathOf(IndicatorTable table) {
    return lakehouse.pathOf(table);
  }

  public Dataset<Row> read(IndicatorTable table) {
    return spark().read().format("delta").load(pathOf(table));
  }

  public long version(IndicatorTable table) {
    return DeltaTable.forPath(spark(), pathOf(table)).history(1).select("version").head().getLong(0);
  }

  public boolean exists(IndicatorTable table) {
    return DeltaTable.isDeltaTable(spark(), pathOf(table));
  }

  /** Whether the table exists with other columns or types than this version of the code writes. */
  boolean isOutdated(IndicatorTable table) {
    return exists(table) && !columnsOf(read(table).schema()).equals(columnsOf(table.schema()));
  }

  /** Creates the table, empty, with its schema, partitioning, comments and the Change Data Feed. */
  void create(IndicatorTable table) {
    lakehouse.createTableIfMissing(table);
  }

  /** The reports-table version the indicator tables reflect, when a run of this version has written them. */
  Optional<Long> lastProcessedReportsVersion() {
    if (!exists(IndicatorTable.STATE) || isOutdated(IndicatorTable.STATE)) {
      return Optional.empty();
    }
    Row last = read(IndicatorTable.STATE).agg(max("reports_version")).head();
    return last.isNullAt(0) ? Optional.empty() : Optional.of(last.getLong(0));
  }

  /**
   * Replaces the rows of the given years with {@code rows} in one commit (Delta's replaceWhere), or the
   * whole table when {@code years} is empty; other years' files are not touched. An outdated table
   * (see {@link #isOutdated}) gets the current columns with its rows, its history readable with time
   * travel: Delta refuses to replace the schema of a path table any other way. Such a write makes
   * every column nullable, and Delta cannot add NOT NULL afterwards; only the NOT NULL marks are lost.
   */
  void overwrite(IndicatorTable table, Dataset<Row> rows, Optional<Collection<Integer>> years) {
    boolean outdated = isOutdated(table);
    DataFrameWriter<Row> writer = rows.write().format("delta").mode("overwrite");
    if (outdated) {
      writer.option("overwriteSchema", "true").partitionBy(table.partitionColumns().toArray(String[]::new));
    }
    years.ifPresent(only -> writer.option("replaceWhere", "year IN (" + only.stream().sorted()
        .map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
    writer.save(pathOf(table));
  }

  void recordState(long reportsVersion, boolean fullRebuild, List<Integer> years, Timestamp computedAt) {
    Row row = RowFactory.create(reportsVersion, fullRebuild, List.copyOf(years), computedAt);
    Dataset<Row> state = spark().createDataFrame(List.of(row), IndicatorTable.STATE.schema());
    if (isOutdated(IndicatorTable.STATE)) {
      overwrite(IndicatorTable.STATE, state, Optional.empty());
    } else {
      state.write().format("delta").mode("append").save(pathOf(IndicatorTable.STATE));
    }
  }

  private SparkSession spark() {
    return lakehouse.spark();
  }

  /** Names and types; nullability and comments may differ in what Delta reports back. */
  private static List<String> columnsOf(StructType schema) {
    return Arrays.stream(schema.fields()).map(field -> field.name() + " " + field.dataType().sql()).toList();
  }
}
