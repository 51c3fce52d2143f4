package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;
import static io.github.opendisclosure.extract.ReportMetric.STAFF_FULL_TIME;
import static io.github.opendisclosure.extract.ReportMetric.STAFF_TOTAL;

/** Staffing per office: the people who work on disclosure, and their load. */
public final class Staffing {

  private Staffing() {}

  /**
   * Staff: the people working on disclosure, full- and part-time ({@code staff_total}). A group's
   * {@code staff_total_per_agency} is the staff per reporting agency that states it.
   */
  public static Total staffTotal() {
    return Total.of(MetricTerm.sum(STAFF_TOTAL));
  }

  /** Full-time share: the staff who work on disclosure full-time (专职), {@code staff_full_time / staff_total}. */
  public static Ratio fullTimeRate() {
    return Ratio.of(MetricTerm.sum(STAFF_FULL_TIME), MetricTerm.sum(STAFF_TOTAL));
  }

  /** Requests per staff member: {@code requests_received / staff_total}. */
  public static Ratio requestsPerStaff() {
    return Ratio.of(MetricTerm.sum(REQUESTS_RECEIVED), MetricTerm.sum(STAFF_TOTAL));
  }
}
