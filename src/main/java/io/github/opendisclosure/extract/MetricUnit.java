package io.github.opendisclosure.extract;

import java.math.BigDecimal;

/** What a metric counts, which decides its column type in the lakehouse. */
public enum MetricUnit {
  /** A whole number of requests, cases, items, people or events; stored as BIGINT. */
  COUNT(BigDecimal.valueOf(Long.MAX_VALUE)),
  /** An amount of money in yuan; reports that state 万元 are converted (× 10,000). Stored as DECIMAL(18, 2). */
  YUAN(new BigDecimal("9999999999999999.99"));

  private final BigDecimal largestStorable;

  MetricUnit(BigDecimal largestStorable) {
    this.largestStorable = largestStorable;
  }

  /**
   * Whether the value fits the metric's lakehouse column. No real report comes near either bound; a
   * number beyond them is a page's garbage (digits run together, a broken export) and must not stop the
   * batch that stores it.
   */
  public boolean fitsColumn(BigDecimal value) {
    return value.abs().compareTo(largestStorable) <= 0;
  }
}
