package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.national.TableTokens.Token;
import io.github.opendisclosure.extract.national.TableTokens.ValueRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads 三、收到和处理政府信息公开申请情况 of the 2019 and 2021 templates. Numbers (and empty values,
 * which keep their columns; a row left blank is seven of them) come in groups of seven (自然人, five
 * kinds of 法人或其他组织, 总计) or one (offices that publish only 总计); each group belongs to the
 * next row of the template whose words appear in the label text gathered since the previous group,
 * which holds however the label was wrapped, split or merged.
 */
final class ApplicationTableReader {

  static final int APPLICANT_COLUMNS = 7;
  /** 自然人, the five 法人或其他组织 columns merged into one, and 总计. */
  private static final int MERGED_LEGAL_PERSON_COLUMNS = 3;
  private static final Pattern TABLE_START = Pattern.compile("本年新收");
  private static final Pattern TABLE_HEADING = Pattern.compile("收到和处理|申请人情况");
  /** The column headings above the first row span a dozen lines in PDF text. */
  private static final int HEADING_LINES = 15;
  private static final String TOTAL_COLUMN = "总计";
  private static final Pattern PROSE_OR_FIGURES = Pattern.compile("[0-9。]");
  /** Column headings that are no row's label. */
  private static final List<String> COLUMN_HEADINGS = List.of("申请人情况", "自然人", "法人或其他组织");
  /** Column headings that a row's label may be too, as one cell: (七)总计 and 3.其他 split at their marker. */
  private static final Set<String> AMBIGUOUS_COLUMN_HEADINGS = Set.of("总计", "其他");
  private static final String NATURAL_PERSON_COLUMN = "自然人";
  private static final int LEGAL_PERSON_KINDS = 5;
  /** The headings of the five 法人或其他组织 columns but 其他, which other headings say too. */
  private static final List<String> LEGAL_PERSON_KIND_HEADINGS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构");
  private static final Pattern TABLE_END = Pattern.compile("行政复议|五、|存在的主要问题");
  private static final Pattern ROW_MARKER = Pattern.compile("[一二三四五六七八九十]、|\\([一二三四五六七八九十]\\)|\\d[.、]");
  /** How far before a row's words its list marker may stand (4.无正当理由大量反复申请). */
  private static final int OWN_LABEL_LOOKBACK = 12;
  /** How far apart the words of one label may stand (确认或重新出具已获取信息). */
  private static final int LABEL_WORDS_GAP = 12;
  private static final Pattern NOT_LABEL_TEXT = Pattern.compile("\\s");
  /** The metric of each applicant column of 本年新收 but 总计, in the template's order. */
  private static final List<ReportMetric> RECEIVED_COLUMNS = List.of(ReportMetric.REQUESTS_NATURAL_PERSON,
      ReportMetric.REQUESTS_COMMERCIAL_ENTERPRISE, ReportMetric.REQUESTS_RESEARCH_INSTITUTION,
      ReportMetric.REQUESTS_SOCIAL_WELFARE_ORGANIZATION, ReportMetric.REQUESTS_LEGAL_SERVICE_ORGANIZATION,
      ReportMetric.REQUESTS_OTHER_ORGANIZATION);

  /** Reads the table into {@code readings}; returns whether it was found. */
  boolean read(List<String> lines, MetricReadings readings) {
    int start = TableTokens.findLine(lines, TABLE_START, 0);
    if (start < 0) {
      return false;
    }
    int headerStart = tableHeading(lines, start);
    int end = TableTokens.findLine(lines, TABLE_END, start + 1);
    List<Token> tokens = TableTokens.of(lines, headerStart, end < 0 ? lines.size() : end);
    String headings = columnHeadings(lines.subList(headerStart, start));
    boolean totalFirst = totalColumnFirst(headings);
    boolean withoutTotalColumn = namesLegalPersonKinds(lines.subList(headerStart, start)) && namesNoTotalColumn(headings);

    Map<ApplicationTableRow, List<BigDecimal>> rows = new EnumMap<>(ApplicationTableRow.class);
    Map<ApplicationTableRow, String> evidence = new EnumMap<>(ApplicationTableRow.class);
    // Rows whose labels are there without a value after them, and of those the ones with cells that
    // could not be read (十余, x) beside their label.
    Set<ApplicationTableRow> unread = EnumSet.noneOf(ApplicationTableRow.class);
    Map<ApplicationTableRow, String> unreadCells = new EnumMap<>(ApplicationTableRow.class);
    StringBuilder label = new StringBuilder();
    int labelFrom = 0;
    int next = 0;
    boolean totalsUnstated = false;
    ApplicationTableRow[] template = ApplicationTableRow.values();
    for (int i = 0; i < tokens.size(); ) {
      if (!tokens.get(i).isValue()) {
        if (!isColumnHeading(tokens.get(i).text(), label)) {
          label.append(NOT_LABEL_TEXT.matcher(tokens.get(i).text()).replaceAll(""));
        }
        i++;
        continue;
      }
      ValueRun run = TableTokens.rowValuesFrom(tokens, i).within(APPLICANT_COLUMNS).upTo(APPLICANT_COLUMNS);
      int firstValue = run.end() - run.numbers().size();
      int pageNumber = TableTokens.pageNumberIn(tokens, run, APPLICANT_COLUMNS);
      ValueRun values = TableTokens.withThousandsJoined(lines, tokens, withRestAfterRepeatedHeadings(template, tokens,
          pageNumber < 0 ? run : run.without(pageNumber - firstValue)), APPLICANT_COLUMNS);
      boolean mergedCell = mergedLegalPersons(lines, tokens, values);
      List<BigDecimal> group = totalFirst && (values.numbers().size() == APPLICANT_COLUMNS || mergedCell)
          ? totalLast(values.numbers()) : values.numbers();
      if (withoutTotalColumn && group.size() == APPLICANT_COLUMNS - 1) {
        group = new ArrayList<>(group);
        group.add(null); // the 总计 the table does not state
        totalsUnstated = true;
      }
      boolean mergedOverBlanks = mergedOverBlankCells(lines, tokens, values, totalFirst);
      if (mergedOverBlanks) {
        group = Arrays.asList(group.get(0), group.get(1), group.get(APPLICANT_COLUMNS - 1));
      }
      i = values.end();
      if (values.blank() && (group.size() != APPLICANT_COLUMNS || rowNamedBy(template, next, label.toString()) < 0)) {
        // Blank cells that fill no row, or fill one after no row's label (a header's empty corner, a
        // sheet's empty row under the headings), state nothing; the label goes on.
        continue;
      }
      int rowEnd = group.size() == 1 ? cutRowEnd(template, tokens, i) : -1;
      if (rowEnd >= 0) {
        // A lone number with more values after it on its line, or after cells that fill its row, is
        // no row's 总计 but its first column, cut off by a cell that could not be read (1288 件 21 件, 3 十余 0).
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "application table: the row \"" + label + " "
            + TableTokens.texts(tokens, i - 1, rowEnd) + "\" has a cell that could not be read; it was not read");
        i = rowEnd;
        labelFrom = i;
        label.setLength(0);
        continue;
      }
      int matched = rowNamedBy(template, next, label.toString());
      if (matched >= 0 && !totalFirst && onlyFirstCellStated(lines, tokens, values)) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "application table: the row \"" + ownLabel(template[matched],
            label.toString()) + " " + values.evidence() + "\" states only its first cell, its 总计 blank: a figure"
            + " merged over the row (its 总计) or 自然人's; it was not read");
        unread.add(template[matched]);
      } else if (matched < 0 || !(group.size() == 1 || group.size() == APPLICANT_COLUMNS || mergedOverBlanks || mergedCell)) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "application table: " + group.size()
            + " numbers after \"" + label + "\" match no row of the template; they were not read");
        if (matched >= 0) {
          // The row is there, its values unread (a table without its 总计 column has six a row).
          unread.add(template[matched]);
        }
      } else {
        for (ApplicationTableRow row : namedBefore(template, next, matched, label.toString())) {
          unread(template, row, tokens, labelFrom, firstValue, unread, unreadCells);
        }
        rows.put(template[matched], group);
        evidence.put(template[matched], ownLabel(template[matched], label.toString()) + " " + values.evidence());
        next = matched + 1;
      }
      labelFrom = i;
      label.setLength(0);
    }
    for (ApplicationTableRow row : namedBefore(template, next, template.length, label.toString())) {
      unread(template, row, tokens, labelFrom, tokens.size(), unread, unreadCells);
    }
    if (rows.isEmpty()) {
      return unreadTable(unread.size(), template.length, readings);
    }
    unreadCells.forEach((row, cells) -> readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "application table: the row \""
        + cells + "\" has no value that could be read; " + row.metric().key() + " was not read"));
    if (totalsUnstated) {
      readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "the application table has no 总计 column: of its rows only the"
          + " applicant columns of 本年新收 were read, the others' totals not being stated");
    }
    record(rows, evidence, readings, unread);
    return true;
  }

  /**
   * Where the row of the lone number before {@code from} ends when a cell that could not be read cut
   * it after its first column, or -1: more values go on on its line (3 十余 0), or, one cell a line,
   * cells that name no row stand before values that fill the row's seven columns with them.
   */
  private static int cutRowEnd(ApplicationTableRow[] template, List<Token> tokens, int from) {
    int lineEnd = TableTokens.valuesGoOnUntil(tokens, from);
    if (lineEnd >= 0) {
      return lineEnd;
    }
    StringBuilder cells = new StringBuilder();
    int valuesFrom = from;
    while (valuesFrom < tokens.size() && !tokens.get(valuesFrom).isValue()) {
      cells.append(tokens.get(valuesFrom++).text());
    }
    if (valuesFrom == from || valuesFrom == tokens.size() || namesAnyRow(template, cells.toString())) {
      return -1;
    }
    ValueRun rest = TableTokens.valuesFrom(tokens, valuesFrom);
    return 1 + (valuesFrom - from) + rest.numbers().size() == APPLICANT_COLUMNS ? rest.end() : -1;
  }

  /**
   * Whether the values are a row whose five 法人或其他组织 columns were merged into one cell (an HTML
   * colspan): three, 自然人, 法人或其他组织 and 总计, the last cells of a line whose cells are
   * separated, so that none of the row was cut off after them as in PDF text.
   */
  private static boolean mergedLegalPersons(List<String> lines, List<Token> tokens, ValueRun values) {
    int line = tokens.get(values.end() - 1).line();
    return values.numbers().size() == MERGED_LEGAL_PERSON_COLUMNS
        && tokens.get(values.end() - MERGED_LEGAL_PERSON_COLUMNS).line() == line
        && (values.end() == tokens.size() || tokens.get(values.end()).line() != line)
        && TableTokens.isSeparatedRow(lines.get(line));
  }

  /**
   * Whether a separated row's seven cells are a row whose five 法人或其他组织 columns were merged into
   * one, exported as its figure and four blank cells (10, 3, , , , , 13): a figure in the first of those
   * columns and the other four blank. Also under headings that name the five kinds, which the merged
   * cell sits under as well: the figure is the 法人或其他组织 total either way, 商业企业's only if not merged.
   */
  private static boolean mergedOverBlankCells(List<String> lines, List<Token> tokens, ValueRun values,
      boolean totalFirst) {
    int legalPersons = totalFirst ? 2 : 1;
    return figureBeforeBlankCells(lines, tokens, values, legalPersons, legalPersons + LEGAL_PERSON_KINDS);
  }

  /**
   * Whether a separated row's seven cells hold a figure in the first and nothing in the others, 总计
   * among them (15, , , , , , ): a spreadsheet's cell merged over the whole row, its total, exports so,
   * as does a row that states only 自然人; which it is the row does not say.
   */
  private static boolean onlyFirstCellStated(List<String> lines, List<Token> tokens, ValueRun values) {
    return figureBeforeBlankCells(lines, tokens, values, 0, APPLICANT_COLUMNS);
  }

  /**
   * Whether the values are a separated row's seven cells with a figure in cell {@code figure} and every
   * cell after it up to {@code blankEnd} blank, as a cell merged over those columns exports.
   */
  private static boolean figureBeforeBlankCells(List<String> lines, List<Token> tokens, ValueRun values, int figure,
      int blankEnd) {
    return values.numbers().size() == APPLICANT_COLUMNS && values.numbers().get(figure) != null
        && values.shown().subList(figure + 1, blankEnd).stream().allMatch(TableTokens.BLANK_SHOWN::equals)
        && TableTokens.isSeparatedRow(lines.get(tokens.get(values.end() - 1).line()));
  }

  /** The column headings above the first row, joined: a line with a figure or a full stop is prose, no heading. */
  private static String columnHeadings(List<String> linesAbove) {
    return linesAbove.stream().filter(line -> !PROSE_OR_FIGURES.matcher(line).find()).collect(Collectors.joining());
  }

  /** Whether the column {@code headings} name 自然人 but no 总计 column: a table of six columns, each named. */
  private static boolean namesNoTotalColumn(String headings) {
    return headings.contains(NATURAL_PERSON_COLUMN) && !headings.contains(TOTAL_COLUMN);
  }

  /** Whether the column headings above the first row name the five kinds of 法人或其他组织 (商业企业, 科研机构 …). */
  private static boolean namesLegalPersonKinds(List<String> linesAbove) {
    return linesAbove.stream().anyMatch(line -> LEGAL_PERSON_KIND_HEADINGS.stream().anyMatch(line::contains));
  }

  /**
   * The row's values with the rest of them that a PDF page break put after the column headings it
   * repeats (1.本机关不掌握相关政府信息 2 0 0 / 申请人情况 / 自然人 法人或其他组织 总计 / 0 1 0 3), when
   * no row's label stands between them and together they fill the row; otherwise the values as they are.
   */
  private static ValueRun withRestAfterRepeatedHeadings(ApplicationTableRow[] template, List<Token> tokens,
      ValueRun values) {
    int count = values.numbers().size();
    if (count < 2 || count >= APPLICANT_COLUMNS) {
      return values;
    }
    StringBuilder headings = new StringBuilder();
    int rest = values.end();
    while (rest < tokens.size() && !tokens.get(rest).isValue()) {
      if (!isColumnHeading(tokens.get(rest).text(), headings)) {
        headings.append(tokens.get(rest).text());
      }
      rest++;
    }
    String between = headings.toString();
    if (rest == tokens.size() || COLUMN_HEADINGS.stream().noneMatch(between::contains) || namesAnyRow(template, between)) {
      return values;
    }
    ValueRun after = TableTokens.valuesFrom(tokens, rest);
    return count + after.numbers().size() == APPLICANT_COLUMNS ? values.followedBy(after) : values;
  }

  private static boolean namesAnyRow(ApplicationTableRow[] template, String text) {
    return Arrays.stream(template).anyMatch(row -> row.lastLabelStart(text) >= 0);
  }

  /**
   * Notes a row whose label is among tokens {@code from} to {@code to} without a value after it, and
   * the cells beside or, one cell a line, below its label when it has any: a row left blank has none.
   */
  private static void unread(ApplicationTableRow[] template, ApplicationTableRow row, List<Token> tokens, int from,
      int to, Set<ApplicationTableRow> unread, Map<ApplicationTableRow, String> unreadCells) {
    unread.add(row);
    String cells = TableTokens.labelLineWithCells(tokens, from, to, text -> row.lastLabelStart(text) >= 0,
        text -> namesAnyRow(template, text));
    if (cells != null) {
      unreadCells.put(row, cells);
    }
  }

  /**
   * The rows from {@code from} up to {@code to} (the row the values went to, or the template's end)
   * that the label text names: the table has their labels but no values after them.
   */
  private static List<ApplicationTableRow> namedBefore(ApplicationTableRow[] template, int from, int to,
      String label) {
    return Arrays.stream(template, from, to).filter(row -> row.lastLabelStart(label) >= 0).toList();
  }

  /**
   * A table none of whose values could be read is still the template's when most of its rows are
   * there, and says so; fewer of their words are prose that names them, and no table.
   */
  private static boolean unreadTable(int unreadRows, int templateRows, MetricReadings readings) {
    if (unreadRows * 2 < templateRows) {
      return false;
    }
    readings.addIssue(IssueCode.EMPTY_TABLE, "the application table has " + unreadRows
        + " of its rows but no value in them that could be read; the table was not read");
    return true;
  }

  /**
   * Whether the cell is the heading of the 总计 or 其他 column, which a row's label may also be: it
   * is when it stands alone after the other columns' headings, as where a PDF page break repeats
   * them, also between a row's label and its values (1.本机关不掌握相关政府信息 / - 3 - / 自然人 … 总计
   * / 2 0 0 0 1 0 3), whose values would otherwise go to the row (七)总计.
   */
  private static boolean isColumnHeading(String cell, CharSequence labelSoFar) {
    return AMBIGUOUS_COLUMN_HEADINGS.contains(cell)
        && COLUMN_HEADINGS.stream().anyMatch(heading -> labelSoFar.toString().contains(heading));
  }

  /**
   * Whether the column {@code headings} put 总计 before 自然人: some offices moved the 总计 column to the
   * first figure column, and its figure is then the row's first. Prose under the section's heading
   * (本机关总计收到申请13件,其中自然人…) is no heading ({@link #columnHeadings}).
   */
  private static boolean totalColumnFirst(String headings) {
    int total = headings.indexOf(TOTAL_COLUMN);
    return total >= 0 && headings.indexOf(NATURAL_PERSON_COLUMN) > total;
  }

  /** A row of a table with its 总计 column first, in the template's order: 总计 last. */
  private static List<BigDecimal> totalLast(List<BigDecimal> totalFirst) {
    List<BigDecimal> row = new ArrayList<>(totalFirst.subList(1, totalFirst.size()));
    row.add(totalFirst.get(0));
    return row;
  }

  /** The table's heading (收到和处理..., 申请人情况) shortly above its first row, or that row itself. */
  private static int tableHeading(List<String> lines, int firstRow) {
    for (int i = firstRow - 1; i >= Math.max(0, firstRow - HEADING_LINES); i--) {
      if (TABLE_HEADING.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return firstRow;
  }

  /**
   * The row's own label out of the text gathered since the previous row, which may also hold column
   * headings or the tail of the previous label: from the list marker (一、 (三) 5.) before the first
   * of its words, which a label may name more than once (5.要求行政机关确认或重新出具已获取信息).
   */
  private static String ownLabel(ApplicationTableRow row, String gathered) {
    int words = Math.max(0, row.labelWordsStart(gathered, LABEL_WORDS_GAP));
    int start = Math.max(0, words - OWN_LABEL_LOOKBACK);
    Matcher marker = ROW_MARKER.matcher(gathered).region(start, gathered.length());
    int markerStart = -1;
    while (marker.find() && marker.start() <= words) {
      markerStart = marker.start();
    }
    return gathered.substring(markerStart >= 0 ? markerStart : start);
  }

  /**
   * Of the rows from {@code from} on that the label names, the one named closest to the numbers: the
   * gathered text may still hold column headings (总计) or an empty row's label before the row's own.
   */
  private static int rowNamedBy(ApplicationTableRow[] template, int from, String label) {
    int best = -1;
    int bestPosition = -1;
    for (int row = from; row < template.length; row++) {
      int position = template[row].lastLabelStart(label);
      if (position > bestPosition) {
        best = row;
        bestPosition = position;
      }
    }
    return best;
  }

  private static void record(Map<ApplicationTableRow, List<BigDecimal>> rows,
      Map<ApplicationTableRow, String> evidence, MetricReadings readings, Set<ApplicationTableRow> unread) {
    rows.forEach((row, values) -> {
      BigDecimal total = values.get(values.size() - 1);
      if (total != null) {
        readings.put(row.metric(), total, evidence.get(row));
      }
      if (values.size() == APPLICANT_COLUMNS && !values.contains(null)) {
        readings.putApplicantBreakdown(row.metric(), values, evidence.get(row));
      }
      if (values.size() > 1 && !values.contains(null)) {
        BigDecimal parts = sum(values.subList(0, values.size() - 1));
        if (parts.compareTo(total) != 0) {
          readings.addIssue(IssueCode.TOTAL_MISMATCH, String.format("application table, %s: 总计 %s but its columns sum to %s",
              row.metric().key(), total.toPlainString(), parts.toPlainString()));
        }
      }
    });
    List<BigDecimal> received = rows.get(ApplicationTableRow.RECEIVED);
    if (received != null && received.size() == MERGED_LEGAL_PERSON_COLUMNS) {
      String source = evidence.get(ApplicationTableRow.RECEIVED);
      putStated(readings, ReportMetric.REQUESTS_NATURAL_PERSON, received.get(0), source);
      putStated(readings, ReportMetric.REQUESTS_LEGAL_PERSON, received.get(1), source);
    }
    if (received != null && received.size() == APPLICANT_COLUMNS) {
      String source = evidence.get(ApplicationTableRow.RECEIVED);
      for (int column = 0; column < RECEIVED_COLUMNS.size(); column++) {
        putStated(readings, RECEIVED_COLUMNS.get(column), received.get(column), source);
      }
      List<BigDecimal> legalPersons = received.subList(1, 6);
      if (!legalPersons.contains(null)) {
        readings.put(ReportMetric.REQUESTS_LEGAL_PERSON, sum(legalPersons), source);
      }
    }
    putSum(readings, rows, ReportMetric.DENIED, ApplicationTableRow.DENIED_STATE_SECRET,
        ApplicationTableRow.DENIED_ADMINISTRATIVE_QUERY);
    putSum(readings, rows, ReportMetric.UNABLE_TO_PROVIDE, ApplicationTableRow.UNABLE_NOT_HELD,
        ApplicationTableRow.UNABLE_UNCLEAR_AFTER_CORRECTION);
    putSum(readings, rows, ReportMetric.NOT_PROCESSED, ApplicationTableRow.NOT_PROCESSED_PETITION_COMPLAINT,
        ApplicationTableRow.NOT_PROCESSED_CONFIRM_EXISTING);
    if (!rows.containsKey(ApplicationTableRow.OTHER_HANDLED)) {
      putSum(readings, rows, ReportMetric.OTHER_HANDLED, ApplicationTableRow.OTHER_NO_CORRECTION,
          ApplicationTableRow.OTHER_OTHER);
    }
    checkOutcomes(readings);
    if (Stream.of(ApplicationTableRow.TOTAL_HANDLED, ApplicationTableRow.CARRIED_TO_NEXT_YEAR)
        .anyMatch(last -> !rows.containsKey(last) && !unread.contains(last))) {
      readings.addIssue(IssueCode.TABLE_TRUNCATED,
          "the application table stops before its (七)总计 and 结转下年度 rows; the rows present were read");
    }
  }

  /** A subtotal the template leaves out (不予公开 and the like) is the sum of its reasons, when all are stated. */
  private static void putSum(MetricReadings readings, Map<ApplicationTableRow, List<BigDecimal>> rows,
      ReportMetric subtotal, ApplicationTableRow first, ApplicationTableRow last) {
    BigDecimal sum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (int row = first.ordinal(); row <= last.ordinal(); row++) {
      List<BigDecimal> values = rows.get(ApplicationTableRow.values()[row]);
      BigDecimal total = values == null ? null : values.get(values.size() - 1);
      if (total == null) {
        return;
      }
      sum = sum.add(total);
      parts.add(total.toPlainString());
    }
    readings.put(subtotal, sum, "sum of its rows in the application table: " + String.join(" + ", parts));
  }

  private static void checkOutcomes(MetricReadings readings) {
    List<ReportMetric> outcomes = List.of(ReportMetric.GRANTED, ReportMetric.PARTIALLY_GRANTED, ReportMetric.DENIED,
        ReportMetric.UNABLE_TO_PROVIDE, ReportMetric.NOT_PROCESSED, ReportMetric.OTHER_HANDLED);
    BigDecimal handled = readings.get(ReportMetric.TOTAL_HANDLED);
    if (handled != null && outcomes.stream().allMatch(readings::has)) {
      BigDecimal sum = outcomes.stream().map(readings::get).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(handled) != 0) {
        readings.addIssue(IssueCode.TOTAL_MISMATCH, "application table: (七)总计 " + handled.toPlainString()
            + " but (一) to (六) sum to " + sum.toPlainString());
      }
    }
    BigDecimal received = readings.get(ReportMetric.REQUESTS_RECEIVED);
    BigDecimal carriedOver = readings.get(ReportMetric.REQUESTS_CARRIED_OVER);
    BigDecimal carriedNext = readings.get(ReportMetric.CARRIED_TO_NEXT_YEAR);
    if (received != null && carriedOver != null && handled != null && carriedNext != null
        && received.add(carriedOver).compareTo(handled.add(carriedNext)) != 0) {
      readings.addIssue(IssueCode.BALANCE_MISMATCH, "application table: 新收 " + received.toPlainString()
          + " + 上年结转 " + carriedOver.toPlainString() + " differs from 总计 " + handled.toPlainString()
          + " + 结转下年度 " + carriedNext.toPlainString());
    }
  }

  private static void putStated(MetricReadings readings, ReportMetric metric, BigDecimal value, String evidence) {
    if (value != null) {
      readings.put(metric, value, evidence);
    }
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
