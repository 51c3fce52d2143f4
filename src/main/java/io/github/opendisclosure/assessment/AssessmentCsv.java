package io.github.opendisclosure.assessment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;

/** The scores and the deductions as CSV files, the form evaluators circulate ({@link SpreadsheetCsv}). */
public final class AssessmentCsv {

  private AssessmentCsv() {}

  public static void write(Path file, List<ScoreSheetColumn> columns, List<Row> rows) throws IOException {
    List<List<Object>> cells = rows.stream()
        .map(row -> columns.stream().map(column -> cell(column, row)).toList())
        .toList();
    SpreadsheetCsv.write(file, columns.stream().map(ScoreSheetColumn::heading).toList(), cells);
  }

  /** Text as text (neutralised), whole numbers as they are, points as a double written plainly. */
  private static Object cell(ScoreSheetColumn column, Row row) {
    Object value = column.value().apply(row);
    if (value == null) {
      return null;
    }
    return switch (column.kind()) {
      case TEXT -> value.toString();
      case WHOLE_NUMBER -> (Number) value;
      case POINTS -> ((Number) value).doubleValue();
    };
  }
}
