package io.github.opendisclosure.indicators;

import java.util.Locale;

/** What an indicator measures, as {@code conf/indicators.conf} names it in its {@code unit} lines. */
public enum IndicatorUnit {
  /** A number of requests for information. */
  REQUESTS,
  /** A number of people working on disclosure. */
  STAFF,
  /** A number of items published. */
  ITEMS,
  /** A share between 0 and 1. */
  RATE,
  /** Cases per 100 new requests. */
  PER_100_REQUESTS,
  /** New requests per person working on disclosure. */
  REQUESTS_PER_STAFF_MEMBER;

  /** The name used in {@code conf/indicators.conf}. */
  public String confName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
