package io.github.opendisclosure.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one line of a spreadsheet saved as CSV, whichever table reader asks. Written out here
 * because Commons CSV's parser (1.12, whose printer the assessment uses) needs Commons IO 2.17, newer
 * than the 2.16.1 that Spark 3.5 brings onto the class path.
 */
public final class CsvCells {

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
}
