package io.github.opendisclosure.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How long a Spark stage of the benchmark would take on more cores and more reports, extrapolated from
 * what it did here by Amdahl's law. The time its driver ran alone stays, however many cores there are:
 * the JVM's and Spark's start, listing, planning, Delta's commits. The time of its tasks is shared by
 * the cores ({@link SparkTaskTimes#secondsOn}). Towards more reports, both parts follow the straight
 * line through the two largest corpora measured.
 *
 * <p>Left out: a cluster's executors start and warm up JVMs of their own, its shuffles cross the
 * network, and listing and committing on an object store take longer than on a local disk.
 */
final class ClusterExtrapolation {

  /** One Spark stage measured on one corpus: its wall time from outside (JVM start included) and its tasks. */
  record Measured(int reports, double wallSeconds, SparkTaskTimes tasks) {

    double driverAloneSeconds() {
      return Math.max(0, wallSeconds - tasks.busySeconds());
    }

    double modelledSeconds(int cores) {
      return driverAloneSeconds() + tasks.secondsOn(cores);
    }
  }

  private final Measured smaller;
  private final Measured larger;

  private ClusterExtrapolation(Measured smaller, Measured larger) {
    this.smaller = smaller;
    this.larger = larger;
  }

  /** The extrapolation from the two largest of {@code measured} (at least one). */
  static ClusterExtrapolation of(List<Measured> measured) {
    List<Measured> bySize = measured.stream().sorted(Comparator.comparingInt(Measured::reports)).toList();
    if (bySize.isEmpty()) {
      throw new IllegalArgumentException("nothing measured to extrapolate from");
    }
    Measured largest = bySize.get(bySize.size() - 1);
    Measured next = bySize.size() >= 2 ? bySize.get(bySize.size() - 2) : null;
    return new ClusterExtrapolation(next != null && next.reports() < largest.reports() ? next : null, largest);
  }

  int largestMeasured() {
    return larger.reports();
  }

  /** Whether two corpus sizes were measured, so that the time can follow the reports. */
  boolean followsReports() {
    return smaller != null;
  }

  /** Whether {@link #seconds} can give the time of {@code reports}. */
  boolean covers(long reports) {
    return reports == larger.reports() || followsReports();
  }

  double driverAloneSeconds(long reports) {
    return along(Measured::driverAloneSeconds, reports);
  }

  double seconds(long reports, int cores) {
    return driverAloneSeconds(reports) + along(measured -> measured.tasks().secondsOn(cores), reports);
  }

  /**
   * {@code value} at {@code reports}, on the line through the two measurements; it never falls with more
   * reports, which two noisy measurements of a nearly fixed cost could suggest.
   */
  private double along(ToDoubleFunction<Measured> value, long reports) {
    double atLarger = value.applyAsDouble(larger);
    if (reports == larger.reports()) {
      return atLarger;
    }
    if (smaller == null) {
      throw new IllegalStateException("one corpus size measured: the time cannot follow the reports");
    }
    double perReport = Math.max(0, (atLarger - value.applyAsDouble(smaller)) / (larger.reports() - smaller.reports()));
    return atLarger + perReport * (reports - larger.reports());
  }
}
