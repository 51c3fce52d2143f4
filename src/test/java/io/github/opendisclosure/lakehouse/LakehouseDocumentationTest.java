package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The README documents every column of every table, so the documentation cannot fall behind the schemas. */
class LakehouseDocumentationTest {

  @Test
  void theReadmeNamesEveryColumnOfEveryTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> undocumented = new ArrayList<>();
    for (LakehouseTable table : LakehouseTable.values()) {
      if (!readme.contains("### `" + table.tableName() + "`")) {
        undocumented.add(table.tableName());
      }
      for (StructField field : table.schema().fields()) {
        if (!readme.contains("`" + field.name() + "`")) {
          undocumented.add(table.tableName() + "." + field.name());
        }
      }
    }
    assertEquals(List.of(), undocumented, "tables and columns missing from README.md");
  }
}
