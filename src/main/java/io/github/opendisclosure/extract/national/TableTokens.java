package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.CsvCells;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table region read as a stream of cells, whatever its layout: HTML rows joined by " | ",
 * pipe-, tab- or comma-separated text (a spreadsheet saved as CSV), one cell a line, or PDF text
 * with cells separated by spaces and labels broken across lines. A cell is a number (also with its count word: 3件, or in Chinese
 * numerals among a row's values: 十二, 〇), 无 (none, so 0, as
 * the record contract reads it), an empty value (a dash or a slash, which some offices write in the
 * cells they have nothing to count in, or an HTML cell left blank) or a piece of label text.
 */
final class TableTokens {

  /** One cell: {@code number} is set for a standalone number, {@code text} always holds the cell. */
  record Token(String text, BigDecimal number, int line) {
    /**
     * A number or an empty value: a cell of the table's grid. An empty value has no number (blank
     * cells are absent, as in the pre-2019 统计表, and a dash may mean "not applicable" as well as
     * none) but takes its column, so the numbers after it stay in theirs.
     */
    boolean isValue() {
      return number != null || isEmptyValue(text);
    }

    /**
     * The cell as evidence shows it: a number in digits without its thousands separators or count
     * word, a blank cell as (空), anything else (无, 三, empty values) as written.
     */
    String shown() {
      if (text.isEmpty()) {
        return BLANK_SHOWN;
      }
      return number != null && mayBeNumber(text) ? number.toPlainString() : text;
    }
  }

  /**
   * A row's values: a run of value cells, each a column. An empty value is a null number, so the
   * numbers after it keep their columns.
   *
   * @param numbers the columns' numbers
   * @param shown   the cells as evidence shows them
   * @param end     the index of the first token after the run
   */
  record ValueRun(List<BigDecimal> numbers, List<String> shown, int end) {
    String evidence() {
      return String.join(" ", shown);
    }

    /**
     * The run without the blank cells it starts with beyond {@code width} cells: placeholders that
     * some HTML exports leave beside a label they merged (label | | | 5 | 0 …), which are no column.
     */
    ValueRun within(int width) {
      int placeholders = 0;
      while (numbers.size() - placeholders > width && shown.get(placeholders).equals(BLANK_SHOWN)) {
        placeholders++;
      }
      return new ValueRun(numbers.subList(placeholders, numbers.size()), shown.subList(placeholders, shown.size()), end);
    }

    /**
     * The run without the blank cells it ends with beyond {@code width} cells: the padding a
     * spreadsheet's export gives a row narrower than the table's widest (行政处罚,56,,).
     */
    ValueRun upTo(int width) {
      int kept = numbers.size();
      while (kept > width && shown.get(kept - 1).equals(BLANK_SHOWN)) {
        kept--;
      }
      int padding = numbers.size() - kept;
      return new ValueRun(numbers.subList(0, kept), shown.subList(0, kept), end - padding);
    }

    /** This run and, after it, the rest of its row's cells in {@code rest}, ending where {@code rest} ends. */
    ValueRun followedBy(ValueRun rest) {
      List<BigDecimal> allNumbers = new ArrayList<>(numbers);
      allNumbers.addAll(rest.numbers());
      List<String> allShown = new ArrayList<>(shown);
      allShown.addAll(rest.shown());
      return new ValueRun(allNumbers, allShown, rest.end());
    }

    /** The run without its cell at {@code position} (0 for its first). */
    ValueRun without(int position) {
      List<BigDecimal> keptNumbers = new ArrayList<>(numbers);
      keptNumbers.remove(position);
      List<String> keptShown = new ArrayList<>(shown);
      keptShown.remove(position);
      return new ValueRun(keptNumbers, keptShown, end);
    }

    /** Whether every cell of the run is blank: a header's empty corner as well as a row left blank. */
    boolean blank() {
      return shown.stream().allMatch(BLANK_SHOWN::equals);
    }
  }

  private static final Pattern SPACES = Pattern.compile("[\\t ]+");
  private static final String HTML_CELL_SEPARATOR = "|";
  /** Compiled once: String.split compiles a quoted separator on every call. */
  private static final Pattern HTML_CELLS = Pattern.compile(Pattern.quote(HTML_CELL_SEPARATOR));
  static final String BLANK_SHOWN = "(空)";
  private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,2}");
  private static final Pattern TAB_CELLS = Pattern.compile("\t");
  private static final Pattern BLANK_ROW = Pattern.compile("[|\\t ]+");
  private static final String EMPTY_VALUE_CHARACTERS = "-—–―/";
  private static final Pattern EMPTY_VALUE = Pattern.compile("[" + EMPTY_VALUE_CHARACTERS + "]+");
  private static final String NONE = "无";
  /** A count in Chinese numerals (三, 十二, 〇, and ○, the circle many type for 〇), as some offices fill the cells. */
  private static final String CHINESE_NUMERAL_CHARACTERS = "零〇○一二两三四五六七八九十百千万";
  private static final Pattern CHINESE_NUMERAL = Pattern.compile("[" + CHINESE_NUMERAL_CHARACTERS + "]+");
  /**
   * A plus sign is how the 2019 template's 本年增/减 column often writes an increase (+2); some offices
   * write each count with its word (0件, 12条, 3次). Money has no such word here: its column's unit is
   * in the header (万元).
   */
  private static final Pattern NUMBER =
      Pattern.compile("([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)[件条次个项人名家]?");

  private TableTokens() {}

  /** The cells of lines {@code from} (inclusive) to {@code to} (exclusive). */
  static List<Token> of(List<String> lines, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    for (int i = from; i < to; i++) {
      List<String> cells = cellsOf(lines.get(i));
      int rowValues = rowValuesStart(cells);
      for (int cell = 0; cell < cells.size(); cell++) {
        BigDecimal number = numberIn(cells.get(cell));
        if (number == null && cell >= rowValues) {
          number = chineseNumeralIn(cells.get(cell));
        }
        tokens.add(new Token(cells.get(cell), number, i));
      }
    }
    return tokens;
  }

  /**
   * Where the values that end the line's row start, counting Chinese numerals as values, or the
   * line's length when it ends in none. A Chinese numeral is read only there, after a label or
   * beside another value: alone on its line it is as likely a character of a label set vertically
   * (三、本年度办理结果 in PDF text, a character a line).
   */
  private static int rowValuesStart(List<String> cells) {
    int start = cells.size();
    while (start > 0 && (mayBeValue(cells.get(start - 1)))) {
      start--;
    }
    return start == 0 && cells.size() == 1 ? cells.size() : start;
  }

  private static boolean mayBeValue(String cell) {
    // Every line's last cells are asked; a label's first character rules out the Chinese numeral.
    return isEmptyValue(cell) || numberIn(cell) != null
        || CHINESE_NUMERAL_CHARACTERS.indexOf(cell.charAt(0)) >= 0 && CHINESE_NUMERAL.matcher(cell).matches();
  }

  /** A blank cell, or one written as a dash or a slash: it states nothing but takes its column. */
  private static boolean isEmptyValue(String cell) {
    return cell.isEmpty() || EMPTY_VALUE_CHARACTERS.indexOf(cell.charAt(0)) >= 0 && EMPTY_VALUE.matcher(cell).matches();
  }

  /** The count a cell writes in Chinese numerals, or null; a run of digits (三四, three or four) is none. */
  private static BigDecimal chineseNumeralIn(String cell) {
    if (!CHINESE_NUMERAL.matcher(cell).matches()) {
      return null;
    }
    return ChineseNumbers.parse(cell.replace('○', '〇')).map(StatedNumber::value).orElse(null);
  }

  /**
   * The cells of a line. An HTML row (its cells joined by " | "), a tab- or comma-separated one keeps
   * its blank cells, as empty strings, since many offices leave blank the cells they have nothing to
   * count in; a line framed
   * by pipes (| a | b |) has no blank cell at its ends, unless it holds nothing else: that is an
   * HTML row left wholly blank (the 行政复议 row of an office that had none).
   */
  private static List<String> cellsOf(String line) {
    List<String> cells = new ArrayList<>();
    if (!line.contains(HTML_CELL_SEPARATOR)) {
      List<String> csv = mayBeCsvRow(line) ? CsvCells.of(line) : List.of();
      if (isCsvRow(csv)) {
        // A spreadsheet saved as CSV: a cell left blank is nothing between two commas.
        addCells(cells, csv.toArray(String[]::new));
      } else if (line.indexOf('\t') < 0) {
        addNonBlank(cells, SPACES.split(line));
      } else {
        // A row copied from Word or Excel: a cell left blank is nothing between two tabs.
        addCells(cells, unquoted(TAB_CELLS.split(line, -1)));
      }
      return cells;
    }
    boolean framed = line.length() > 1 && line.startsWith(HTML_CELL_SEPARATOR) && line.endsWith(HTML_CELL_SEPARATOR)
        && !BLANK_ROW.matcher(line).matches();
    String row = framed ? line.substring(1, line.length() - 1) : line;
    addCells(cells, HTML_CELLS.split(row, -1));
    return cells;
  }

  /**
   * Whether a line may be a row of a spreadsheet saved as CSV: commas, some exports writing a space
   * after each (10, 2, 0), but no other spaces or tabs around its cells, as PDF text has, and no full
   * stop, as prose has (NFKC folds ，), nor one figure (1,234).
   */
  private static boolean mayBeCsvRow(String line) {
    return line.indexOf(',') >= 0 && line.indexOf('\t') < 0 && spacesOnlyAfterCommas(line) && !line.contains("。")
        && numberIn(line) == null;
  }

  /** Whether every space of the line follows a comma, with only spaces between them. */
  private static boolean spacesOnlyAfterCommas(String line) {
    char lastNonSpace = ' ';
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ') {
        lastNonSpace = c;
      } else if (lastNonSpace != ',') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line split at its commas is a CSV row: a cell of it is a figure, or two are blank. A
   * PDF line of label text is none, also where it breaks right after its comma (部分公开(区分处理的,只计这一情
   * and 部分公开(区分处理的,), and keeps its comma.
   */
  private static boolean isCsvRow(List<String> cells) {
    return cells.stream().anyMatch(cell -> numberIn(cell) != null)
        || cells.stream().filter(TableTokens::isEmptyValue).count() > 1;
  }

  /**
   * The tab-separated cells with the quotes taken off those wholly in quotes: Excel's tab-delimited
   * text quotes a cell with a comma in it, a figure with its thousands separator ("1,012").
   */
  private static String[] unquoted(String[] separated) {
    for (int i = 0; i < separated.length; i++) {
      String cell = separated[i].strip();
      if (cell.length() > 1 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
        separated[i] = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
      }
    }
    return separated;
  }

  /** Separated cells, a blank one kept as an empty string, each of the others split at its spaces. */
  private static void addCells(List<String> cells, String[] separated) {
    for (String cell : separated) {
      String text = cell.strip();
      if (text.isEmpty()) {
        cells.add(text);
      } else {
        addNonBlank(cells, SPACES.split(text));
      }
    }
  }

  private static void addNonBlank(List<String> cells, String[] parts) {
    for (String part : parts) {
      if (!part.isEmpty()) {
        cells.add(part);
      }
    }
  }

  /** The run of value cells that starts at {@code from}. */
  static ValueRun valuesFrom(List<Token> tokens, int from) {
    return valuesFrom(tokens, from, false);
  }

  /**
   * The run of value cells that starts at {@code from}, ending before a blank cell that opens a later
   * line: in a spreadsheet's export the next row's placeholder under a label merged over rows
   * (,(二)部分公开,1,0 …) or a header's empty corner, not more of this row.
   */
  static ValueRun rowValuesFrom(List<Token> tokens, int from) {
    return valuesFrom(tokens, from, true);
  }

  private static ValueRun valuesFrom(List<Token> tokens, int from, boolean endAtBlankLineStart) {
    List<BigDecimal> numbers = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    int end = from;
    while (end < tokens.size() && tokens.get(end).isValue()
        && !(endAtBlankLineStart && end > from && opensLineBlank(tokens, end))) {
      shown.add(tokens.get(end).shown());
      numbers.add(tokens.get(end++).number());
    }
    return new ValueRun(numbers, shown, end);
  }

  private static boolean opensLineBlank(List<Token> tokens, int index) {
    return tokens.get(index).text().isEmpty() && tokens.get(index).line() != tokens.get(index - 1).line();
  }

  /** The number the cell states, or null for label text and empty values. */
  private static BigDecimal numberIn(String cell) {
    if (cell.equals(NONE)) {
      return BigDecimal.ZERO;
    }
    if (!mayBeNumber(cell)) {
      return null;
    }
    Matcher number = NUMBER.matcher(cell);
    return number.matches() ? new BigDecimal(number.group(1).replace(",", "")) : null;
  }

  /** A number starts with a digit or a sign; blank cells and label cells, most of them, skip the pattern. */
  private static boolean mayBeNumber(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    return (first >= '0' && first <= '9') || first == '-' || first == '+';
  }

  /**
   * Where the line of the token before {@code from} ends (the index of the first token on a later
   * line) when it goes on with more values from {@code from}; -1 when it does not.
   */
  static int valuesGoOnUntil(List<Token> tokens, int from) {
    int line = tokens.get(from - 1).line();
    int end = from;
    boolean values = false;
    while (end < tokens.size() && tokens.get(end).line() == line) {
      values |= tokens.get(end++).isValue();
    }
    return values ? end : -1;
  }

  /**
   * The cells from the last token among {@code from} to {@code to} that {@code names} accepts (a
   * row's label) to the end of its line within them, when there are more than the label: cells beside
   * a row's label that are no values could not be read. When the label stands alone on its line, one
   * cell a line, the cells below it up to the next label that {@code namesAnyRow} accepts, if each
   * looks like a value (十余, 8.8万); null when there are none, as for a row left blank, or when they
   * are words (the rest of a wrapped label).
   */
  static String labelLineWithCells(List<Token> tokens, int from, int to, Predicate<String> names,
      Predicate<String> namesAnyRow) {
    for (int label = to - 1; label >= from; label--) {
      if (names.test(tokens.get(label).text())) {
        int end = label + 1;
        while (end < to && tokens.get(end).line() == tokens.get(label).line()) {
          end++;
        }
        if (end > label + 1) {
          return texts(tokens, label, end);
        }
        while (end < to && !namesAnyRow.test(tokens.get(end).text()) && startsLikeValue(tokens.get(end).text())) {
          end++;
        }
        boolean cellsBelow = end > label + 1 && (end == to || namesAnyRow.test(tokens.get(end).text()));
        return cellsBelow ? texts(tokens, label, end) : null;
      }
    }
    return null;
  }

  /**
   * A cell whose first character is a digit or a Chinese numeral, as a value's is, and not the list
   * marker of a label (三、本年度办理结果).
   */
  private static boolean startsLikeValue(String cell) {
    if (cell.isEmpty() || cell.length() > 1 && cell.charAt(1) == '、') {
      return false;
    }
    char first = cell.charAt(0);
    return first >= '0' && first <= '9' || CHINESE_NUMERAL_CHARACTERS.indexOf(first) >= 0;
  }

  /**
   * The index of the page number a PDF conversion left inside a run of values (2 0 0 / 3 / 0 1 0 3),
   * or -1: when the run is one cell longer than a row of {@code width}, the one cell of it, a plain
   * number, that stands alone on its line (in a table of one cell a line every cell does).
   */
  static int pageNumberIn(List<Token> tokens, ValueRun run, int width) {
    if (run.numbers().size() != width + 1) {
      return -1;
    }
    int alone = -1;
    for (int i = run.end() - run.numbers().size(); i < run.end(); i++) {
      if (aloneOnItsLine(tokens, i)) {
        if (alone >= 0) {
          return -1;
        }
        alone = i;
      }
    }
    return alone >= 0 && PAGE_NUMBER.matcher(tokens.get(alone).text()).matches() ? alone : -1;
  }

  private static boolean aloneOnItsLine(List<Token> tokens, int index) {
    int line = tokens.get(index).line();
    return (index == 0 || tokens.get(index - 1).line() != line)
        && (index + 1 == tokens.size() || tokens.get(index + 1).line() != line);
  }

  /**
   * The run with the figures a CSV row split at unquoted thousands separators (10,1,002,0,…) joined
   * again, when the run has {@code width} cells but for as many such splits, none sharing a cell, on
   * one CSV line: the template's columns prove each pair one figure. Otherwise the run as it is.
   */
  static ValueRun withThousandsJoined(List<String> lines, List<Token> tokens, ValueRun run, int width) {
    int extra = run.numbers().size() - width;
    int first = run.end() - run.numbers().size();
    if (extra <= 0 || tokens.get(first).line() != tokens.get(run.end() - 1).line()
        || !isCsvLine(lines.get(tokens.get(first).line()))) {
      return run;
    }
    List<String> cells = tokens.subList(first, run.end()).stream().map(Token::text).toList();
    List<Integer> pairs = CsvCells.thousandsPairs(cells, 0, UnaryOperator.identity());
    if (!CsvCells.proveSplits(pairs, extra)) {
      return run;
    }
    List<BigDecimal> numbers = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (int cell = 0; cell < cells.size(); cell++) {
      if (pairs.contains(cell)) {
        BigDecimal figure = new BigDecimal(cells.get(cell) + cells.get(++cell));
        numbers.add(figure);
        shown.add(figure.toPlainString());
      } else {
        numbers.add(run.numbers().get(cell));
        shown.add(run.shown().get(cell));
      }
    }
    return new ValueRun(numbers, shown, run.end());
  }

  /**
   * Whether the line's cells are separated by pipes (an HTML row), tabs or commas (a CSV row), not
   * only by spaces as in PDF text.
   */
  static boolean isSeparatedRow(String line) {
    return line.contains(HTML_CELL_SEPARATOR) || line.indexOf('\t') >= 0 || isCsvLine(line);
  }

  private static boolean isCsvLine(String line) {
    return mayBeCsvRow(line) && isCsvRow(CsvCells.of(line));
  }

  /** The cells of tokens {@code from} (inclusive) to {@code to} (exclusive) as written. */
  static String texts(List<Token> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
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
