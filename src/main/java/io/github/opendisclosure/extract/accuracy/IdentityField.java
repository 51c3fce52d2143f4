package io.github.opendisclosure.extract.accuracy;

import io.github.opendisclosure.extract.ReportRecord;
import java.util.Locale;
import java.util.function.Function;

/** The fields that say which report a record is about, read alike from the labels and from a record. */
public enum IdentityField {
  AGENCY_NAME(ExpectedRecord::agencyName, ReportRecord::agencyName),
  AGENCY_TYPE(ExpectedRecord::agencyType, ReportRecord::agencyType),
  LEVEL(ExpectedRecord::level, ReportRecord::level),
  PROVINCE(ExpectedRecord::province, ReportRecord::province),
  CITY(ExpectedRecord::city, ReportRecord::city),
  COUNTY(ExpectedRecord::county, ReportRecord::county),
  TOWNSHIP(ExpectedRecord::township, ReportRecord::township),
  DIVISION_CODE(ExpectedRecord::divisionCode, ReportRecord::divisionCode),
  YEAR(ExpectedRecord::year, ReportRecord::year),
  TEMPLATE(ExpectedRecord::template, ReportRecord::template);

  private final Function<ExpectedRecord, Object> expectedValue;
  private final Function<ReportRecord, Object> extractedValue;

  IdentityField(Function<ExpectedRecord, Object> expectedValue, Function<ReportRecord, Object> extractedValue) {
    this.expectedValue = expectedValue;
    this.extractedValue = extractedValue;
  }

  /** The field's name in records and label files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Object expected(ExpectedRecord labels) {
    return expectedValue.apply(labels);
  }

  public Object extracted(ReportRecord record) {
    return extractedValue.apply(record);
  }
}
