package io.github.opendisclosure.lakehouse;

import io.github.opendisclosure.extract.ReportRecord;

/**
 * The stable key of an agency across its reports: its division and kind of office
 * ({@code 320813/county_government}) when both are known, which survives renames such as
 * 洪泽区人民政府 → 淮安市洪泽区人民政府; otherwise its name ({@code name/某某局}).
 */
public final class AgencyKey {

  private static final String UNKNOWN_TYPE = "other";

  private AgencyKey() {}

  public static String of(ReportRecord record) {
    boolean identified = record.divisionCode() != null && record.agencyType() != null
        && !UNKNOWN_TYPE.equals(record.agencyType());
    return identified ? record.divisionCode() + "/" + record.agencyType() : "name/" + record.agencyName();
  }
}
