package io.github.opendisclosure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The README documents every assessment table and column, and every heading of the exported sheets. */
class AssessmentDocumentationTest {

  @Test
  void theReadmeNamesEveryTableColumnAndSheetHeading() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> undocumented = new ArrayList<>();
    for (AssessmentTable table : AssessmentTable.values()) {
      if (!readme.contains("### `" + table.tableName() + "`")) {
        undocumented.add(table.tableName());
      }
      for (StructField field : table.schema().fields()) {
        if (!readme.contains("`" + field.name() + "`")) {
          undocumented.add(table.tableName() + "." + field.name());
        }
      }
    }
    List<ScoreSheetColumn> columns = new ArrayList<>(ScoreSheetColumn.deductions());
    columns.addAll(ScoreSheetColumn.scores(RubricFileTest.testRubric()));
    columns.stream().map(ScoreSheetColumn::heading).filter(heading -> !heading.contains("("))
        .filter(heading -> !readme.contains(heading)).forEach(heading -> undocumented.add("sheet heading " + heading));
    assertEquals(List.of(), undocumented, "missing from README.md");
  }
}
