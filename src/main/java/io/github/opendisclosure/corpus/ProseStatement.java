package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A paragraph of a generated report and the metrics its sentences state (none for boilerplate). */
record ProseStatement(String text, Map<String, BigDecimal> metrics) {

  static ProseStatement plain(String text) {
    return new ProseStatement(text, Map.of());
  }

  /** Builds a paragraph piece by piece, recording each number it prints for the metrics it states. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, BigDecimal> metrics = new LinkedHashMap<>();

    Builder text(String piece) {
      text.append(piece);
      return this;
    }

    /** Prints {@code value} in {@code style} and records it under every key it states. */
    Builder number(long value, NumberStyle style, String... keys) {
      text.append(style.print(value));
      return states(value, keys);
    }

    /** Prints words that state a value (未收到 states 0) and records it. */
    Builder words(String words, long value, String... keys) {
      text.append(words);
      return states(value, keys);
    }

    /** Records a value the sentence implies without printing it (专职2名、兼职5名: 7 in all). */
    Builder states(long value, String... keys) {
      for (String key : keys) {
        metrics.put(key, BigDecimal.valueOf(value));
      }
      return this;
    }

    ProseStatement build() {
      return new ProseStatement(text.toString(), Map.copyOf(metrics));
    }
  }
}
