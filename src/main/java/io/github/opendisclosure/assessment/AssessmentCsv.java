package io.github.opendisclosure.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/**
 * The scores and the deductions as CSV files, the form evaluators circulate: UTF-8 with a byte-order
 * mark, since Excel reads a CSV without one in the system's code page and garbles the Chinese; RFC 4180
 * quoting by Commons CSV; text cells neutralised against formulas ({@link SpreadsheetText}). The same
 * rows give the same bytes.
 */
public final class AssessmentCsv {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private AssessmentCsv() {}

  public static void write(Path file, List<ScoreSheetColumn> columns, List<Row> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      CSVFormat format = CSVFormat.RFC4180.builder()
          .setHeader(columns.stream().map(ScoreSheetColumn::heading).toArray(String[]::new)).build();
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        for (Row row : rows) {
          printer.printRecord(columns.stream().map(column -> cell(column, row)).toList());
        }
      }
    }
  }

  private static Object cell(ScoreSheetColumn column, Row row) {
    Object value = column.value().apply(row);
    if (value == null) {
      return "";
    }
    return switch (column.kind()) {
      case TEXT -> SpreadsheetText.neutralised(value.toString());
      case WHOLE_NUMBER -> value.toString();
      case POINTS -> BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    };
  }
}
