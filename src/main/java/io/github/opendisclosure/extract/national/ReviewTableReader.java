package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.national.TableTokens.Token;
import io.github.opendisclosure.extract.national.TableTokens.ValueRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads 四、政府信息公开行政复议、行政诉讼情况: fifteen numbers under a header of several rows —
 * 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each as 结果维持, 结果纠正, 其他结果,
 * 尚未审结, 总计 — on one line, across lines or one a line.
 */
final class ReviewTableReader {

  /** The section heading, or the table's own header row; a sentence that lists the sections is neither. */
  private static final Pattern TABLE_HEADING = Pattern.compile(
      "^(?:[四4]\\s*[、.]\\s*)?(?:因)?政府信息公开.{0,4}行政复议.{0,6}行政诉讼.{0,4}情况$|^行政复议\\s*\\|?\\s*行政诉讼");
  private static final Pattern TABLE_END = Pattern.compile("五、|存在的主要问题");
  private static final int NUMBERS = 15;
  /** 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计 of each of the table's three parts. */
  private static final int PART_COLUMNS = 5;
  private static final List<ReportMetric> COLUMNS = List.of(
      ReportMetric.RECONSIDERATION_UPHELD, ReportMetric.RECONSIDERATION_CORRECTED, ReportMetric.RECONSIDERATION_OTHER,
      ReportMetric.RECONSIDERATION_PENDING, ReportMetric.RECONSIDERATION_TOTAL,
      ReportMetric.LITIGATION_DIRECT_UPHELD, ReportMetric.LITIGATION_DIRECT_CORRECTED, ReportMetric.LITIGATION_DIRECT_OTHER,
      ReportMetric.LITIGATION_DIRECT_PENDING, ReportMetric.LITIGATION_DIRECT_TOTAL,
      ReportMetric.LITIGATION_AFTER_RECONSIDERATION_UPHELD, ReportMetric.LITIGATION_AFTER_RECONSIDERATION_CORRECTED,
      ReportMetric.LITIGATION_AFTER_RECONSIDERATION_OTHER, ReportMetric.LITIGATION_AFTER_RECONSIDERATION_PENDING,
      ReportMetric.LITIGATION_AFTER_RECONSIDERATION_TOTAL);

  /** Reads the table into {@code readings}; returns whether it was found. */
  boolean read(List<String> lines, MetricReadings readings) {
    int start = TableTokens.findLine(lines, TABLE_HEADING, 0);
    if (start < 0) {
      return false;
    }
    int end = TableTokens.findLine(lines, TABLE_END, start + 1);
    // An empty value (a dash) takes its column and is null, so the numbers after it keep theirs.
    List<BigDecimal> numbers = new ArrayList<>();
    List<Integer> numberLines = new ArrayList<>();
    List<Token> tokens = TableTokens.of(lines, start + 1, end < 0 ? lines.size() : end);
    for (int i = 0; i < tokens.size() && numbers.size() < NUMBERS; ) {
      if (!tokens.get(i).isValue()) {
        i++;
        continue;
      }
      ValueRun run = TableTokens.valuesFrom(tokens, i).within(NUMBERS).upTo(NUMBERS);
      // Blank cells short of a whole row are the header's (an empty corner), not its values.
      boolean header = run.blank() && run.numbers().size() != NUMBERS;
      int pageNumber = TableTokens.pageNumberIn(tokens, run, NUMBERS);
      if (pageNumber < 0 && widerThanTheTable(tokens, run)) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "the 行政复议/行政诉讼 table has a row of " + run.numbers().size()
            + " cells, more than its " + NUMBERS + " (\"" + run.evidence() + "\"); it was not read");
        return true;
      }
      for (i = run.end() - run.numbers().size(); i < run.end(); i++) {
        if (!header && numbers.size() < NUMBERS && i != pageNumber) {
          numbers.add(tokens.get(i).number());
          numberLines.add(tokens.get(i).line());
        }
      }
    }
    if (numbers.size() < NUMBERS) {
      readings.addIssue(IssueCode.TABLE_TRUNCATED, "the 行政复议/行政诉讼 table has " + numbers.size()
          + " of its " + NUMBERS + " numbers; it was not read");
      return true;
    }
    String secondRow = secondRow(tokens, numberLines.get(NUMBERS - 1));
    if (secondRow != null) {
      readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "the 行政复议/行政诉讼 table has another row of numbers after its "
          + NUMBERS + " (\"" + secondRow + "\"); it was not read");
    }
    String evidence = evidence(lines, numberLines);
    for (int column = 0; column < NUMBERS; column++) {
      if (numbers.get(column) != null) {
        readings.put(COLUMNS.get(column), numbers.get(column), evidence);
      }
    }
    putSum(readings, ReportMetric.LITIGATION_TOTAL, numbers.get(9), numbers.get(14), evidence);
    putSum(readings, ReportMetric.LITIGATION_CORRECTED, numbers.get(6), numbers.get(11), evidence);
    checkTotal(readings, numbers, 0, "行政复议");
    checkTotal(readings, numbers, 5, "行政诉讼 未经复议直接起诉");
    checkTotal(readings, numbers, 10, "行政诉讼 复议后起诉");
    return true;
  }

  /** Both kinds of lawsuit together, when the table states both. */
  private static void putSum(MetricReadings readings, ReportMetric metric, BigDecimal direct,
      BigDecimal afterReconsideration, String evidence) {
    if (direct != null && afterReconsideration != null) {
      readings.put(metric, direct.add(afterReconsideration), evidence);
    }
  }

  private static void checkTotal(MetricReadings readings, List<BigDecimal> numbers, int first, String part) {
    if (numbers.subList(first, first + 5).contains(null)) {
      return;
    }
    BigDecimal sum = numbers.subList(first, first + 4).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total = numbers.get(first + 4);
    if (sum.compareTo(total) != 0) {
      readings.addIssue(IssueCode.TOTAL_MISMATCH, part + ": 总计 " + total.toPlainString()
          + " but 维持, 纠正, 其他 and 尚未审结 sum to " + sum.toPlainString());
    }
  }

  /**
   * Whether the run is one line of more cells than the table has columns, which no column can be
   * told in: a CSV file that leaves a figure's thousands separator unquoted (1,200 as 1 and 200).
   */
  private static boolean widerThanTheTable(List<Token> tokens, ValueRun run) {
    int first = run.end() - run.numbers().size();
    return run.numbers().size() > NUMBERS && tokens.get(first).line() == tokens.get(run.end() - 1).line();
  }

  /**
   * The cells of a row of numbers after the line of the table's last number, or null: at least a
   * part's five (a table written as two rows, or a file's rows of two offices or years), not a
   * page number or a figure in a note under the table.
   */
  private static String secondRow(List<Token> tokens, int lastLine) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).line() > lastLine && tokens.get(i).number() != null) {
        ValueRun run = TableTokens.valuesFrom(tokens, i);
        if (run.numbers().stream().filter(Objects::nonNull).count() >= PART_COLUMNS) {
          return run.evidence();
        }
        i = run.end();
      }
    }
    return null;
  }

  private static String evidence(List<String> lines, List<Integer> numberLines) {
    int first = numberLines.get(0);
    int last = numberLines.get(numberLines.size() - 1);
    return "行政复议/行政诉讼: " + String.join(" ", lines.subList(first, Math.min(last + 1, first + 16)));
  }
}
