package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.extract.national.TableTokens.Token;
import io.github.opendisclosure.extract.national.TableTokens.ValueRun;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads 二、主动公开政府信息情况, the table of 《条例》第二十条: rules and normative documents,
 * licensing, penalties, enforcement and fees, and in 2019 procurement. Its columns differ between
 * the templates: 2019 counts 本年新制作 / 本年新公开 / 对外公开总数 and items of the previous year,
 * the 2021 revision counts 制发 / 废止 / 现行有效 and decisions, and fees in 万元.
 */
final class ProactiveTableReader {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  /** The section heading on a line of its own; a sentence that lists the sections is not it. */
  private static final Pattern TABLE_START = Pattern.compile("^(?:[二2]\\s*[、.]\\s*)?主动公开政府信息情况$");
  private static final Pattern TABLE_END = Pattern.compile("收到和处理|本年新收");

  /** A row: the words of its label and the metric of each of its numbers (万元 ones converted to yuan). */
  private record Row(Pattern label, List<ReportMetric> columns) {
    static Row of(String label, ReportMetric... columns) {
      return new Row(Pattern.compile(label), List.of(columns));
    }
  }

  private static final List<Row> ROWS_2019 = List.of(
      Row.of("规章", ReportMetric.RULES_MADE, ReportMetric.RULES_PUBLISHED, ReportMetric.RULES_TOTAL_PUBLISHED),
      Row.of("规范性文件", ReportMetric.NORMATIVE_DOCUMENTS_MADE, ReportMetric.NORMATIVE_DOCUMENTS_PUBLISHED,
          ReportMetric.NORMATIVE_DOCUMENTS_TOTAL_PUBLISHED),
      Row.of("行政许可", ReportMetric.LICENSING_ITEMS_PREVIOUS_YEAR, ReportMetric.LICENSING_ITEMS_CHANGE,
          ReportMetric.LICENSING_DECISIONS),
      // Recognised so that its numbers are not mistaken for another row's; the contract has no key for it.
      new Row(Pattern.compile("其他对外管理服务事项"), List.of()),
      Row.of("行政处罚", ReportMetric.PENALTY_ITEMS_PREVIOUS_YEAR, ReportMetric.PENALTY_ITEMS_CHANGE,
          ReportMetric.PENALTY_DECISIONS),
      Row.of("行政强制", ReportMetric.ENFORCEMENT_ITEMS_PREVIOUS_YEAR, ReportMetric.ENFORCEMENT_ITEMS_CHANGE,
          ReportMetric.ENFORCEMENT_DECISIONS),
      Row.of("行政事业性收费", ReportMetric.FEE_ITEMS_PREVIOUS_YEAR, ReportMetric.FEE_ITEMS_CHANGE),
      Row.of("政府集中采购|集中采购", ReportMetric.PROCUREMENT_PROJECTS, ReportMetric.PROCUREMENT_AMOUNT_YUAN));

  private static final List<Row> ROWS_2021 = List.of(
      Row.of("规章", ReportMetric.RULES_ISSUED, ReportMetric.RULES_REPEALED, ReportMetric.RULES_IN_FORCE),
      Row.of("规范性文件", ReportMetric.NORMATIVE_DOCUMENTS_ISSUED, ReportMetric.NORMATIVE_DOCUMENTS_REPEALED,
          ReportMetric.NORMATIVE_DOCUMENTS_IN_FORCE),
      Row.of("行政许可", ReportMetric.LICENSING_DECISIONS),
      Row.of("行政处罚", ReportMetric.PENALTY_DECISIONS),
      Row.of("行政强制", ReportMetric.ENFORCEMENT_DECISIONS),
      Row.of("行政事业性收费", ReportMetric.ADMINISTRATIVE_FEES_YUAN));

  /** Reads the table of the given template into {@code readings}; returns whether it was found. */
  boolean read(List<String> lines, ReportTemplate template, MetricReadings readings) {
    int start = TableTokens.findLine(lines, TABLE_START, 0);
    int end = TableTokens.findLine(lines, TABLE_END, start + 1);
    if (start < 0 || end < 0) {
      return false;
    }
    // Some offices kept one template's 主动公开 table beside the other's application table: its own
    // column headings (对外公开总数量 or 现行有效件数) tell which columns it has.
    ReportTemplate ownTemplate = NationalTemplate.byWording(String.join("\n", lines.subList(start, end))).orElse(template);
    List<Row> rows = ownTemplate == ReportTemplate.NATIONAL_2019 ? ROWS_2019 : ROWS_2021;
    List<Token> tokens = TableTokens.of(lines, start + 1, end);
    StringBuilder label = new StringBuilder();
    int labelFrom = 0;
    int next = 0;
    boolean found = false;
    for (int i = 0; i < tokens.size(); ) {
      if (!tokens.get(i).isValue()) {
        label.append(tokens.get(i++).text());
        continue;
      }
      int matched = rowNamedBy(rows, next, label.toString());
      ValueRun run = TableTokens.valuesFrom(tokens, i);
      ValueRun values = matched >= 0
          ? TableTokens.withThousandsJoined(lines, tokens, run.upTo(rows.get(matched).columns().size()),
              rows.get(matched).columns().size())
          : run;
      List<BigDecimal> group = values.numbers();
      i = run.end();
      if (values.blank()) {
        // A row left blank states nothing; a header's blank cell, after no row's label, is no row's.
        if (matched >= 0) {
          next = matched + 1;
          labelFrom = i;
          label.setLength(0);
        }
        continue;
      }
      boolean unrecorded = matched >= 0 && rows.get(matched).columns().isEmpty();
      if (matched >= 0) {
        reportUnread(rows, next, matched, tokens, labelFrom, values.end() - group.size(), readings);
      }
      if (unrecorded) {
        next = matched + 1;
      } else if (matched < 0 || rows.get(matched).columns().size() != group.size()) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "第二十条 table: " + group.size() + " numbers after \""
            + label + "\" match no row of the " + ownTemplate.code() + " template; they were not read");
      } else {
        String evidence = label + " " + values.evidence();
        List<ReportMetric> columns = rows.get(matched).columns();
        for (int column = 0; column < columns.size(); column++) {
          if (group.get(column) != null) {
            readings.put(columns.get(column), inUnitOf(columns.get(column), group.get(column)), evidence);
          }
        }
        next = matched + 1;
        found = true;
      }
      labelFrom = i;
      label.setLength(0);
    }
    reportUnread(rows, next, rows.size(), tokens, labelFrom, tokens.size(), readings);
    return found;
  }

  /**
   * Says so of each of the rows {@code skippedFrom} to {@code skippedTo}, passed over before a row's
   * values, whose label is among tokens {@code from} to {@code to} with cells beside it, or one cell a
   * line below it, that are no values (8.8万, 11件(含)).
   */
  private static void reportUnread(List<Row> rows, int skippedFrom, int skippedTo, List<Token> tokens, int from, int to,
      MetricReadings readings) {
    for (Row row : rows.subList(skippedFrom, skippedTo)) {
      String cells = row.columns().isEmpty() ? null
          : TableTokens.labelLineWithCells(tokens, from, to, text -> row.label().matcher(text).find(),
              text -> rows.stream().anyMatch(any -> any.label().matcher(text).find()));
      if (cells != null) {
        readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "第二十条 table: the row \"" + cells
            + "\" has no value that could be read; it was not read");
      }
    }
  }

  /** Of the rows from {@code from} on that the label names, the one named closest to the numbers. */
  private static int rowNamedBy(List<Row> rows, int from, String label) {
    int best = -1;
    int bestPosition = -1;
    for (int row = from; row < rows.size(); row++) {
      java.util.regex.Matcher matcher = rows.get(row).label().matcher(label);
      int position = -1;
      while (matcher.find()) {
        position = matcher.start();
      }
      if (position > bestPosition) {
        best = row;
        bestPosition = position;
      }
    }
    return best;
  }

  /** The table states money in 万元; the record keeps yuan. */
  private static BigDecimal inUnitOf(ReportMetric metric, BigDecimal stated) {
    return metric.unit() == io.github.opendisclosure.extract.MetricUnit.YUAN ? stated.multiply(TEN_THOUSAND) : stated;
  }
}
