package io.github.opendisclosure.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the extractor noticed in a report and did not resolve; the record is still written. */
public enum IssueCode {
  /** A stated total differs from the sum of its stated parts. */
  TOTAL_MISMATCH("合计数与各分项之和不符"),
  /** 新收 + 上年结转 differs from 已办理 (总计) + 结转下年度, the table's own 勾稽关系. */
  BALANCE_MISMATCH("收结数据不平衡（新收与上年结转之和不等于办理总数与结转下年度之和）"),
  /** Two places in the report state different values for one metric; the first (table) is kept. */
  CONFLICTING_VALUES("同一数据在报告中前后不一致"),
  /** The year in the title disagrees with the year the text reports on. */
  YEAR_CONFLICT("标题年份与正文所报年份不符"),
  /** A table starts but stops before its last row. */
  TABLE_TRUNCATED("统计表不完整（未到最后一行即中断）"),
  /**
   * A group of numbers in a table that matches no row of the template, or a prose list whose figures
   * do not pair with the parts it names; it was not read.
   */
  UNRECOGNIZED_ROW("有无法对应模板的数据（统计表中的行，或“分别为”列举中与名目对不上的数字）"),
  /** A statistics table is present but has no numbers in it. */
  EMPTY_TABLE("统计表中没有数据"),
  /** A value that cannot be what it claims (a fractional count); it is left null. */
  INVALID_VALUE("数值不合理（如计数为小数，或位数超出可存储的范围）"),
  /** A number was stated as an approximation (1200余条); the stated figure is recorded. */
  APPROXIMATE_VALUE("数据为约数（如“1200余条”）"),
  /** The agency's region could not be found in the administrative-division data. */
  UNKNOWN_REGION("无法确定所属行政区划"),
  /** The kind of office could not be told from the agency's name. */
  UNKNOWN_AGENCY_TYPE("无法确定机关类型"),
  /** The document is very large; only its first part was read. */
  DOCUMENT_TRUNCATED("文档过长，仅读取了前一部分");

  private final String label;

  IssueCode(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The issue in the words an evaluator reads (deduction reasons are in Chinese, like the reports). */
  public String label() {
    return label;
  }

  /** The issue of a {@link #code()}, if it is one. */
  public static Optional<IssueCode> forCode(String code) {
    return Arrays.stream(values()).filter(issue -> issue.code().equals(code)).findFirst();
  }
}
