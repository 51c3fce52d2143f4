package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.ReportText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report's prose into sentences. Lines that belong to tables are left out, and lines a
 * PDF conversion broke mid-sentence are joined again, so a sentence reads as it was written.
 */
final class ProseSentences {

  private static final Pattern PAGE_FOOTER = Pattern.compile("-\\s*\\d+\\s*-");
  /** Two figures side by side ("21 0 0 0"), or a line that is only a figure: table cells. */
  private static final Pattern FIGURES_SIDE_BY_SIDE =
      Pattern.compile("(?<![\\d.,])\\d+(?:\\.\\d+)?\\s+\\d+(?:\\.\\d+)?(?![\\d.])");
  /** The units of a table's counts that carry them ("1件"). */
  private static final String COUNT_UNITS = "件条个项次人";
  private static final String COUNT_WITH_UNIT = "\\d+[" + COUNT_UNITS + "]";
  /** Three counts side by side, each with its unit ("1件 0件 0件"): table cells that carry their unit. */
  private static final Pattern COUNTS_SIDE_BY_SIDE = Pattern.compile(
      "(?<![\\d.,])" + COUNT_WITH_UNIT + "\\s+" + COUNT_WITH_UNIT + "\\s+" + COUNT_WITH_UNIT);
  private static final Pattern FIGURE_ONLY = Pattern.compile("[\\d.,%\\s]+");
  private static final Pattern CHAPTER_HEADING = Pattern.compile("^[一二三四五六七八九十]+、");
  private static final Pattern SECTION_HEADING = Pattern.compile("^\\([一二三四五六七八九十]+\\)");
  /** A title on a line of its own (城关镇2017年度政务公开工作总结报告): no sentence runs on from it. */
  private static final Pattern TITLE = Pattern.compile("[^,。;:]*(?:报告|总结|年报)");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d+[、.](?!\\d)|\\(\\d+\\))");
  private static final String SENTENCE_ENDINGS = "。!?！？";
  private static final int MAX_HEADING_LENGTH = 40;
  private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
  private static final List<String> TITLE_ENDINGS = List.of("报告", "总结", "年报");

  private final List<ProseSentence> sentences = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private String chapter = "";
  private String section = "";

  private ProseSentences() {}

  static List<ProseSentence> of(ReportText text) {
    ProseSentences splitter = new ProseSentences();
    text.lines().forEach(splitter::accept);
    splitter.endParagraph();
    return splitter.sentences;
  }

  /** Whether a line belongs to a table rather than to prose. */
  private static boolean isTableLine(String line) {
    return line.contains("|") || line.contains("\t")
        || (hasFigureBeforeSpace(line)
            && (FIGURES_SIDE_BY_SIDE.matcher(line).find() || COUNTS_SIDE_BY_SIDE.matcher(line).find()))
        || (isFigureCharacter(line.charAt(0)) && FIGURE_ONLY.matcher(line).matches());
  }

  /**
   * Whether a figure, bare or with its unit (21, 1件), stands right before a space: figures and counts
   * side by side need one, and most prose lines have none, so the patterns (slow to fail on a long
   * line) run only on lines that do.
   */
  private static boolean hasFigureBeforeSpace(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (isRegexSpace(line.charAt(i)) && (isAsciiDigit(line.charAt(i - 1))
          || i > 1 && COUNT_UNITS.indexOf(line.charAt(i - 1)) >= 0 && isAsciiDigit(line.charAt(i - 2)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFigureCharacter(char c) {
    return isAsciiDigit(c) || c == '.' || c == ',' || c == '%' || isRegexSpace(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The characters of the patterns' {@code \s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private void accept(String line) {
    // Each anchored pattern runs only when the line starts with a character it can start with.
    char first = line.charAt(0);
    if (first == '-' && PAGE_FOOTER.matcher(line).matches()) {
      return;
    }
    if (isTableLine(line)) {
      endParagraph();
      return;
    }
    boolean chapterHeading = CHINESE_NUMERALS.indexOf(first) >= 0 && CHAPTER_HEADING.matcher(line).find();
    boolean sectionHeading = first == '(' && SECTION_HEADING.matcher(line).find();
    if (chapterHeading || sectionHeading || ((first == '(' || isAsciiDigit(first)) && LIST_ITEM.matcher(line).find())) {
      endParagraph();
    }
    if (chapterHeading) {
      chapter = headingOf(line);
      section = "";
    } else if (sectionHeading) {
      section = headingOf(line);
    }
    paragraph.append(line);
    // A heading on a line of its own ends there; "(一)主动公开情况。主要通过..." runs on.
    boolean headingOnly = (chapterHeading || sectionHeading) && line.indexOf('。') < 0;
    if (headingOnly || isTitle(line) || SENTENCE_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0) {
      endParagraph();
    }
  }

  private static boolean isTitle(String line) {
    return TITLE_ENDINGS.stream().anyMatch(line::endsWith) && TITLE.matcher(line).matches();
  }

  /** The paragraph's sentences, each up to and with its ending mark. */
  private void endParagraph() {
    String headings = (chapter + " " + section).strip();
    String heading = section.isEmpty() ? chapter : section;
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (SENTENCE_ENDINGS.indexOf(paragraph.charAt(i)) >= 0) {
        addSentence(paragraph.substring(start, i + 1), headings, heading);
        start = i + 1;
      }
    }
    addSentence(paragraph.substring(start), headings, heading);
    paragraph.setLength(0);
  }

  private void addSentence(String sentence, String headings, String heading) {
    if (!sentence.isBlank()) {
      sentences.add(ProseSentence.of(sentence.strip(), headings, heading));
    }
  }

  private static String headingOf(String line) {
    int stop = line.indexOf('。');
    String heading = stop < 0 ? line : line.substring(0, stop);
    return heading.length() <= MAX_HEADING_LENGTH ? heading : heading.substring(0, MAX_HEADING_LENGTH);
  }
}
