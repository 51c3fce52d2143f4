package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.PROACTIVE_ITEMS;

/** Transparency output: what an agency published of its own accord. */
public final class TransparencyOutput {

  private TransparencyOutput() {}

  /** Proactive items: the government information items published proactively (主动公开), {@code proactive_items}. */
  public static Total proactiveItems() {
    return Total.of(MetricTerm.sum(PROACTIVE_ITEMS));
  }
}
