package io.github.opendisclosure.corpus;

/** How a sentence prints a number: digits, full-width digits (１２), or Chinese numerals (十二). */
enum NumberStyle {
  DIGITS, FULL_WIDTH, CHINESE;

  private static final String CHINESE_DIGITS = "零一二三四五六七八九";

  String print(long value) {
    return switch (this) {
      case DIGITS -> Long.toString(value);
      case FULL_WIDTH -> fullWidth(Long.toString(value));
      case CHINESE -> value > 0 && value < 100 ? chinese((int) value) : Long.toString(value); // 0件, not 零件
    };
  }

  static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return out.toString();
  }

  /** 0..99 as written in prose: 三, 十二, 二十, 四十五. */
  private static String chinese(int value) {
    if (value < 10) {
      return String.valueOf(CHINESE_DIGITS.charAt(value));
    }
    int tens = value / 10;
    int units = value % 10;
    return (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))) + "十"
        + (units == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(units)));
  }
}
