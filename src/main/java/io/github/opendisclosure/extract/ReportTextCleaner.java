package io.github.opendisclosure.extract;

import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns decoded report text (plain text or a whole HTML page) into the {@link ReportText} every
 * reader works on: HTML rendered with one table row a line, web-page boilerplate and PDF page
 * footers removed, the text NFKC-normalized so that full-width digits and punctuation match the
 * same patterns as ASCII ones, and years written in Chinese numerals (二〇二三年) written in digits.
 */
public final class ReportTextCleaner {

  /** Past this many characters of cleaned text a page is cut: no report is longer, and it bounds time. */
  public static final int MAX_TEXT_CHARS = 1_000_000;
  /**
   * Past this many characters of the decoded page, markup included, the rest is not read: a report's
   * million characters of text fit in it even as Word-exported HTML, and it bounds the time and memory
   * one page costs (a 50 MB page of navigation markup would take a gigabyte of heap to render).
   */
  public static final int MAX_PAGE_CHARS = 8_000_000;

  private static final Pattern HTML_MARKER =
      Pattern.compile("(?i)<(html|body|table|div|p|br|td|meta|head)[\\s/>]");
  /** Phrases of the page around a report (navigation, counters, print and share buttons). */
  private static final Pattern BOILERPLATE_PHRASES = Pattern.compile(
      "浏览次数\\s*[:：]?\\s*\\d*|访问次数\\s*[:：]?\\s*\\d*|点击数\\s*[:：]?\\s*\\d*"
          + "|打印本页|关闭窗口|【\\s*打印\\s*】|【\\s*关闭\\s*】|\\[\\s*打印\\s*\\]|\\[\\s*关闭\\s*\\]"
          + "|(字体|文字)大小\\s*[:：]?\\s*(\\[[^\\]\\n]{0,20}\\])?|【\\s*[大中小]\\s*】"
          + "|背景色\\s*[:：]?|扫一扫在手机上打开(当前)?页面|分享到\\s*[:：]?|收藏本页|返回顶部");
  /**
   * Words every match of {@link #BOILERPLATE_PHRASES} begins with: a line that holds none of them is
   * not searched (most prose has the phrases' first characters, 关 of 有关, 文 of 文件, but not these).
   */
  private static final List<String> BOILERPLATE_OPENINGS = List.of("浏览次数", "访问次数", "点击数", "打印本页",
      "关闭窗口", "【", "[", "字体大小", "文字大小", "背景色", "扫一扫在手机上打开", "分享到", "收藏本页", "返回顶部");
  private static final BitSet BOILERPLATE_FIRST_CHARACTERS = firstCharacters(BOILERPLATE_OPENINGS);
  /** Page numbers a PDF conversion leaves between paragraphs: "- 3 -", "第 3 页 共 9 页". */
  private static final Pattern PAGE_FOOTER =
      Pattern.compile("-\\s*\\d{1,3}\\s*-|—\\s*\\d{1,3}\\s*—|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?");

  /**
   * A year in Chinese numerals, as formal documents date themselves (二〇二三年度, 一九九九年): only
   * 19xx and 20xx before 年, which no count begins like (nineteen is 十九, twenty 二十).
   */
  private static final Pattern CHINESE_NUMERAL_YEAR =
      Pattern.compile("(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\\s*年)");

  private ReportTextCleaner() {}

  /** Whether the text is an HTML page or fragment rather than plain text. */
  public static boolean isHtml(String text) {
    return HTML_MARKER.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }

  /** The cleaned text, and whether it had to be cut at {@link #MAX_TEXT_CHARS}. */
  public static CleanedText clean(String decodedText) {
    String plain = isHtml(decodedText) ? HtmlTextRenderer.render(decodedText) : decodedText;
    String normalized = TextNormalization.nfkc(plain).replace('\u00A0', ' ');
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      // The line breaks of \R; the empty line between \r and \n is dropped like every empty line.
      if (i == normalized.length() || isLineBreak(normalized.charAt(i))) {
        String line = normalized.substring(start, i);
        String kept = withDigitYears(
            (mayHoldBoilerplate(line) ? BOILERPLATE_PHRASES.matcher(line).replaceAll(" ") : line).strip());
        if (!kept.isEmpty() && !(mayBeFooter(kept) && PAGE_FOOTER.matcher(kept).matches())) {
          lines.add(kept);
        }
        start = i + 1;
      }
    }
    String joined = String.join("\n", lines);
    boolean truncated = joined.length() > MAX_TEXT_CHARS;
    // Kept lines are stripped, non-empty and free of line breaks: they already are the text's lines.
    ReportText text = truncated ? ReportText.of(joined.substring(0, MAX_TEXT_CHARS))
        : new ReportText(joined, Collections.unmodifiableList(lines));
    return new CleanedText(text, truncated);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean mayHoldBoilerplate(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (BOILERPLATE_FIRST_CHARACTERS.get(line.charAt(i)) && opensBoilerplate(line, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensBoilerplate(String line, int at) {
    for (String opening : BOILERPLATE_OPENINGS) {
      if (line.startsWith(opening, at)) {
        return true;
      }
    }
    return false;
  }

  private static BitSet firstCharacters(List<String> words) {
    BitSet first = new BitSet(Character.MAX_VALUE + 1);
    words.forEach(word -> first.set(word.charAt(0)));
    return first;
  }

  /** The line with its years in Chinese numerals in digits, so that every reader's year patterns match them. */
  private static String withDigitYears(String line) {
    if (!mayHoldChineseNumeralYear(line)) {
      return line;
    }
    // ○ (a circle) stands in for 〇 in many documents.
    return CHINESE_NUMERAL_YEAR.matcher(line).replaceAll(year ->
        String.valueOf(ChineseNumbers.spelledDigitByDigit(year.group().replace('○', '〇')).getAsLong()));
  }

  /** Every 20xx year holds a zero (〇, 零 or ○), every 19xx year 一九; most lines hold neither, or no 年. */
  private static boolean mayHoldChineseNumeralYear(String line) {
    return line.indexOf('年') >= 0 && (line.indexOf('〇') >= 0 || line.indexOf('零') >= 0 || line.indexOf('○') >= 0
        || line.contains("一九"));
  }

  /** Footers start with "-", "—" or "第". */
  private static boolean mayBeFooter(String line) {
    char first = line.charAt(0);
    return first == '-' || first == '—' || first == '第';
  }

  /** Cleaned report text, and whether the page was cut because it was too long. */
  public record CleanedText(ReportText text, boolean truncated) {}
}
