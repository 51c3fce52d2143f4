package io.github.opendisclosure.extract.pre2019;

import java.util.regex.Pattern;

/**
 * Reduces a 统计表 label cell to what identifies its row: numbering (（一）, 1、, 四、, 其中：),
 * notes in brackets, spaces and punctuation vary between offices and are dropped.
 *
 * <p>Every cell of a report is normalized, prose lines included, so spaces and punctuation are
 * dropped character by character and the patterns run only on a cell they can change.
 */
final class RowLabels {

  /**
   * A figure alone numbers a row too: a 序号 column PDF text puts before the label (1 主动公开政府信息数,
   * 一 主动公开政府信息数; no label starts with a Chinese numeral) and ① (NFKC folds it to 1).
   */
  private static final Pattern NUMBERING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+[、.]?|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.)]?|其中:?)+");
  /** The characters {@link #NUMBERING} can start with, besides digits. */
  private static final String NUMBERING_FIRST_CHARACTERS = "一二三四五六七八九十(其";
  private static final Pattern BRACKETED_NOTE = Pattern.compile("\\([^()]*\\)");
  /** Spaces (a pattern's {@code \s}) and the punctuation dropped after them. */
  private static final String SPACES = " \t\n\u000B\f\r";
  private static final String PUNCTUATION = "、,.:;。《》“”\"'";

  private RowLabels() {}

  static String normalize(String cell) {
    String label = without(cell, SPACES);
    if (!label.isEmpty() && (isAsciiDigit(label.charAt(0)) || NUMBERING_FIRST_CHARACTERS.indexOf(label.charAt(0)) >= 0)) {
      label = NUMBERING.matcher(label).replaceFirst("");
    }
    while (label.indexOf('(') >= 0) {
      String withoutNotes = BRACKETED_NOTE.matcher(label).replaceAll("");
      if (withoutNotes.equals(label)) {
        break;
      }
      label = withoutNotes;
    }
    return without(label, PUNCTUATION);
  }

  /** The text without any of {@code dropped}'s characters. */
  private static String without(String text, String dropped) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (dropped.indexOf(c) < 0) {
        if (kept != null) {
          kept.append(c);
        }
      } else if (kept == null) {
        kept = new StringBuilder(text.length()).append(text, 0, i);
      }
    }
    return kept == null ? text : kept.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
