package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_CARRIED_OVER;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;

/** Request volume: how many requests for information an agency had to answer. */
public final class RequestVolume {

  private RequestVolume() {}

  /** Requests received: the new requests of the year (本年新收 / 收到申请数), {@code requests_received}. */
  public static Total requestsReceived() {
    return Total.of(MetricTerm.sum(REQUESTS_RECEIVED));
  }

  /**
   * Request workload: the new requests plus those carried over from the year before (上年结转),
   * {@code requests_received + requests_carried_over}. Pre-2019 tables do not state the carry-over,
   * so their workload is null, not the new requests alone.
   */
  public static Total workload() {
    return Total.of(MetricTerm.sum(REQUESTS_RECEIVED, REQUESTS_CARRIED_OVER));
  }
}
