package io.github.opendisclosure.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a report's tables reach the page: an HTML page with merged cells, text copied out of a web page
 * or spreadsheet (pipe- or tab-separated, framed, one cell a line, the old 统计表 viewer's "cell |"
 * lines), or plain text without tables for prose-only reports.
 */
enum ReportLayout {
  HTML, PIPE, FRAMED, TAB, CELLS, BARS, TEXT;

  boolean isHtml() {
    return this == HTML;
  }

  /** The lines a table takes in this layout; full-width digits in number cells when asked. */
  List<String> tableLines(List<List<TableCell>> grid, boolean fullWidthDigits) {
    List<String> lines = new ArrayList<>();
    switch (this) {
      case HTML -> {
        lines.add("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">");
        lines.add("<tbody>");
        for (List<TableCell> row : grid) {
          StringBuilder line = new StringBuilder("<tr>");
          for (TableCell cell : row) {
            line.append("<td").append(cell.rowspan() > 1 ? " rowspan=\"" + cell.rowspan() + "\"" : "")
                .append(cell.colspan() > 1 ? " colspan=\"" + cell.colspan() + "\"" : "")
                .append(" valign=\"center\"><p style=\"text-align:center;\"><span style=\"font-size:14px;\">");
            String text = text(cell, fullWidthDigits);
            line.append(text.isEmpty() ? "&nbsp;" : HtmlText.escape(text)).append("</span></p></td>");
          }
          lines.add(line.append("</tr>").toString());
        }
        lines.add("</tbody>");
        lines.add("</table>");
      }
      case PIPE, FRAMED -> {
        for (List<TableCell> row : grid) {
          String line = String.join(" | ", row.stream().map(cell -> text(cell, fullWidthDigits)).toList());
          lines.add(this == FRAMED ? "| " + line + " |" : line);
        }
      }
      case TAB -> expand(grid, fullWidthDigits).forEach(row -> lines.add(String.join("\t", row)));
      case CELLS -> grid.forEach(row -> row.stream().map(cell -> text(cell, fullWidthDigits))
          .filter(text -> !text.isEmpty()).forEach(lines::add));
      case BARS -> grid.forEach(row -> row.forEach(cell -> {
        String text = text(cell, fullWidthDigits);
        lines.add(text.isEmpty() ? "|" : text + " |");
      }));
      case TEXT -> throw new IllegalStateException("a prose-only report prints no table");
    }
    return lines;
  }

  private static String text(TableCell cell, boolean fullWidthDigits) {
    return cell.numeric() && fullWidthDigits ? NumberStyle.fullWidth(cell.text()) : cell.text();
  }

  /** The full matrix of a grid, merged areas as empty cells, the way a spreadsheet export has them. */
  private static List<List<String>> expand(List<List<TableCell>> grid, boolean fullWidthDigits) {
    Set<Long> occupied = new HashSet<>();
    List<List<String>> matrix = new ArrayList<>();
    for (int r = 0; r < grid.size(); r++) {
      List<String> line = new ArrayList<>();
      int column = 0;
      for (TableCell cell : grid.get(r)) {
        while (occupied.contains(position(r, column))) {
          line.add("");
          column++;
        }
        line.add(text(cell, fullWidthDigits));
        for (int dr = 0; dr < cell.rowspan(); dr++) {
          for (int dc = 0; dc < cell.colspan(); dc++) {
            occupied.add(position(r + dr, column + dc));
          }
        }
        column++;
      }
      while (occupied.contains(position(r, column))) {
        line.add("");
        column++;
      }
      matrix.add(line);
    }
    return matrix;
  }

  private static long position(int row, int column) {
    return ((long) row << 32) | column;
  }
}
