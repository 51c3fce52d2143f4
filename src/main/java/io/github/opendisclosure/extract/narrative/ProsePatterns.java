package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.regex.Pattern;

/** Pattern pieces the statement rules share. */
final class ProsePatterns {

  /** The group every rule captures its figure in. */
  static final String COUNT_GROUP = "count";

  /** A stated figure, captured as {@link #COUNT_GROUP}. */
  static final String COUNT = "(?<" + COUNT_GROUP + ">" + ChineseNumbers.PATTERN + ")";

  /**
   * Words a figure may follow: 达 (reaching) states it, 超过 (over) makes it a round figure
   * ({@link ProseRecorder} records it with an issue).
   */
  static final String REACHING = "(?:达到|达|超过)?";

  /** The words a count is made in (15件, 120条, 2名, 0元). */
  static final String COUNT_UNITS = "件个条次起宗份项名人元";

  /** A figure followed by a count word in a clause: the clause states a number, not "none". */
  static final Pattern ANY_COUNT = Pattern.compile(
      "(?:\\d|[一二两三四五六七八九十百千万])\\s*(?:件|个|条|次|起|宗|名|人|元)");

  private ProsePatterns() {}
}
