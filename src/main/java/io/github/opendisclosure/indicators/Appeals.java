package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.LITIGATION_CORRECTED;
import static io.github.opendisclosure.extract.ReportMetric.LITIGATION_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.RECONSIDERATION_CORRECTED;
import static io.github.opendisclosure.extract.ReportMetric.RECONSIDERATION_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;

/**
 * Appeals: administrative reconsiderations (行政复议) and lawsuits (行政诉讼) over the agency's
 * disclosure decisions, and how often they corrected it. The totals are the reports' 总计, which
 * include cases still pending.
 */
public final class Appeals {

  private Appeals() {}

  /** Reconsiderations per 100 requests: {@code 100 * reconsideration_total / requests_received}. */
  public static Ratio reconsiderationsPer100Requests() {
    return Ratio.per100(MetricTerm.sum(RECONSIDERATION_TOTAL), MetricTerm.sum(REQUESTS_RECEIVED));
  }

  /** Lawsuits per 100 requests: {@code 100 * litigation_total / requests_received}. */
  public static Ratio lawsuitsPer100Requests() {
    return Ratio.per100(MetricTerm.sum(LITIGATION_TOTAL), MetricTerm.sum(REQUESTS_RECEIVED));
  }

  /** Reconsideration corrected rate: reconsiderations that corrected the agency (结果纠正), {@code reconsideration_corrected / reconsideration_total}. */
  public static Ratio reconsiderationCorrectedRate() {
    return Ratio.of(MetricTerm.sum(RECONSIDERATION_CORRECTED), MetricTerm.sum(RECONSIDERATION_TOTAL));
  }

  /** Lawsuit corrected rate: lawsuits that corrected the agency (结果纠正), {@code litigation_corrected / litigation_total}. */
  public static Ratio lawsuitCorrectedRate() {
    return Ratio.of(MetricTerm.sum(LITIGATION_CORRECTED), MetricTerm.sum(LITIGATION_TOTAL));
  }
}
