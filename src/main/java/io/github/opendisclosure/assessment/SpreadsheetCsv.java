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

/**
 * A CSV file for people who open it in Excel: UTF-8 with a byte-order mark, since Excel reads a CSV
 * without one in the system's code page and garbles the Chinese; RFC 4180 quoting by Commons CSV; text
 * cells neutralised against formulas ({@link SpreadsheetText}); numbers written plainly (no exponent, no
 * trailing zeros). The same rows give the same bytes.
 */
public final class SpreadsheetCsv {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private SpreadsheetCsv() {}

  /** Writes the headings and the rows; a cell is text, a number, or null (an empty cell). */
  public static void write(Path file, List<String> headings, List<List<Object>> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headings.toArray(String[]::new)).build();
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        for (List<Object> row : rows) {
          printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
        }
      }
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return SpreadsheetText.neutralised(value.toString());
  }
}
