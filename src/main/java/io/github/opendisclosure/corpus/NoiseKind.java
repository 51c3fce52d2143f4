package io.github.opendisclosure.corpus;

import java.util.Locale;

/**
 * What real pages carry that a clean report does not, and the issue the extractor is expected to
 * raise for it, if any. A generated report lists the kinds it carries in the corpus manifest.
 */
public enum NoiseKind {
  GB18030(null),
  /** GB18030 bytes behind an HTML {@code <meta charset=gb2312>}. */
  GB2312_LABEL(null),
  UTF8_BYTE_ORDER_MARK(null),
  CRLF_LINE_ENDS(null),
  /** Tables with rowspan and colspan cells on an HTML page. */
  HTML_MERGED_CELLS(null),
  /** Navigation, 发布日期, 浏览次数 and 打印本页 around the report. */
  PAGE_BOILERPLATE(null),
  FULL_WIDTH_DIGITS(null),
  CHINESE_NUMERALS(null),
  /** 1200余条: the round figure is the value. */
  APPROXIMATE_NUMBER("approximate_value"),
  /** 未收到, 未发生, 未收取任何费用: statements of none, worth 0. */
  NONE_STATEMENTS(null),
  /** A stated total that is not the sum of its parts; the stated number is the truth. */
  TOTAL_MISMATCH("total_mismatch"),
  /** A table that stops before its last row; the rows not printed are absent from the truth. */
  TABLE_CUT("table_truncated"),
  /** The title names last year (a reused title); the text's year is the truth. */
  TITLE_YEAR_CONFLICT("year_conflict"),
  /** Prose states another value than the table for one metric; the table's is the truth. */
  PROSE_TABLE_CONFLICT("conflicting_values");

  private final String expectedIssue;

  NoiseKind(String expectedIssue) {
    this.expectedIssue = expectedIssue;
  }

  /** The extractor's issue code this noise should raise, or null. */
  public String expectedIssue() {
    return expectedIssue;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
