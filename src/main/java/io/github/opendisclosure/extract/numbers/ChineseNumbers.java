package io.github.opendisclosure.extract.numbers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the numbers Chinese government reports write: Arabic digits (with thousands separators
 * and decimals, optionally scaled by 万 or 亿), Chinese numerals (三, 十二, 一百零五, 两千三百) and
 * round-offs (1200余, 30多, 约500). Vague quantities that name no figure (数十, 近百, 十几, 上千)
 * are not numbers.
 *
 * <p>Input is expected NFKC-normalized, so full-width digits and commas are already ASCII.
 */
public final class ChineseNumbers {

  /**
   * A regular expression (non-capturing) that matches one number as written, together with the
   * qualifiers {@link #parse} needs to see to accept or reject it. Callers embed it in their own
   * patterns, capture it, and pass the capture to {@link #parse}.
   */
  public static final String PATTERN =
      "(?:大约|约|将近|接近|近)?"
          + "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[万亿千百]?"
          + "|(?:[数上成](?=[十百千万]))?[零〇一二两三四五六七八九十百千万亿几]+)"
          + "(?:余|多)?";

  private static final Pattern ARABIC =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([万亿千百]?)");
  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumbers() {}

  /** The number {@code text} states, or empty when it states none exactly enough to record. */
  public static Optional<StatedNumber> parse(String text) {
    String number = text.strip();
    boolean approximate = false;
    // 近/将近 give an upper bound ("nearly"), not a figure.
    if (number.startsWith("近") || number.startsWith("将近") || number.startsWith("接近")) {
      return Optional.empty();
    }
    if (number.startsWith("大约")) {
      number = number.substring(2);
      approximate = true;
    } else if (number.startsWith("约")) {
      number = number.substring(1);
      approximate = true;
    }
    if (number.endsWith("余") || number.endsWith("多")) {
      number = number.substring(0, number.length() - 1);
      approximate = true;
    }
    if (number.isEmpty()) {
      return Optional.empty();
    }
    var arabic = ARABIC.matcher(number);
    if (arabic.matches()) {
      BigDecimal value = new BigDecimal(arabic.group(1).replace(",", "")
          + (arabic.group(2) == null ? "" : arabic.group(2)));
      return Optional.of(new StatedNumber(value.multiply(BigDecimal.valueOf(unitValue(arabic.group(3)))),
          approximate));
    }
    if (!CHINESE.matcher(number).matches()) {
      return Optional.empty();
    }
    OptionalLong value = chineseValue(number);
    return value.isPresent()
        ? Optional.of(new StatedNumber(BigDecimal.valueOf(value.getAsLong()), approximate))
        : Optional.empty();
  }

  private static long unitValue(String unit) {
    return switch (unit) {
      case "十" -> 10L;
      case "百" -> 100L;
      case "千" -> 1_000L;
      case "万" -> 10_000L;
      case "亿" -> 100_000_000L;
      default -> 1L;
    };
  }

  private static OptionalLong chineseValue(String numeral) {
    int yi = numeral.indexOf('亿');
    if (yi >= 0) {
      return combine(numeral, yi, 100_000_000L);
    }
    int wan = numeral.indexOf('万');
    if (wan >= 0) {
      return combine(numeral, wan, 10_000L);
    }
    return belowTenThousand(numeral);
  }

  /** A numeral with a 万 or 亿 at {@code at}: the part before counts those units, the rest is added. */
  private static OptionalLong combine(String numeral, int at, long unit) {
    OptionalLong high = at == 0 ? OptionalLong.empty() : chineseValue(numeral.substring(0, at));
    if (high.isEmpty() || high.getAsLong() == 0) {
      return OptionalLong.empty();
    }
    long value = high.getAsLong() * unit;
    String rest = numeral.substring(at + 1);
    if (rest.isEmpty()) {
      return OptionalLong.of(value);
    }
    int shortDigit = rest.length() == 1 ? digit(rest.charAt(0)) : -1;
    if (shortDigit > 0) {
      // 三万五 is the spoken short form of 三万五千.
      return OptionalLong.of(value + shortDigit * (unit / 10));
    }
    boolean zero = isZero(rest.charAt(0));
    OptionalLong low = chineseValue(zero ? rest.substring(1) : rest);
    // Without 零 the rest must start at the next lower place (一万五千, not 一万五十).
    if (low.isEmpty() || low.getAsLong() >= unit || (!zero && low.getAsLong() < unit / 10)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(value + low.getAsLong());
  }

  private static OptionalLong belowTenThousand(String numeral) {
    if (numeral.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
      return digitSequence(numeral);
    }
    long total = 0;
    long lastUnit = 10_000;
    int pending = -1;
    boolean afterZero = false;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      if (isZero(c)) {
        if (pending != -1 || i == 0) {
          return OptionalLong.empty();
        }
        afterZero = true;
      } else if (digit(c) > 0) {
        if (pending != -1) {
          return OptionalLong.empty();
        }
        pending = digit(c);
      } else {
        long unit = unitValue(String.valueOf(c));
        int count = pending != -1 ? pending : (unit == 10 && i == 0 ? 1 : -1);
        if (count == -1 || unit >= lastUnit) {
          return OptionalLong.empty();
        }
        total += count * unit;
        lastUnit = unit;
        pending = -1;
        afterZero = false;
      }
    }
    if (pending != -1) {
      // 一百零五 and 二十三 add the last digit; 两千三 is the spoken short form of 两千三百.
      total += afterZero || lastUnit == 10 ? pending : pending * (lastUnit / 10);
    } else if (afterZero) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(total);
  }

  /**
   * 三, or a year spelt digit by digit (二〇一七). Other runs of digits are ranges, not numbers:
   * 三四个 is "three or four".
   */
  private static OptionalLong digitSequence(String numeral) {
    if (numeral.length() == 1) {
      return OptionalLong.of(isZero(numeral.charAt(0)) ? 0 : digit(numeral.charAt(0)));
    }
    if (numeral.length() != 4 || numeral.chars().noneMatch(c -> isZero((char) c))) {
      return OptionalLong.empty();
    }
    return spelledDigitByDigit(numeral);
  }

  /** The value of a numeral spelt digit by digit (二〇一七, 一九九九), or empty when a character is no such digit. */
  public static OptionalLong spelledDigitByDigit(String numeral) {
    long value = 0;
    for (char c : numeral.toCharArray()) {
      int digit = isZero(c) ? 0 : digit(c);
      // 两 only counts things (两名, 两千); a digit-by-digit numeral spells 二.
      if (digit < 0 || c == '两') {
        return OptionalLong.empty();
      }
      value = value * 10 + digit;
    }
    return OptionalLong.of(value);
  }

  private static boolean isZero(char c) {
    return c == '零' || c == '〇';
  }

  /** The value of a non-zero digit character, or -1. */
  private static int digit(char c) {
    if (c == '两') {
      return 2;
    }
    int index = DIGITS.indexOf(c);
    return index > 0 ? index : -1;
  }
}
