package io.github.opendisclosure.extract.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table region read as a stream of cells, whatever its layout: HTML rows joined by " | ",
 * pipe- or tab-separated text, one cell a line, or PDF text with cells separated by spaces and
 * labels broken across lines. A cell is a number or a piece of label text.
 */
final class TableTokens {

  /** One cell: {@code number} is set for a standalone number, {@code text} always holds the cell. */
  record Token(String text, BigDecimal number, int line) {
    boolean isNumber() {
      return number != null;
    }
  }

  private static final Pattern CELL_SEPARATOR = Pattern.compile("[|\\t ]+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");

  private TableTokens() {}

  /** The cells of lines {@code from} (inclusive) to {@code to} (exclusive). */
  static List<Token> of(List<String> lines, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    for (int i = from; i < to; i++) {
      for (String cell : CELL_SEPARATOR.split(lines.get(i))) {
        if (cell.isEmpty()) {
          continue;
        }
        BigDecimal number = mayBeNumber(cell) && NUMBER.matcher(cell).matches() ? new BigDecimal(cell.replace(",", "")) : null;
        tokens.add(new Token(cell, number, i));
      }
    }
    return tokens;
  }

  /** A number starts with a digit or a minus sign; label cells, most of them, skip the pattern. */
  private static boolean mayBeNumber(String cell) {
    char first = cell.charAt(0);
    return (first >= '0' && first <= '9') || first == '-';
  }

  /** The first line at or after {@code from} that contains {@code pattern}, or -1. */
  static int findLine(List<String> lines, Pattern pattern, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }
}
