package io.github.opendisclosure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizationTest {

  /** Characters of every kind report text holds, and some the fast path must hand to Normalizer. */
  private static final String ALPHABET = "abcXYZ019 \n\t|/-.,:;()年度政府信息公开申请数量件条人次"
      + "、。〃〈〉《》「」『』【】‘’“”—·０１２３４５６７８９（），：；％！？＋－＝　"
      + "…①㈠ⅣﬁＡｚ｟ｶﾞ\u0301é\uF900\u2F00\u00A0";

  @Test
  void isExactlyNfkcOnRandomText() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String input = text.toString();
      assertEquals(Normalizer.normalize(input, Normalizer.Form.NFKC), TextNormalization.nfkc(input), input);
    }
  }

  @Test
  void everyCharacterTheFastPathKeepsIsItsOwnNfkc() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (TextNormalization.isUnchangedByNfkc(c) && !Character.isSurrogate(c)) {
        String text = String.valueOf(c);
        assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFKC), Integer.toHexString(c));
      }
    }
  }

  @Test
  void returnsTheSameStringWhenNothingChanges() {
    String text = "阜阳市民政局2017年政府信息公开工作年度报告";
    assertSame(text, TextNormalization.nfkc(text));
  }
}
