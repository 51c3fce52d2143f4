package io.github.opendisclosure.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "0; 0", "3; 3", "1136; 1136", "1,200; 1200", "12,345,678; 12345678", "3.99; 3.99", "0.5; 0.5",
      "1.2万; 12000", "3.99万; 39900", "2万; 20000", "1.25亿; 125000000",
      "零; 0", "三; 3", "两; 2", "十; 10", "十二; 12", "一十二; 12", "二十; 20", "二十三; 23",
      "一百; 100", "一百零五; 105", "一百一十; 110", "三百零五; 305", "一千零五十; 1050",
      "两千三百; 2300", "两千三; 2300", "一百五; 150", "一万; 10000", "十万; 100000",
      "一万五千; 15000", "一万零五百; 10500", "三万五; 35000", "一百二十万; 1200000",
      "一亿两千万; 120000000", "二〇一七; 2017", "二零一八; 2018", "一百〇五; 105"})
  void readsExactNumbers(String text, String expected) {
    StatedNumber number = ChineseNumbers.parse(text).orElseThrow();
    assertEquals(new BigDecimal(expected), number.value());
    assertFalse(number.approximate());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1200余; 1200", "30余; 30", "5500余; 5500", "30多; 30", "二十多; 20", "三百余; 300",
      "约500; 500", "大约40; 40", "1.2万余; 12000"})
  void readsApproximationsAsTheirStatedFigure(String text, String expected) {
    StatedNumber number = ChineseNumbers.parse(text).orElseThrow();
    assertEquals(new BigDecimal(expected), number.value());
    assertTrue(number.approximate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"近百", "近1200", "将近300", "接近50", "数十", "数百", "几十", "十几", "上百", "成千",
      "百", "千", "万", "百余", "二三", "两三", "三四", "一二三", "十百", "一百零", "零五", "", "余", "3,4", "abc"})
  void rejectsWhatIsNotAStatedNumber(String text) {
    assertTrue(ChineseNumbers.parse(text).isEmpty(), text);
  }

  @Test
  void patternCapturesTheQualifiersParseNeeds() {
    Pattern items = Pattern.compile("信息(" + ChineseNumbers.PATTERN + ")条");
    assertEquals("1200余", firstCapture(items.matcher("全局网上发布信息1200余条。")));
    assertEquals("近百", firstCapture(items.matcher("发布信息近百条")));
    assertEquals("数十", firstCapture(items.matcher("发布信息数十条")));
    assertEquals("1,234", firstCapture(items.matcher("发布信息1,234条")));
    assertEquals("三", firstCapture(items.matcher("发布信息三条")));
  }

  @Test
  void wholeNumbersHaveNoFractionDigits() {
    assertEquals("12000", ChineseNumbers.parse("1.2万").orElseThrow().value().toPlainString());
    assertEquals(new BigDecimal("50000"), StatedNumber.exact(5).times(10_000).value());
  }

  private static String firstCapture(Matcher matcher) {
    assertTrue(matcher.find());
    return matcher.group(1);
  }
}
