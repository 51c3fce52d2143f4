package io.github.opendisclosure.extract.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as a report states it.
 *
 * @param value       the figure, with scale 0 when it is whole
 * @param approximate whether the report qualified it as a round-off (1200余条, 30多件, 约500条):
 *                    the figure is a lower bound or an estimate, not an exact count
 */
public record StatedNumber(BigDecimal value, boolean approximate) {

  public StatedNumber {
    Objects.requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static StatedNumber exact(long value) {
    return new StatedNumber(BigDecimal.valueOf(value), false);
  }

  /** This number multiplied by {@code factor}, e.g. 10000 for a figure stated in 万元. */
  public StatedNumber times(long factor) {
    return new StatedNumber(value.multiply(BigDecimal.valueOf(factor)), approximate);
  }
}
