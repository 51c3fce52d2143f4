package io.github.opendisclosure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.TableDefinition;
import io.github.opendisclosure.testing.Folders;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration in the shared session's catalog (in memory; the Hive metastore is exercised by
 * {@link SqlServerTest}): every Delta folder and nothing else, by name, with its comments; idempotent;
 * following a moved lakehouse; forgetting a table that left it.
 */
class LakehouseCatalogTest extends SparkSessionTest {

  private static final StructType SCHEMA = new StructType(new StructField[] {
      new StructField("agency", DataTypes.StringType, false, Metadata.empty()).withComment("Agency name"),
      new StructField("requests", DataTypes.LongType, true, Metadata.empty()).withComment("Requests received")});

  @TempDir
  Path folder;

  @Test
  void registersEveryDeltaTableByNameWithItsComments() throws IOException {
    Lakehouse lakehouse = lakehouseWithTwoTables(folder.resolve("lakehouse"));
    Files.createDirectories(folder.resolve("lakehouse/_catalog/warehouse"));
    Files.createDirectories(folder.resolve("lakehouse/not_a_table"));

    CatalogRegistration registration = new LakehouseCatalog(lakehouse, "catalog_test_names").register();

    assertEquals(List.of("alpha", "beta"), registration.added());
    assertEquals("catalog: 2 tables in database catalog_test_names (2 added, 0 moved, 0 removed)",
        registration.describe());
    assertEquals(List.of("alpha", "beta"), spark().sql("SHOW TABLES IN catalog_test_names").select("tableName")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList());
    assertEquals(List.of(RowFactory.create("平江县民政局", 0L), RowFactory.create("阜阳市民政局", 3L)),
        spark().sql("SELECT agency, requests FROM catalog_test_names.alpha ORDER BY requests").collectAsList());
    List<Row> columns = spark().sql("DESCRIBE TABLE catalog_test_names.alpha").collectAsList();
    assertEquals(RowFactory.create("requests", "bigint", "Requests received"), columns.get(1));
    assertEquals("Table alpha for the test", tableComment("catalog_test_names.alpha"));
  }

  @Test
  void registeringAgainChangesNothing() {
    Lakehouse lakehouse = lakehouseWithTwoTables(folder.resolve("lakehouse"));
    new LakehouseCatalog(lakehouse, "catalog_test_again").register();

    CatalogRegistration again = new LakehouseCatalog(lakehouse, "catalog_test_again").register();

    assertEquals(List.of(), again.added());
    assertEquals(List.of(), again.moved());
    assertEquals(List.of("alpha", "beta"), again.unchanged());
    assertEquals(2L, spark().sql("SELECT * FROM catalog_test_again.alpha").count());
  }

  @Test
  void followsAMovedLakehouseAndForgetsTablesThatLeftIt() throws IOException {
    Lakehouse before = lakehouseWithTwoTables(folder.resolve("before"));
    new LakehouseCatalog(before, "catalog_test_moved").register();
    Path after = folder.resolve("after");
    Folders.copy(folder.resolve("before"), after);
    deleteTree(after.resolve("beta"));
    Lakehouse moved = new Lakehouse(spark(), after.toString());
    spark().createDataFrame(List.of(RowFactory.create("新的局", 7L)), SCHEMA)
        .write().format("delta").mode("append").save(moved.root() + "/alpha");

    CatalogRegistration registration = new LakehouseCatalog(moved, "catalog_test_moved").register();

    assertEquals(List.of("alpha"), registration.moved());
    assertEquals(List.of("beta"), registration.removed());
    assertEquals(3L, spark().sql("SELECT * FROM catalog_test_moved.alpha").count());
    assertEquals(List.of("alpha"), spark().sql("SHOW TABLES IN catalog_test_moved").select("tableName")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertTrue(Files.isDirectory(folder.resolve("before/beta/_delta_log")), "removing a registration kept the data");
  }

  private String tableComment(String table) {
    return spark().sql("DESCRIBE TABLE EXTENDED " + table).collectAsList().stream()
        .filter(row -> "Comment".equals(row.getString(0))).map(row -> row.getString(1)).findFirst().orElse(null);
  }

  private static Lakehouse lakehouseWithTwoTables(Path root) {
    Lakehouse lakehouse = new Lakehouse(spark(), root.toString());
    for (String name : List.of("alpha", "beta")) {
      lakehouse.createTableIfMissing(new TableDefinition(name, "Table " + name + " for the test", SCHEMA, List.of()));
    }
    spark().createDataFrame(List.of(RowFactory.create("阜阳市民政局", 3L), RowFactory.create("平江县民政局", 0L)), SCHEMA)
        .write().format("delta").mode("append").save(lakehouse.root() + "/alpha");
    return lakehouse;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
