package io.github.opendisclosure.extract.pre2019;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.MetricUnit;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.SectionReader;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the pre-2019 政府信息公开情况统计表 (label | unit | value rows) into the report's metrics,
 * whether it arrived as a rendered HTML table, pipe-, tab- or space-separated text, or one cell a
 * line.
 *
 * <p>Rows are recognized by their label, not their position, so a missing unit column or a stray
 * cell does not shift values into the wrong metric. An empty value cell stays null; a total that
 * is the sum of template rows (予以公开, 无法提供, 其他处理) is only derived when every part is
 * stated; totals that disagree with their stated parts become {@link IssueCode#TOTAL_MISMATCH}.
 */
public final class Pre2019TableReader implements SectionReader {

  /** Fewer recognized rows than this are a coincidence in prose, not a table. */
  private static final int MINIMUM_ROWS = 2;
  /** Longer than any label with its numbering: longer text is prose, not a label's two halves. */
  private static final int MAX_WRAPPED_LABEL = 40;

  private static final Pattern TABLE_HEADING = Pattern.compile("政府信息公开.{0,8}统计表");
  private static final Pattern ATTACHED_FILE = Pattern.compile("\\.(?:xlsx?|docx?|pdf|wps|et)\\b");
  /** The words that end the heading of a column after the value columns (备注, 同比增减). */
  private static final List<String> REMARK_HEADINGS = List.of("备注", "增减");
  /** A figure in one table cell with its thousands spaced apart (1 234), not two figures (5 3, 0 123). */
  private static final Pattern SPACED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?: \\d{3})+");
  private static final Pattern YUAN_IN_LABEL = Pattern.compile("\\((万?元)\\)");
  /** The sections an HTML table may name once, in a cell over their rows (四、行政复议 | 维持具体行政行为数). */
  private static final Map<String, Pre2019Section> SECTION_NAMES =
      Map.of("行政复议", Pre2019Section.RECONSIDERATION, "行政诉讼", Pre2019Section.LITIGATION);

  /** Template totals that are sums of other rows. */
  private static final List<Map.Entry<ReportMetric, List<Pre2019Row>>> DERIVED_TOTALS = List.of(
      Map.entry(ReportMetric.GRANTED, List.of(Pre2019Row.GRANTED_ALREADY_PUBLIC, Pre2019Row.GRANTED_ON_REQUEST)),
      Map.entry(ReportMetric.UNABLE_TO_PROVIDE,
          List.of(Pre2019Row.UNABLE_NOT_THIS_AGENCY, Pre2019Row.UNABLE_DOES_NOT_EXIST)),
      Map.entry(ReportMetric.OTHER_HANDLED,
          List.of(Pre2019Row.OTHER_ASKED_TO_AMEND, Pre2019Row.OTHER_REFERRED_ELSEWHERE)));

  /** Stated totals whose stated parts must add up to them. */
  private static final List<Map.Entry<Pre2019Row, List<Pre2019Row>>> CHECKED_TOTALS = List.of(
      Map.entry(Pre2019Row.REQUESTS_RECEIVED, List.of(Pre2019Row.REQUESTS_IN_PERSON, Pre2019Row.REQUESTS_FAX,
          Pre2019Row.REQUESTS_ONLINE, Pre2019Row.REQUESTS_LETTER)),
      Map.entry(Pre2019Row.COMPLETED_TOTAL, List.of(Pre2019Row.COMPLETED_ON_TIME, Pre2019Row.COMPLETED_LATE)),
      Map.entry(Pre2019Row.STAFF_TOTAL, List.of(Pre2019Row.STAFF_FULL_TIME, Pre2019Row.STAFF_PART_TIME)),
      Map.entry(Pre2019Row.RECONSIDERATION_TOTAL, List.of(Pre2019Row.RECONSIDERATION_UPHELD,
          Pre2019Row.RECONSIDERATION_CORRECTED, Pre2019Row.RECONSIDERATION_OTHER)),
      Map.entry(Pre2019Row.LITIGATION_TOTAL, List.of(Pre2019Row.LITIGATION_UPHELD,
          Pre2019Row.LITIGATION_CORRECTED, Pre2019Row.LITIGATION_OTHER)));

  /**
   * The value cells of a row and which of them is read: one, or, when the header gives a column a
   * year, the latest year's, as a report compares its year with earlier ones and never a later one.
   */
  private record ValueColumns(int count, int read, boolean namedColumnAfter) {
    static final ValueColumns ONE = new ValueColumns(1, 0, false);
  }

  /**
   * One row as the table states it; {@code value} is null when its value cell is empty, or when
   * {@code unclear} says why: it has figures, but which column each is in cannot be told, or its value
   * cell holds something that is not a figure (x, *).
   */
  private record StatedRow(Pre2019Row row, StatedNumber value, String evidence, String unclear) {}

  private static final String YEAR_UNCLEAR = "has fewer figures than the 统计表 has year columns; which year"
      + " each is for is unclear, so none was read";
  private static final String UNREADABLE_VALUE = "has something other than a figure where its figure should be;"
      + " it was not read";
  private static final String SPLIT_FIGURES_UNCLEAR = "has more cells than the 统计表 has columns, as figures"
      + " split at their thousands separators (unquoted commas, spaces) come apart into; which cells are one figure"
      + " is unclear, so none was read";
  private static final String EXTRA_FIGURES_UNCLEAR = "has more figures than the 统计表 has value columns; which of"
      + " them is the value is unclear, so none was read";

  /**
   * The rows of a table its template names, and the evidence of the rows with a figure inside it
   * that no row of the template names (网上咨询数 | 件 | 7).
   */
  private record TableRows(List<StatedRow> rows, List<String> unmatched) {}

  @Override
  public boolean read(ReportText text, MetricReadings readings) {
    TableRows table = readRows(TableCells.of(text.lines()));
    List<StatedRow> rows = table.rows();
    if (rows.size() >= MINIMUM_ROWS) {
      table.unmatched().forEach(evidence -> readings.addIssue(IssueCode.UNRECOGNIZED_ROW,
          "the row \"" + evidence + "\" matches no row of the 统计表's template; it was not read"));
      record(rows, readings);
      return true;
    }
    Optional<String> emptyHeading = emptyTableHeading(text.lines());
    emptyHeading.ifPresent(heading -> readings.addIssue(IssueCode.EMPTY_TABLE,
        "the 统计表 \"" + abbreviate(heading) + "\" has no numbers in it"));
    return emptyHeading.isPresent();
  }

  private static TableRows readRows(List<String> cells) {
    ValueColumns columns = valueColumns(cells);
    // A row's figures beyond the value columns are the remark column's when the header names one after them.
    int figuresAllowed = columns.count() + (columns.namedColumnAfter() || hasRemarkColumn(cells) ? 1 : 0);
    List<StatedRow> rows = new ArrayList<>();
    // Rows no label names, kept once a later row of the template shows they are inside the table.
    List<String> unmatched = new ArrayList<>();
    List<String> unmatchedSinceLastRow = new ArrayList<>();
    Pre2019Section section = null;
    // Before the template's first row, rows are inside the table only after its title.
    boolean afterTitle = false;
    for (int i = 0; i < cells.size(); i++) {
      int labelEnd = i + 1;
      Optional<Pre2019Row> row = rowLabelled(cells.get(i), section);
      // A wrapped label is looked for only inside a table, after its first row: every line of a report is a cell.
      if (row.isEmpty() && section != null && isWrappedLabel(cells, i)) {
        row = rowLabelled(cells.get(i) + cells.get(i + 1), section);
        labelEnd++;
      }
      OptionalInt labelRest = row.isEmpty() && section != null ? labelRestAfterFigures(cells, i, columns)
          : OptionalInt.empty();
      if (labelRest.isPresent()) {
        row = rowLabelled(cells.get(i) + cells.get(labelRest.getAsInt()), section);
      }
      if (row.isEmpty()) {
        Optional<Pre2019Section> named = section != null ? sectionNamed(cells.get(i)) : Optional.empty();
        if (named.isPresent()) {
          section = named.get();
        } else if (section == null && isTableTitle(cells.get(i))) {
          afterTitle = true;
          unmatchedSinceLastRow.clear(); // the rows of an earlier table (or of prose) are not this table's
        } else if (section != null || afterTitle) {
          OptionalInt end = unmatchedRowEnd(cells, i);
          if (end.isPresent()) {
            unmatchedSinceLastRow.add(String.join(" | ", cells.subList(i, end.getAsInt())));
          }
        }
        continue;
      }
      unmatched.addAll(unmatchedSinceLastRow);
      unmatchedSinceLastRow.clear();
      // The unit and figures of a label wrapped after them end where the label's rest starts.
      int rowEnd = labelRest.orElse(cells.size());
      section = row.get().section();
      int next = unitPosition(cells, labelEnd);
      String unit = null;
      if (next < rowEnd && TableCells.isUnitCell(cells.get(next))) {
        unit = cells.get(next++);
      } else if (next + 1 < rowEnd && cells.get(next).isEmpty() && parseValue(cells.get(next + 1)).isPresent()) {
        next++; // an empty 单位 cell, the figure follows it
      }
      StatedNumber value = null;
      String unclear = null;
      String valueCell = "";
      if (next < rowEnd && rowLabelled(cells.get(next), section).isEmpty()) {
        int valuesEnd = valuesEnd(cells, next, Math.min(columns.count(), rowEnd - next), section);
        if (startsMarkedSplitFigures(cells, i)) {
          unclear = SPLIT_FIGURES_UNCLEAR;
          valuesEnd = next + cells.subList(next, cells.size()).indexOf(TableCells.ROW_END); // a CSV row ends its line
        } else if (hasFiguresBeyond(cells, next, figuresAllowed)) {
          unclear = EXTRA_FIGURES_UNCLEAR;
          valuesEnd = figuresEnd(cells, next);
        } else if (isYearUnclear(cells, next, valuesEnd, columns)) {
          unclear = YEAR_UNCLEAR;
        }
        valueCell = unclear == null && next + columns.read() < valuesEnd ? cells.get(next + columns.read()) : "";
        // A row whose unit is "/" is a heading of the rows below it, whatever its value cell holds.
        value = "/".equals(unit) ? null : parseValue(valueCell).orElse(null);
        if (value == null && !"/".equals(unit) && TableCells.isUnreadableValue(valueCell)) {
          unclear = UNREADABLE_VALUE;
        }
        next = valuesEnd;
      }
      if (value != null && row.get().metric().unit() == MetricUnit.YUAN) {
        value = value.times(yuanFactor(cells.get(i), unit, valueCell));
      }
      if (labelRest.isPresent()) {
        next = rowEnd + 1;
      }
      rows.add(new StatedRow(row.get(), value, evidence(cells.subList(i, next)), unclear));
      i = next - 1;
    }
    return new TableRows(rows, unmatched);
  }

  /** A cell that titles a 统计表 (政府信息公开情况统计表(2017年度)), not a sentence that mentions one. */
  private static boolean isTableTitle(String cell) {
    return cell.contains("统计表") && !cell.contains("。") && TABLE_HEADING.matcher(cell).find();
  }

  /** A row's cells as the report shows them, without the marks put between them. */
  private static String evidence(List<String> cells) {
    return cells.stream().filter(cell -> !TableCells.isMark(cell)).collect(Collectors.joining(" | "));
  }

  /**
   * The end of a row at {@code label} that no row of the template names: a text cell, a unit and
   * a figure, or a text cell and a figure. Empty when the cell does not start such a row.
   */
  private static OptionalInt unmatchedRowEnd(List<String> cells, int label) {
    if (!isLabelText(cells.get(label)) || TableCells.isYearColumn(cells.get(label))) {
      return OptionalInt.empty();
    }
    int value = label + 1;
    // A unit of / marks a heading over the rows below it, whatever its value cell holds.
    if (value < cells.size() && TableCells.UNITS.contains(cells.get(value))) {
      value++;
    }
    boolean figure = value < cells.size() && !TableCells.isYearColumn(cells.get(value))
        && (TableCells.isNumber(TableCells.withoutUnit(cells.get(value))) || cells.get(value).equals(TableCells.NONE));
    return figure ? OptionalInt.of(value + 1) : OptionalInt.empty();
  }

  /** Whether the CSV line of the row labelled at {@code label} starts with the mark, or the mark and a 序号. */
  private static boolean startsMarkedSplitFigures(List<String> cells, int label) {
    for (int cell = label - 1; cell >= Math.max(0, label - 2) && !cells.get(cell).equals(TableCells.ROW_END); cell--) {
      if (cells.get(cell).equals(TableCells.SPLIT_FIGURES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line of a row's figures from {@code start} has a figure beyond the {@code allowed} columns:
   * they end its line (a PDF line with several figures, an HTML, tab- or comma-separated row), or a remark's
   * text does.
   */
  private static boolean hasFiguresBeyond(List<String> cells, int start, int allowed) {
    int end = figuresEnd(cells, start);
    return end - start > allowed && (endsLine(cells, end) || endsLine(cells, end + 1))
        && cells.subList(start + allowed, end).stream().anyMatch(cell -> parseValue(cell).isPresent());
  }

  private static boolean endsLine(List<String> cells, int cell) {
    return cell < cells.size() && (cells.get(cell).equals(TableCells.SEVERAL_FIGURES)
        || cells.get(cell).equals(TableCells.ROW_END));
  }

  /** The end of the figures (and marks that state nothing) side by side from {@code start}. */
  private static int figuresEnd(List<String> cells, int start) {
    int end = start;
    while (end < cells.size() && !cells.get(end).isEmpty() && (parseValue(cells.get(end)).isPresent()
        || TableCells.EMPTY_VALUE_MARKS.indexOf(cells.get(end).charAt(0)) >= 0)) {
      end++;
    }
    return end;
  }

  /**
   * Whether the table's header names a column after its value columns (统计数 | 备注, 2017年 | 同比增减, or PDF
   * text's 统计指标 单位 统计数 备注, whose header is one cell): a cell that ends in such a heading, not a sentence.
   */
  private static boolean hasRemarkColumn(List<String> cells) {
    for (String cell : cells) {
      if (REMARK_HEADINGS.stream().anyMatch(cell::endsWith) && !cell.contains("。")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row of a table with a column per year has figures in fewer cells than it has years,
   * on a line that did not keep its empty cells (PDF text separates cells by spaces): 传真申请数 件 3
   * under 2016年 2017年 may state either year's figure.
   */
  private static boolean isYearUnclear(List<String> cells, int start, int end, ValueColumns columns) {
    boolean fewerCells = end - start < columns.count();
    boolean endsItsLine = end < cells.size() && cells.get(end).equals(TableCells.ROW_END);
    return fewerCells && !endsItsLine
        && cells.subList(start, end).stream().anyMatch(cell -> parseValue(cell).isPresent());
  }

  /**
   * Whether a cell and the next may be one label PDF text wrapped over two lines without leaving a
   * bracket open (政府信息公开工作专门 / 机构数 个 1): two short text cells.
   */
  private static boolean isWrappedLabel(List<String> cells, int first) {
    if (first + 1 >= cells.size()) {
      return false;
    }
    String start = cells.get(first);
    String rest = cells.get(first + 1);
    return isLabelText(start) && isLabelText(rest) && start.length() + rest.length() <= MAX_WRAPPED_LABEL;
  }

  /**
   * Where the rest of a label is when PDF text wrapped it onto the next line and printed the unit and
   * figures beside its first line ((一)召开政府信息公开工作会议或专 次 4 / 题会议数): after a unit and a
   * figure per value column, a short text cell.
   */
  private static OptionalInt labelRestAfterFigures(List<String> cells, int first, ValueColumns columns) {
    if (!isLabelText(cells.get(first))) {
      return OptionalInt.empty();
    }
    int rest = first + 1;
    while (rest < cells.size() && rest <= first + 1 + columns.count() && isUnitOrFigure(cells.get(rest))) {
      rest++;
    }
    if (rest < cells.size() && cells.get(rest).equals(TableCells.SEVERAL_FIGURES)) {
      rest++;
    }
    boolean wrapped = rest > first + 1 && rest < cells.size() && isLabelText(cells.get(rest))
        && cells.get(first).length() + cells.get(rest).length() <= MAX_WRAPPED_LABEL;
    return wrapped ? OptionalInt.of(rest) : OptionalInt.empty();
  }

  private static boolean isUnitOrFigure(String cell) {
    return TableCells.isUnitCell(cell) || parseValue(cell).isPresent();
  }

  private static boolean isLabelText(String cell) {
    return !cell.isEmpty() && !TableCells.isMark(cell)
        && !TableCells.isNumber(cell) && !TableCells.isUnitCell(cell);
  }

  /**
   * Where a row's unit cell is: after the empty cells a label merged over two columns leaves in a
   * spreadsheet's export (主动公开政府信息数 |  | 条 | 412), else right after the label.
   */
  private static int unitPosition(List<String> cells, int afterLabel) {
    int cell = afterLabel;
    while (cell < cells.size() && cells.get(cell).isEmpty()) {
      cell++;
    }
    return cell < cells.size() && TableCells.isUnitCell(cells.get(cell)) ? cell : afterLabel;
  }

  /** The value columns the header names: two or more year cells side by side, else one column. */
  private static ValueColumns valueColumns(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      int count = 0;
      while (i + count < cells.size() && TableCells.isYearColumn(cells.get(i + count))) {
        count++;
      }
      if (count >= 2) {
        List<String> years = cells.subList(i, i + count).stream().map(cell -> cell.replace(" ", "")).toList();
        int latest = 0;
        for (int column = 1; column < count; column++) {
          if (yearRank(years.get(column)) > yearRank(years.get(latest))) {
            latest = column;
          }
        }
        return new ValueColumns(count, latest, isNamedColumn(cells, i + count));
      }
    }
    return ValueColumns.ONE;
  }

  /** Whether the header cell after the year columns names another column (2016年 | 2017年 | 增幅). */
  private static boolean isNamedColumn(List<String> cells, int cell) {
    return cell < cells.size() && isLabelText(cells.get(cell));
  }

  /** Orders year headers: 上年, 上期 and 去年 before any year, 本年, 今年, 本期 and 统计数 after every year. */
  private static int yearRank(String header) {
    return header.startsWith("上") || header.startsWith("去") ? Integer.MIN_VALUE
        : Character.isDigit(header.charAt(0)) ? Integer.parseInt(header.substring(0, 4))
        : Integer.MAX_VALUE;
  }

  /**
   * The end of a row's value cells: up to {@code count} cells from {@code start}, stopping at the
   * next label or the end of the row's line.
   */
  private static int valuesEnd(List<String> cells, int start, int count, Pre2019Section section) {
    int end = start;
    while (end < start + count && end < cells.size() && !TableCells.isMark(cells.get(end))
        && rowLabelled(cells.get(end), section).isEmpty()) {
      end++;
    }
    return end;
  }

  /** The section a cell names on its own, which the rows after it belong to. */
  private static Optional<Pre2019Section> sectionNamed(String cell) {
    // Every cell of the table is looked at; only one with 行政 in it can name 行政复议 or 行政诉讼.
    return cell.contains("行政") ? Optional.ofNullable(SECTION_NAMES.get(RowLabels.normalize(cell))) : Optional.empty();
  }

  /**
   * The row a cell labels. Labels repeated under 行政复议 and 行政诉讼 (被依法纠错数, 其他情形数) are
   * told apart by the section of the row before them.
   */
  private static Optional<Pre2019Row> rowLabelled(String cell, Pre2019Section section) {
    if (cell.isEmpty() || TableCells.isNumber(cell)) {
      return Optional.empty();
    }
    String label = RowLabels.normalize(cell);
    List<Pre2019Row> candidates = Pre2019Row.labelled(label);
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    return candidates.stream().filter(row -> row.section() == section).findFirst();
  }

  private static Optional<StatedNumber> parseValue(String cell) {
    String value = cell.strip();
    if (value.isEmpty() || TableCells.EMPTY_VALUE_MARKS.contains(value.substring(0, 1))) {
      return Optional.empty();
    }
    if (value.equals(TableCells.NONE)) {
      return Optional.of(StatedNumber.exact(0));
    }
    String figure = TableCells.withoutUnit(value);
    // One cell holds one value (PDF text splits its cells at spaces): a space between digit groups separates thousands.
    if (figure.indexOf(' ') > 0 && SPACED_THOUSANDS.matcher(figure).matches()) {
      figure = figure.replace(" ", "");
    }
    return ChineseNumbers.parse(figure);
  }

  /**
   * Money rows are in 万元 in the template; a figure written with its unit (150元), or a table that
   * says 元, is taken at its word.
   */
  private static long yuanFactor(String label, String unit, String valueCell) {
    String written = TableCells.unitWrittenIn(valueCell);
    var inLabel = YUAN_IN_LABEL.matcher(label.replaceAll("\\s+", ""));
    String stated = written.endsWith("元") ? written
        : unit != null && unit.endsWith("元") ? unit : inLabel.find() ? inLabel.group(1) : "万元";
    return stated.equals("元") ? 1 : 10_000;
  }

  private static void record(List<StatedRow> rows, MetricReadings readings) {
    Map<Pre2019Row, StatedRow> stated = new EnumMap<>(Pre2019Row.class);
    for (StatedRow row : rows) {
      if (row.unclear() != null) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW,
            row.row().metric().key() + ": \"" + row.evidence() + "\" " + row.unclear());
      }
      if (row.value() == null) {
        continue;
      }
      stated.putIfAbsent(row.row(), row);
      readings.put(row.row().metric(), row.value().value(), row.evidence());
      if (row.value().approximate()) {
        readings.addIssue(IssueCode.APPROXIMATE_VALUE, row.row().metric().key()
            + ": the 统计表 states an approximate figure in \"" + row.evidence() + "\"");
      }
    }
    for (var derived : DERIVED_TOTALS) {
      List<Pre2019Row> parts = derived.getValue();
      if (stated.keySet().containsAll(parts)) {
        readings.put(derived.getKey(), sum(stated, parts), parts.stream()
            .map(part -> stated.get(part).evidence()).collect(Collectors.joining("; ")));
      }
    }
    for (var checked : CHECKED_TOTALS) {
      checkTotal(stated, checked.getKey(), checked.getValue(), readings);
    }
    if (stated.isEmpty()) {
      readings.addIssue(IssueCode.EMPTY_TABLE, "the 统计表's rows have no numbers in them");
    }
    // An empty value cell in the last row looks the same as a row cut off, so only a table that
    // never reaches its last section counts as stopped early.
    StatedRow last = rows.get(rows.size() - 1);
    if (rows.stream().noneMatch(row -> row.row().section() == Pre2019Section.MEETINGS_AND_TRAINING)) {
      readings.addIssue(IssueCode.TABLE_TRUNCATED,
          "the 统计表 stops after \"" + abbreviate(last.evidence()) + "\", before its 会议和培训 rows");
    }
  }

  private static void checkTotal(Map<Pre2019Row, StatedRow> stated, Pre2019Row total, List<Pre2019Row> parts,
      MetricReadings readings) {
    if (!stated.containsKey(total) || !stated.keySet().containsAll(parts)) {
      return;
    }
    BigDecimal sum = sum(stated, parts);
    BigDecimal totalValue = stated.get(total).value().value();
    if (totalValue.compareTo(sum) != 0) {
      readings.addIssue(IssueCode.TOTAL_MISMATCH, String.format("%s is %s but %s add up to %s",
          total.metric().key(), totalValue.toPlainString(),
          parts.stream().map(part -> part.metric().key()).collect(Collectors.joining(" + ")),
          sum.toPlainString()));
    }
  }

  private static BigDecimal sum(Map<Pre2019Row, StatedRow> stated, List<Pre2019Row> parts) {
    return parts.stream().map(part -> stated.get(part).value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * A 统计表 heading whose table holds no figure at all (the table was an attachment that did not
   * come along, or its cells are blank): the heading line and the table lines right after it.
   */
  private static Optional<String> emptyTableHeading(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!TABLE_HEADING.matcher(line).find() || line.contains("。") || ATTACHED_FILE.matcher(line).find()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && TableCells.isTableLine(lines.get(end))) {
        end++;
      }
      boolean tableShaped = TableCells.isTableLine(line) || end > i + 1;
      if (tableShaped && TableCells.of(lines.subList(i, end)).stream().noneMatch(TableCells::isNumber)) {
        return Optional.of(line.split("\\|")[0].strip());
      }
    }
    return Optional.empty();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
