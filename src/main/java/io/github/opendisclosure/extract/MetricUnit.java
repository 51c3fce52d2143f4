package io.github.opendisclosure.extract;

/** What a metric counts, which decides its column type in the lakehouse. */
public enum MetricUnit {
  /** A whole number of requests, cases, items, people or events. */
  COUNT,
  /** An amount of money in yuan; reports that state 万元 are converted (× 10,000). */
  YUAN
}
