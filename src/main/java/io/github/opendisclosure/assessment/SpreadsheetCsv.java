package io.github.opendisclosure.assessment;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /** A printer of the headings, then of rows a row at a time, onto {@code out} (which it closes). */
  public static Printer printer(OutputStream out, List<String> headings) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      writer.write(BYTE_ORDER_MARK);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headings.toArray(String[]::new)).build();
      return new Printer(new CSVPrinter(writer, format));
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Prints rows of cells (text, a number, or null) after the headings; closing it closes the file. */
  public static final class Printer implements Closeable {

    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>();

    private Printer(CSVPrinter printer) {
      this.printer = printer;
    }

    public void print(List<?> row) throws IOException {
      cells.clear();
      for (Object value : row) {
        cells.add(cell(value));
      }
      printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
      printer.close();
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
