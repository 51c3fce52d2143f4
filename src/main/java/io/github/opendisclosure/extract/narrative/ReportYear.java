package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.ReportText;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report covers, as far as its own text tells: the year in its title, else the year it
 * names most often. Sentences naming another year are about that year, not this report's.
 */
final class ReportYear {

  private static final Pattern TITLE_YEAR =
      Pattern.compile("((?:19|20)\\d{2})\\s*年度?[^。,;]{0,40}?(?:年度报告|年报|工作报告|总结报告|工作总结)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
  private static final int TITLE_LINES = 20;

  private ReportYear() {}

  static OptionalInt of(ReportText text) {
    for (String line : text.lines().subList(0, Math.min(TITLE_LINES, text.lines().size()))) {
      Matcher title = TITLE_YEAR.matcher(line);
      if (title.find()) {
        return OptionalInt.of(Integer.parseInt(title.group(1)));
      }
    }
    Map<Integer, Integer> mentions = new TreeMap<>();
    Matcher year = YEAR.matcher(text.text());
    while (year.find()) {
      mentions.merge(Integer.parseInt(year.group(1)), 1, Integer::sum);
    }
    int most = mentions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    var mostNamed = mentions.entrySet().stream().filter(entry -> entry.getValue() == most).toList();
    // A tie says nothing about which year the report covers.
    return mostNamed.size() == 1 ? OptionalInt.of(mostNamed.get(0).getKey()) : OptionalInt.empty();
  }

  /** Whether {@code sentence} names a year other than {@code year}. */
  static boolean namesOtherYear(ProseSentence sentence, int year) {
    Matcher named = YEAR.matcher(sentence.reading());
    while (named.find()) {
      if (Integer.parseInt(named.group(1)) != year) {
        return true;
      }
    }
    return false;
  }
}
