package io.github.opendisclosure.extract.pre2019;

import io.github.opendisclosure.extract.CsvCells;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits table lines into cells, whichever way the table arrived: cells split by {@code |}
 * (rendered HTML rows, or a cell a line ending in {@code |}), by tabs, by commas (a spreadsheet
 * saved as CSV), by spaces (PDF text: {@code 收到申请数 件 3}), or one cell a line.
 */
final class TableCells {

  /** The units the 统计表's 单位 column uses. */
  static final Set<String> UNITS =
      Set.of("条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "期", "场", "家", "处");

  /** A value cell that says none: 0, as the record contract reads 无 (and the national tables do). */
  static final String NONE = "无";
  /** A unit written into the value cell itself (128条); the two-character ones first, so 人次 is not 人. */
  private static final List<String> UNIT_SUFFIXES =
      UNITS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  /** The marks a value cell states nothing with (—, -, /). */
  static final String EMPTY_VALUE_MARKS = "/-—";
  /**
   * Besides digits: a column cell that is 无, a mark, a figure in Chinese numerals or rounded off (约30, 大约30),
   * and a year header (本年, 上年, 去年, 今年, 当年, 统计数).
   */
  private static final String COLUMN_CELL_FIRST_CHARACTERS = "无/-—零〇一二两三四五六七八九十本上去今当统大约";
  /** Longer than a figure in a value cell (一千二百三十四, 12,345.67余). */
  private static final int MAX_FIGURE_CHARACTERS = 12;
  private static final String YEAR_COLUMN_FIRST_CHARACTERS = "本上去今当统";
  private static final Pattern YEAR_COLUMN = Pattern.compile(
      "(?:19|20)\\d{2}(?:年度?(?:统计)?(?:数据?)?)?|(?:[本上去今当]年度?|[本上]期)(?:同期)?(?:累计)?(?:统计)?(?:数据?)?|统计数");
  /**
   * A figure with words that do not make it one: after it (5左右, 1件次, 5(其中网上3件), but not a numbering's
   * 3、 3. 3)), or before it (近2).
   */
  private static final Pattern FIGURE_WITH_WORDS =
      Pattern.compile("(?:大约|约|将近|接近|近)\\d.*|\\d+(?:[,.]\\d+)*[^\\d,.、)].*");
  /** The first characters of a {@link #FIGURE_WITH_WORDS}: a digit, or a word of approximation's. */
  private static final String FIGURE_WITH_WORDS_FIRST_CHARACTERS = "0123456789大约将接近";
  /** Compiled once: String.split compiles a pattern of more than one character on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The cell after a line of several cells (a rendered HTML row, a tab- or comma-separated line): a row's
   * figures are on its own line. Lines are stripped, so a row whose value cell is empty ends at its
   * unit, and without this its value would be the cell that starts the next row (a 序号). A PDF line
   * that ends at its unit ends its row too.
   */
  static final String ROW_END = "\n";
  /**
   * The cell before a row that has more cells than the table has columns and whose figures may be split
   * at their thousands separators: in a CSV row, unquoted, in more than one way (1,234,567 in one cell
   * too many); in a PDF row, spaced (1 234), which text that drops empty cells cannot prove one figure.
   */
  static final String SPLIT_FIGURES = "\n,";
  /**
   * The cell after a PDF line with several figures after its label, which may be more than the table has
   * value columns (a 备注's figure, a column the header does not name): text that drops empty cells keeps
   * them side by side, and a figure on the next line (a page number) must not count with them.
   */
  static final String SEVERAL_FIGURES = "\n+";

  /** A line's cells: a row of its own (a rendered, tab- or comma-separated line) or PDF text's, and its figures. */
  private record LineCells(List<String> cells, boolean row, boolean csv, int figures) {}

  private TableCells() {}

  static List<String> of(List<String> lines) {
    List<LineCells> split = joinWrappedLabels(lines).stream().map(TableCells::lineCells).toList();
    int csvColumns = mostCommonCsvWidth(split);
    int pdfFigures = mostCommonPdfFigureCount(split);
    List<String> cells = new ArrayList<>();
    for (LineCells line : split) {
      if (line.csv()) {
        addCsvRow(cells, line.cells(), csvColumns);
      } else if (line.row()) {
        addRow(cells, line.cells());
      } else if (hasSpacedThousands(line, pdfFigures)) {
        cells.add(SPLIT_FIGURES);
        cells.addAll(line.cells());
        cells.add(ROW_END);
      } else {
        cells.addAll(line.cells());
        if (endsAtItsUnit(line.cells()) || isYearHeader(line)) {
          cells.add(ROW_END);
        } else if (line.figures() > 1) {
          cells.add(SEVERAL_FIGURES);
        }
      }
    }
    return cells;
  }

  /** The number of figures most PDF lines with figures after their label have (the larger on a tie), or 0. */
  private static int mostCommonPdfFigureCount(List<LineCells> lines) {
    Map<Integer, Long> counts = lines.stream().filter(line -> !line.row()).map(LineCells::figures)
        .filter(count -> count > 0).collect(Collectors.groupingBy(count -> count, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
  }

  /** The figures after a PDF line's label: 2 in 收到申请数 件 1 234. */
  private static int figureCount(List<String> cells) {
    int figures = 0;
    for (int cell = 1; cell < cells.size(); cell++) {
      if (isNumber(withoutUnit(cells.get(cell)))) {
        figures++;
      }
    }
    return figures;
  }

  /**
   * A PDF line with more figures than most of the table's lines, two of them side by side as a figure
   * whose thousands are spaced apart (收到申请数 件 1 234): one figure or two, its text cannot say.
   */
  private static boolean hasSpacedThousands(LineCells line, int mostCommonFigures) {
    List<String> cells = line.cells();
    return cells.size() > 2 && !isColumnCell(cells.get(0)) && line.figures() > mostCommonFigures
        && !thousandsPairs(cells).isEmpty();
  }

  private static LineCells lineCells(String line) {
    if (isTableLine(line)) {
      return new LineCells(separated(line), true, false, 0);
    }
    List<String> spaced = spaceSeparated(line);
    // A line that is one label as PDF text has it ("1,250" alone is a figure) may be a row of a CSV file.
    boolean oneLabel = spaced.size() == 1 && !isColumnCell(spaced.get(0));
    Optional<List<String>> csv = oneLabel ? commaSeparated(line) : Optional.empty();
    return csv.map(row -> new LineCells(row, true, true, 0))
        .orElseGet(() -> new LineCells(spaced, false, false, figureCount(spaced)));
  }

  /** The number of cells most of a CSV table's rows have (the larger on a tie), or 0 without CSV rows. */
  private static int mostCommonCsvWidth(List<LineCells> lines) {
    Map<Integer, Long> widths = lines.stream().filter(LineCells::csv)
        .collect(Collectors.groupingBy(line -> line.cells().size(), Collectors.counting()));
    return widths.entrySet().stream()
        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
  }

  /**
   * A CSV row, whose figures a file that does not quote them splits at their thousands separators
   * (条,1,234). A row with more cells than the table's other rows holds such figures when as many
   * figure-and-three-digit pairs as extra cells are side by side and none overlap: the column count
   * proves each pair one figure, and they are joined. A row wider than that the pairs cannot explain
   * keeps its cells, marked {@link #SPLIT_FIGURES}.
   */
  private static void addCsvRow(List<String> cells, List<String> row, int columns) {
    int extra = row.size() - columns;
    List<Integer> pairs = extra > 0 ? thousandsPairs(row) : List.of();
    if (pairs.isEmpty()) {
      addRow(cells, row);
    } else if (CsvCells.proveSplits(pairs, extra)) {
      addRow(cells, joined(row, pairs));
    } else {
      cells.add(SPLIT_FIGURES);
      addRow(cells, row);
    }
  }

  /** Where a cell after the label of one to three digits is followed by one of three, its unit after it or not (1 | 234条). */
  private static List<Integer> thousandsPairs(List<String> row) {
    return CsvCells.thousandsPairs(row, 1, TableCells::withoutUnit);
  }

  /** The row with each pair's two cells one figure again, written as the report would (1,234). */
  private static List<String> joined(List<String> row, List<Integer> pairs) {
    List<String> joined = new ArrayList<>(row.size());
    for (int cell = 0; cell < row.size(); cell++) {
      if (pairs.contains(cell)) {
        joined.add(row.get(cell) + "," + row.get(++cell));
      } else {
        joined.add(row.get(cell));
      }
    }
    return joined;
  }

  /**
   * A PDF row whose line ends at its unit (申请办结数 件): its value cell is blank, since PDF text keeps
   * a row's cells on one line; a figure on the next line (a page number) is not its value.
   */
  private static boolean endsAtItsUnit(List<String> spaced) {
    return spaced.size() > 1 && isUnitCell(spaced.get(spaced.size() - 1));
  }

  /** A line's cells, and the end of its row when the line holds several. */
  private static void addRow(List<String> cells, List<String> row) {
    cells.addAll(row);
    if (row.size() > 1) {
      cells.add(ROW_END);
    }
  }

  /**
   * A PDF header line with a column per year (统计指标 单位 2016年 2017年 增幅): it ends its row, so the heading of
   * a column after the years is not taken for the next row's label, nor that label for such a heading.
   */
  private static boolean isYearHeader(LineCells line) {
    if (line.figures() > 0 || line.cells().size() < 3) {
      return false;
    }
    int years = 0;
    for (String cell : line.cells()) {
      years += isYearColumn(cell) ? 1 : 0;
    }
    return years >= 2;
  }

  /** The cells of a line split by {@code |} or by tabs. */
  private static List<String> separated(String line) {
    if (!line.contains("|")) {
      return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
    }
    List<String> pieces = new ArrayList<>(Arrays.stream(line.split("\\|", -1)).map(String::strip).toList());
    // "label |" closes its cell; the empty piece after the last bar is not a cell of its own.
    if (line.endsWith("|")) {
      pieces.remove(pieces.size() - 1);
    }
    return pieces;
  }

  /**
   * A row of a spreadsheet saved as CSV: cells split by commas, quoted when they hold one ("1,234").
   * Prose has commas too (NFKC folds ，), so only a line without 。 that has a figure, a unit or a
   * year after its first cell is a row.
   */
  private static Optional<List<String>> commaSeparated(String line) {
    if (line.indexOf(',') < 0 || line.contains("。")) {
      return Optional.empty();
    }
    List<String> cells = CsvCells.of(line);
    boolean row = cells.stream().skip(1)
        .anyMatch(text -> isNumber(text) || isUnitCell(text) || isYearColumn(text));
    return row ? Optional.of(cells) : Optional.empty();
  }

  /**
   * PDF text wraps a long label over lines, leaving its bracket open: "(一)回应公众关注热点或重大舆情数(不同"
   * / "方式回应同一热点或舆情计1次) 次 2". Such lines are joined until the bracket closes, so the
   * label, its unit and its value are one row again.
   */
  private static List<String> joinWrappedLabels(List<String> lines) {
    List<String> joined = new ArrayList<>(lines.size());
    StringBuilder pending = null;
    for (String line : lines) {
      boolean plain = !line.contains("|") && !line.contains("\t");
      if (pending != null && plain) {
        pending.append(line);
      } else {
        if (pending != null) {
          joined.add(pending.toString());
        }
        pending = new StringBuilder(line);
      }
      if (!plain || !hasOpenBracket(pending)) {
        joined.add(pending.toString());
        pending = null;
      }
    }
    if (pending != null) {
      joined.add(pending.toString());
    }
    return joined;
  }

  private static boolean hasOpenBracket(CharSequence text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Whether a cell is one of the marks this class puts between cells ({@link #ROW_END}, {@link #SPLIT_FIGURES}). */
  static boolean isMark(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\n';
  }

  /** Whether a cell holds a plain figure (what a value cell holds). */
  static boolean isNumber(String cell) {
    return !cell.isEmpty() && cell.charAt(0) >= '0' && cell.charAt(0) <= '9' && NUMBER_CELL.matcher(cell).matches();
  }

  /** Whether a line is part of a table rather than prose. */
  static boolean isTableLine(String line) {
    return line.contains("|") || line.contains("\t");
  }

  /**
   * A PDF row "label [unit] [value...] [备注]": the values and unit are the last tokens before the
   * text of a 备注 or 增减 column, the label is everything before them (labels themselves contain
   * spaces, 统 计 指 标). A table with a column per year puts a value a year in each row, and the
   * years in its header.
   */
  private static List<String> spaceSeparated(String line) {
    String[] spaced = SPACES.split(line);
    List<String> tokens =
        withFiguresBeforeTheirUnits(line.indexOf(':') < 0 ? List.of(spaced) : withFigureAfterColon(spaced));
    int valuesEnd = remarkStart(tokens);
    int end = valuesEnd;
    while (end > 0 && (isColumnCell(tokens.get(end - 1)) || isUnreadableValueAt(tokens, end - 1))) {
      end--;
    }
    if (end > 0 && isUnitCell(tokens.get(end - 1))) {
      end--;
    }
    List<String> cells = new ArrayList<>(valuesEnd - end + 2);
    if (end > 0) {
      cells.add(String.join(" ", tokens.subList(0, end)));
    }
    cells.addAll(tokens.subList(end, valuesEnd));
    if (valuesEnd < tokens.size()) {
      cells.add(String.join(" ", tokens.subList(valuesEnd, tokens.size())));
    }
    return cells;
  }

  /**
   * A row written as its label, a colon and its figure with no space between (收到申请数:5件, NFKC folds ：), as a
   * table flattened into lines has it: the figure is a cell of its own, as after a space.
   */
  private static List<String> withFigureAfterColon(String[] tokens) {
    List<String> split = new ArrayList<>(tokens.length + 1);
    for (String token : tokens) {
      int colon = token.lastIndexOf(':');
      // Most colons are prose's (如下:): only one before what may start a column cell is looked at.
      if (colon > 0 && colon < token.length() - 1 && mayStartColumnCell(token.charAt(colon + 1))
          && isColumnCell(token.substring(colon + 1))) {
        split.add(token.substring(0, colon + 1));
        split.add(token.substring(colon + 1));
      } else {
        split.add(token);
      }
    }
    return split;
  }

  /**
   * A PDF row that writes its figures before their unit (主动公开政府信息数 412 条, or 300 条 412 条 under
   * two year columns), as a figure written with its unit is one cell (412条): without this the figures
   * were read as part of the label and the row ended at its unit, with no value. A row with a unit
   * column before its figures (收到申请数 件 15 同比增加 3 件) ends in a remark's figure instead.
   */
  private static List<String> withFiguresBeforeTheirUnits(List<String> tokens) {
    int end = tokens.size();
    if (end < 3 || !UNITS.contains(tokens.get(end - 1))) {
      return tokens;
    }
    Deque<String> figures = new ArrayDeque<>();
    while (end >= 3 && UNITS.contains(tokens.get(end - 1)) && isNumber(tokens.get(end - 2))) {
      figures.addFirst(tokens.get(end - 2) + " " + tokens.get(end - 1));
      end -= 2;
    }
    List<String> label = tokens.subList(0, end);
    if (figures.isEmpty() || label.stream().anyMatch(UNITS::contains)) {
      return tokens;
    }
    List<String> joined = new ArrayList<>(label);
    joined.addAll(figures);
    return joined;
  }

  /**
   * Where the text of a column after the figures (备注, 增减) starts in a PDF row that does not end in
   * a figure: after the figures that follow its unit (主动公开政府信息数 条 1234 其中网站公开1200条), or
   * in the header after its years (统计指标 单位 2016年 2017年 增减). The end of the row when there
   * is no such text or nothing tells where it starts.
   */
  private static int remarkStart(List<String> tokens) {
    if (tokens.isEmpty() || isColumnCell(tokens.get(tokens.size() - 1))) {
      return tokens.size();
    }
    for (int first = 1; first + 1 < tokens.size(); first++) {
      boolean figuresAfterUnit = UNITS.contains(tokens.get(first - 1)) && isColumnCell(tokens.get(first));
      boolean years = isYearColumn(tokens.get(first)) && isYearColumn(tokens.get(first + 1));
      if (figuresAfterUnit || years) {
        int start = first;
        while (start < tokens.size() && isColumnCell(tokens.get(start))) {
          start++;
        }
        return start;
      }
    }
    return tokens.size();
  }

  /**
   * A token that is a cell of its own at the end of a PDF row: a value (a figure, also written with
   * its unit, 1234条, in Chinese numerals, 十二, rounded off, 1200余 or 约30, or 无), a mark that states nothing (/, —, -) or a year column's header.
   */
  private static boolean isColumnCell(String token) {
    // Every line of a report is split into tokens; most are label or prose, which start otherwise.
    if (token.isEmpty() || !mayStartColumnCell(token.charAt(0))) {
      return false;
    }
    String figure = withoutUnit(token);
    // Prose lines start with 一 or 二 too (一、加强领导, 二是…): only a cell's few characters are parsed.
    return isNumber(figure) || token.equals(NONE) || isEmptyMark(token) || isYearColumn(token)
        || figure.length() <= MAX_FIGURE_CHARACTERS && ChineseNumbers.parse(figure).isPresent();
  }

  /**
   * A value cell that cannot be read after a PDF row's unit or one of its figures (收到申请数 件 x, 条 x 412
   * under two year columns); elsewhere such a token is the label's.
   */
  private static boolean isUnreadableValueAt(List<String> tokens, int token) {
    return token >= 2 && (isUnitCell(tokens.get(token - 1)) || isColumnCell(tokens.get(token - 1)))
        && isUnreadableValue(tokens.get(token));
  }

  /**
   * A value cell that holds something where a figure should be, but neither a figure, a mark, a unit nor
   * words: x, *, ?, × (a figure blanked out or lost in conversion), 5 3 (two figures in one cell); or a figure
   * with words (5左右, 1件次, 5(其中网上3件), 近2), whose figure what the words say of it leaves unclear.
   */
  static boolean isUnreadableValue(String cell) {
    if (isFigureWithWords(cell)) {
      return true;
    }
    if (cell.isEmpty() || cell.length() > MAX_FIGURE_CHARACTERS || isColumnCell(cell) || isUnitCell(cell)) {
      return false;
    }
    return cell.chars().noneMatch(c -> c == '\n' || Character.isIdeographic(c));
  }

  private static boolean isFigureWithWords(String cell) {
    return !cell.isEmpty() && FIGURE_WITH_WORDS_FIRST_CHARACTERS.indexOf(cell.charAt(0)) >= 0 && !isColumnCell(cell)
        && !isUnitCell(cell) && FIGURE_WITH_WORDS.matcher(cell).matches();
  }

  private static boolean mayStartColumnCell(char first) {
    return isDigit(first) || COLUMN_CELL_FIRST_CHARACTERS.indexOf(first) >= 0;
  }

  /** A token of marks alone (—, ——, -, /): a value cell that states nothing. */
  private static boolean isEmptyMark(String token) {
    return token.chars().allMatch(c -> EMPTY_VALUE_MARKS.indexOf(c) >= 0);
  }

  /** A 单位 cell: a unit, or / in the row of a heading over the rows below it. */
  static boolean isUnitCell(String cell) {
    return UNITS.contains(cell) || cell.equals("/");
  }

  /** A value cell without the unit written into it (128条 is 128). */
  static String withoutUnit(String cell) {
    return cell.substring(0, cell.length() - unitWrittenIn(cell).length()).strip();
  }

  /** The unit written into a value cell (元 in 150元), or "" when it has none. */
  static String unitWrittenIn(String cell) {
    for (String unit : UNIT_SUFFIXES) {
      if (cell.endsWith(unit)) {
        return unit;
      }
    }
    return "";
  }

  /**
   * A header cell over one of several value columns, one a year (2011年 | 2012年, 上年 | 本年, 上年同期
   * | 本年数, 去年 | 今年, 上期 | 本期, 上年累计 | 本年累计, 2011年数 or 2011年度数据 | 2012年度数据, and 2011 | 2012 without 年, as Excel writes a year it
   * was given as a number). The template's 统计数 is the report's year when a column of another year is
   * beside it (上年数 | 统计数).
   */
  static boolean isYearColumn(String cell) {
    if (cell.isEmpty() || !isDigit(cell.charAt(0)) && YEAR_COLUMN_FIRST_CHARACTERS.indexOf(cell.charAt(0)) < 0) {
      return false;
    }
    return YEAR_COLUMN.matcher(cell.replace(" ", "")).matches();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
