package io.github.opendisclosure.extract;

import java.text.Normalizer;

/**
 * NFKC normalization with a fast path for what report text is made of. Nearly every character of a
 * report is ASCII, a CJK ideograph, common CJK punctuation (none of which NFKC changes) or a
 * full-width form (which NFKC maps to its ASCII letter); such a text is mapped character by character,
 * several times faster than {@link Normalizer}. Any other character sends the whole text through
 * {@link Normalizer}, so the result is always exactly NFKC.
 */
final class TextNormalization {

  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';
  private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private TextNormalization() {}

  static String nfkc(String text) {
    char[] mapped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnchangedByNfkc(c)) {
        continue;
      }
      char replacement;
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        replacement = (char) (c - FULL_WIDTH_OFFSET);
      } else if (c == IDEOGRAPHIC_SPACE) {
        replacement = ' ';
      } else {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
      if (mapped == null) {
        mapped = text.toCharArray();
      }
      mapped[i] = replacement;
    }
    return mapped == null ? text : new String(mapped);
  }

  /**
   * Characters that NFKC leaves as they are and that compose with nothing: ASCII, the CJK Unified
   * Ideographs, 、。〃, the CJK brackets 〈〉《》「」『』【】, curly quotes, the em dash and the middle dot.
   */
  static boolean isUnchangedByNfkc(char c) {
    return c < 0x80
        || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3001' && c <= '\u3003')
        || (c >= '\u3008' && c <= '\u3011')
        || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '\u2014' || c == '\u00B7';
  }
}
