package io.github.opendisclosure.extract;

import java.util.Locale;

/** What the extractor noticed in a report and did not resolve; the record is still written. */
public enum IssueCode {
  /** A stated total differs from the sum of its stated parts. */
  TOTAL_MISMATCH,
  /** 新收 + 上年结转 differs from 已办理 (总计) + 结转下年度, the table's own 勾稽关系. */
  BALANCE_MISMATCH,
  /** Two places in the report state different values for one metric; the first (table) is kept. */
  CONFLICTING_VALUES,
  /** The year in the title disagrees with the year the text reports on. */
  YEAR_CONFLICT,
  /** A table starts but stops before its last row. */
  TABLE_TRUNCATED,
  /** A statistics table is present but has no numbers in it. */
  EMPTY_TABLE,
  /** A value that cannot be what it claims (a fractional count); it is left null. */
  INVALID_VALUE,
  /** A number was stated as an approximation (1200余条); the stated figure is recorded. */
  APPROXIMATE_VALUE,
  /** The agency's region could not be found in the administrative-division data. */
  UNKNOWN_REGION,
  /** The kind of office could not be told from the agency's name. */
  UNKNOWN_AGENCY_TYPE,
  /** The document is very large; only its first part was read. */
  DOCUMENT_TRUNCATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
