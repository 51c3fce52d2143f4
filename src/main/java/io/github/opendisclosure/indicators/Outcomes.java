package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.CARRIED_TO_NEXT_YEAR;
import static io.github.opendisclosure.extract.ReportMetric.DENIED;
import static io.github.opendisclosure.extract.ReportMetric.GRANTED;
import static io.github.opendisclosure.extract.ReportMetric.NOT_PROCESSED;
import static io.github.opendisclosure.extract.ReportMetric.PARTIALLY_GRANTED;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_CARRIED_OVER;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;
import static io.github.opendisclosure.extract.ReportMetric.TOTAL_HANDLED;
import static io.github.opendisclosure.extract.ReportMetric.UNABLE_TO_PROVIDE;

/**
 * Outcomes: how the requests answered in the year ended, each a share of the answers
 * ({@code total_handled}, （七）总计 / 申请答复数), and what was left for the next year.
 */
public final class Outcomes {

  private Outcomes() {}

  /** Grant rate: answers that released the information in full or in part, {@code (granted + partially_granted) / total_handled}. */
  public static Ratio grantRate() {
    return Ratio.of(MetricTerm.sum(GRANTED, PARTIALLY_GRANTED), MetricTerm.sum(TOTAL_HANDLED));
  }

  /** Denial rate: answers that refused disclosure (不予公开), {@code denied / total_handled}. */
  public static Ratio denialRate() {
    return Ratio.of(MetricTerm.sum(DENIED), MetricTerm.sum(TOTAL_HANDLED));
  }

  /** Unable-to-provide rate: answers that the information could not be provided (无法提供), {@code unable_to_provide / total_handled}. */
  public static Ratio unableToProvideRate() {
    return Ratio.of(MetricTerm.sum(UNABLE_TO_PROVIDE), MetricTerm.sum(TOTAL_HANDLED));
  }

  /** Not-processed rate: requests the agency declined to process (不予处理), {@code not_processed / total_handled}. */
  public static Ratio notProcessedRate() {
    return Ratio.of(MetricTerm.sum(NOT_PROCESSED), MetricTerm.sum(TOTAL_HANDLED));
  }

  /**
   * Backlog rate: the workload carried to the next year (结转下年度继续办理),
   * {@code carried_to_next_year / (requests_received + requests_carried_over)}.
   */
  public static Ratio backlogRate() {
    return Ratio.of(MetricTerm.sum(CARRIED_TO_NEXT_YEAR), MetricTerm.sum(REQUESTS_RECEIVED, REQUESTS_CARRIED_OVER));
  }
}
