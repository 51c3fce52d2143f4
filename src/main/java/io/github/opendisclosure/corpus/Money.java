package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tables state money in 万元; records hold yuan (万元 × 10000), as the extractor writes them. */
final class Money {

  private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

  private Money() {}

  /** The value a metric's cell states: whole yuan for a {@code _yuan} key (cells have at most 4 decimals), else the count. */
  static BigDecimal statedValue(String key, String cell) {
    BigDecimal value = new BigDecimal(cell);
    return key.endsWith("_yuan") ? value.multiply(YUAN_PER_WAN).setScale(0, RoundingMode.UNNECESSARY) : value;
  }
}
