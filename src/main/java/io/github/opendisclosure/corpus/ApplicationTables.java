package io.github.opendisclosure.corpus;

import io.github.opendisclosure.corpus.ApplicationTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Prints an office's figures as the application table of the 2019 or 2021 template. */
final class ApplicationTables {

  private static final double[] ORGANISATION_WEIGHTS = {5, 1, 0.5, 2, 1.5};

  private ApplicationTables() {}

  /**
   * The table; {@code totalOffBy} adds that many to (七)总计 (a total that does not add up), and
   * {@code cutAfterRow} &gt;= 0 ends the table after that row (a table cut off).
   */
  static ApplicationTable of(String template, YearFigures figures, long totalOffBy, int cutAfterRow,
      SplittableRandom random) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("", "一、本年新收政府信息公开申请数量", "requests_received", withTotal(figures.received())));
    rows.add(new Row("", "二、上年结转政府信息公开申请数量", "requests_carried_over",
        columns(figures.carried(), random)));
    long[] outcomes = figures.outcomes();
    rows.add(new Row("", "（一）予以公开", "granted", columns(outcomes[YearFigures.GRANTED], random)));
    rows.add(new Row("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_granted",
        columns(outcomes[YearFigures.PARTIAL], random)));
    addGroup(rows, "（三）不予公开", ApplicationTable.DENIED, outcomes, YearFigures.DENIED_FROM, random);
    addGroup(rows, "（四）无法提供", ApplicationTable.UNABLE, outcomes, YearFigures.UNABLE_FROM, random);
    addGroup(rows, "（五）不予处理", ApplicationTable.NOT_PROCESSED, outcomes, YearFigures.NOT_PROCESSED_FROM, random);
    if (template.equals("2021")) {
      addGroup(rows, "（六）其他处理", ApplicationTable.OTHER_2021, outcomes, YearFigures.OTHER_FROM, random);
    } else {
      rows.add(new Row("", "（六）其他处理", "other_handled",
          columns(figures.outcomes(YearFigures.OTHER_FROM, YearFigures.OUTCOMES), random)));
    }
    long[] total = new long[7];
    for (Row row : rows.subList(2, rows.size())) {
      for (int column = 0; column < 7; column++) {
        total[column] += row.cells()[column];
      }
    }
    total[0] += totalOffBy; // the column still adds up to its own 总计, as in the real cases
    total[6] += totalOffBy;
    rows.add(new Row("", "（七）总计", "total_handled", total));
    rows.add(new Row("", "四、结转下年度继续办理", "carried_to_next_year", columns(figures.nextYear(), random)));
    boolean cut = cutAfterRow >= 0 && cutAfterRow < rows.size() - 1;
    return new ApplicationTable(template, cut ? rows.subList(0, cutAfterRow + 1) : rows, cut);
  }

  private static void addGroup(List<Row> rows, String group, String[][] reasons, long[] outcomes, int from,
      SplittableRandom random) {
    for (int i = 0; i < reasons.length; i++) {
      rows.add(new Row(group, reasons[i][0], reasons[i][1], columns(outcomes[from + i], random)));
    }
  }

  /** A row's seven cells: mostly natural persons, the rest spread over the organisations, then the 总计. */
  private static long[] columns(long total, SplittableRandom random) {
    long natural = Math.round(total * (0.75 + 0.25 * random.nextDouble()));
    long[] organisations = FigureDistributions.split(total - natural, ORGANISATION_WEIGHTS, random);
    long[] cells = new long[7];
    cells[0] = natural;
    System.arraycopy(organisations, 0, cells, 1, 5);
    cells[6] = total;
    return cells;
  }

  private static long[] withTotal(long[] sixColumns) {
    long[] cells = new long[7];
    System.arraycopy(sixColumns, 0, cells, 0, 6);
    cells[6] = YearFigures.sum(sixColumns, 0, 6);
    return cells;
  }
}
