package io.github.opendisclosure.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/** The scores and the deductions as CSV files, the form evaluators circulate ({@link SpreadsheetCsv}). */
public final class AssessmentCsv {

  private AssessmentCsv() {}

  /** Writes the rows as they come, holding one at a time. */
  public static void write(Path file, List<ScoreSheetColumn> columns, Iterator<Row> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<Object> cells = new ArrayList<>(columns.size());
    try (SpreadsheetCsv.Printer printer = SpreadsheetCsv.printer(Files.newOutputStream(file),
        columns.stream().map(ScoreSheetColumn::heading).toList())) {
      while (rows.hasNext()) {
        Row row = rows.next();
        cells.clear();
        columns.forEach(column -> cells.add(cell(column, row)));
        printer.print(cells);
      }
    }
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
