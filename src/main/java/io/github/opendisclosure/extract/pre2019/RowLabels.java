package io.github.opendisclosure.extract.pre2019;

import java.util.regex.Pattern;

/**
 * Reduces a 统计表 label cell to what identifies its row: numbering (（一）, 1、, 四、, 其中：),
 * notes in brackets, spaces and punctuation vary between offices and are dropped.
 */
final class RowLabels {

  private static final Pattern NUMBERING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.]|其中:?)+");
  private static final Pattern BRACKETED_NOTE = Pattern.compile("\\([^()]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOISE = Pattern.compile("[\\s、,.:;。《》“”\"']");

  private RowLabels() {}

  static String normalize(String cell) {
    String label = SPACES.matcher(cell).replaceAll("");
    label = NUMBERING.matcher(label).replaceFirst("");
    String previous;
    do {
      previous = label;
      label = BRACKETED_NOTE.matcher(label).replaceAll("");
    } while (!label.equals(previous));
    return NOISE.matcher(label).replaceAll("");
  }
}
