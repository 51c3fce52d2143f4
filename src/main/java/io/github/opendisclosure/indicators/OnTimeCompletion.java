package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.COMPLETED_ON_TIME;
import static io.github.opendisclosure.extract.ReportMetric.COMPLETED_TOTAL;

/** On-time completion: whether requests were answered within the legal time limit. */
public final class OnTimeCompletion {

  private OnTimeCompletion() {}

  /**
   * On-time completion rate: the requests completed on time (按时办结数) among those completed
   * (申请办结数), {@code completed_on_time / completed_total}. Only the pre-2019 统计表 and prose
   * reports state it; the 2019 and 2021 templates do not ask, so the group tables show its coverage
   * ({@code on_time_completion_rate_coverage_rate}) beside it.
   */
  public static Ratio rate() {
    return Ratio.of(MetricTerm.sum(COMPLETED_ON_TIME), MetricTerm.sum(COMPLETED_TOTAL));
  }
}
