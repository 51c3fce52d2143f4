package io.github.opendisclosure.extract;

/** The layout a report's numbers come in, as the contract names it. */
public enum ReportTemplate {
  /** The old 政府信息公开情况统计表, used until the 2018 reports. */
  PRE2019("pre2019"),
  /** The national template of 2019 (reports on 2019 and 2020). */
  NATIONAL_2019("2019"),
  /** The 2021 revision of the national template (reports on 2021 onwards). */
  NATIONAL_2021("2021"),
  /** No statistics table: the numbers are in sentences only. */
  NARRATIVE("narrative");

  private final String code;

  ReportTemplate(String code) {
    this.code = code;
  }

  /** The value of the record's {@code template} field. */
  public String code() {
    return code;
  }
}
