package io.github.opendisclosure.indicators;

import java.util.Locale;

/**
 * Every indicator the dashboards compare, in the order of the tables' columns. Each is defined once,
 * by the function named after it in its family class, and described with the same formula, unit and
 * inputs in {@code conf/indicators.conf} ({@link IndicatorConf} checks that the two agree).
 */
public enum Indicator {
  REQUESTS_RECEIVED(IndicatorUnit.REQUESTS, "New requests received", RequestVolume.requestsReceived()),
  REQUEST_WORKLOAD(IndicatorUnit.REQUESTS, "New requests plus those carried over", RequestVolume.workload()),
  ZERO_REQUEST_RATE(IndicatorUnit.RATE, "1 when the agency received no request, 0 when it received some",
      ZeroRequests.rate()),
  STAFF_TOTAL(IndicatorUnit.STAFF, "People working on disclosure", Staffing.staffTotal()),
  STAFF_FULL_TIME_RATE(IndicatorUnit.RATE, "Full-time share of the staff", Staffing.fullTimeRate()),
  REQUESTS_PER_STAFF(IndicatorUnit.REQUESTS_PER_STAFF_MEMBER, "New requests per staff member",
      Staffing.requestsPerStaff()),
  ON_TIME_COMPLETION_RATE(IndicatorUnit.RATE, "Requests completed on time among those completed",
      OnTimeCompletion.rate()),
  GRANT_RATE(IndicatorUnit.RATE, "Answers granting in full or in part", Outcomes.grantRate()),
  DENIAL_RATE(IndicatorUnit.RATE, "Answers denying disclosure", Outcomes.denialRate()),
  UNABLE_TO_PROVIDE_RATE(IndicatorUnit.RATE, "Answers that the information cannot be provided",
      Outcomes.unableToProvideRate()),
  NOT_PROCESSED_RATE(IndicatorUnit.RATE, "Requests not processed among the answers", Outcomes.notProcessedRate()),
  BACKLOG_RATE(IndicatorUnit.RATE, "Workload carried to the next year", Outcomes.backlogRate()),
  RECONSIDERATIONS_PER_100_REQUESTS(IndicatorUnit.PER_100_REQUESTS, "Administrative reconsiderations per 100 requests",
      Appeals.reconsiderationsPer100Requests()),
  LAWSUITS_PER_100_REQUESTS(IndicatorUnit.PER_100_REQUESTS, "Lawsuits per 100 requests",
      Appeals.lawsuitsPer100Requests()),
  RECONSIDERATION_CORRECTED_RATE(IndicatorUnit.RATE, "Reconsiderations that corrected the agency",
      Appeals.reconsiderationCorrectedRate()),
  LAWSUIT_CORRECTED_RATE(IndicatorUnit.RATE, "Lawsuits that corrected the agency", Appeals.lawsuitCorrectedRate()),
  PROACTIVE_ITEMS(IndicatorUnit.ITEMS, "Items published proactively", TransparencyOutput.proactiveItems());

  private final IndicatorUnit unit;
  private final String label;
  private final IndicatorFormula formula;

  Indicator(IndicatorUnit unit, String label, IndicatorFormula formula) {
    this.unit = unit;
    this.label = label;
    this.formula = formula;
  }

  /** The column name in every indicator table and the indicator's name in {@code conf/indicators.conf}. */
  public String columnName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public IndicatorUnit unit() {
    return unit;
  }

  /** What the column holds, in a few words, for the tables' column comments. */
  public String label() {
    return label;
  }

  public IndicatorFormula formula() {
    return formula;
  }
}
