package io.github.opendisclosure.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The cells of one line of a spreadsheet saved as CSV, whichever table reader asks. Written out here
 * because Commons CSV's parser (1.12, whose printer the assessment uses) needs Commons IO 2.17, newer
 * than the 2.16.1 that Spark 3.5 brings onto the class path.
 */
public final class CsvCells {

  /** A figure split at its thousands separator (CSV's unquoted comma, PDF text's space): its lead, and each group after. */
  private static final Pattern THOUSANDS_LEAD = Pattern.compile("\\d{1,3}");
  private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d{3}");

  private CsvCells() {}

  /**
   * The line's cells split at its commas, a quoted cell keeping its own ("1,234"), each stripped; a
   * blank cell is an empty string. The caller tells a CSV row from prose, which has commas too.
   */
  public static List<String> of(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append(c); // "" in a quoted cell is a quote
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /**
   * Where, from cell {@code from} on, a cell of one to three digits is followed by one of three (as
   * {@code figure} reads it, without a unit the table may write after it): a figure split at its
   * thousands separator (1 | 234).
   */
  public static List<Integer> thousandsPairs(List<String> cells, int from, UnaryOperator<String> figure) {
    List<Integer> pairs = new ArrayList<>();
    for (int cell = from; cell + 1 < cells.size(); cell++) {
      if (THOUSANDS_LEAD.matcher(cells.get(cell)).matches()
          && THOUSANDS_GROUP.matcher(figure.apply(cells.get(cell + 1))).matches()) {
        pairs.add(cell);
      }
    }
    return pairs;
  }

  /**
   * Whether the pairs prove a row's {@code extraCells} cells beyond its table's columns to be figures
   * split at their thousands separators: one pair for each extra cell, and no two sharing a cell
   * (1 | 234 | 567 does not say which cells are one figure).
   */
  public static boolean proveSplits(List<Integer> pairs, int extraCells) {
    if (pairs.size() != extraCells) {
      return false;
    }
    for (int pair = 1; pair < pairs.size(); pair++) {
      if (pairs.get(pair) == pairs.get(pair - 1) + 1) {
        return false;
      }
    }
    return true;
  }
}
