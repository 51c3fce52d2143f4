package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;

/** Zero requests: agencies that nobody asked for information. */
public final class ZeroRequests {

  private ZeroRequests() {}

  /**
   * Zero-request rate: the share of reporting agencies that received no request, among those whose
   * report states the number, {@code CAST(requests_received = 0 AS DOUBLE)} per agency (1 or 0). An
   * agency whose report does not say is left out, not counted as zero.
   */
  public static Share rate() {
    return Share.ofAgencies(MetricTerm.isZero(REQUESTS_RECEIVED));
  }
}
