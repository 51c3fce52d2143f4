package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a report's prose.
 *
 * @param text    the sentence as the report prints it (the evidence)
 * @param reading the sentence without bracketed asides, which carry side counts
 *                (含上年度结转申请34件) rather than the statement; a bracket that holds only a count
 *                right after what it counts (受理政府信息公开申请（15件）, （共15件）) is the statement's count and
 *                is read without its brackets; rules match on this
 * @param section the headings the sentence stands under, e.g. "三、依申请公开情况 (一)受理情况"
 * @param heading the heading it stands right under, e.g. "(一)受理情况"
 */
record ProseSentence(String text, String reading, String section, String heading) {

  private static final Pattern BRACKETED_ASIDE = Pattern.compile("\\([^()]*\\)|（[^（）]*）");
  /**
   * A bracket that holds nothing but a count and its unit, or the total (共15件), after a word, not after
   * another figure.
   */
  private static final Pattern BRACKETED_COUNT = Pattern.compile(
      "(?<=[^\\d\\s" + ProsePatterns.COUNT_UNITS + "])[(（]\\s*((?:共计|合计|总计|共)?\\s*" + ChineseNumbers.PATTERN
          + "\\s*[" + ProsePatterns.COUNT_UNITS + "])\\s*[)）]");
  private static final String CLAUSE_BREAKS = ",;:，；：";
  /** Words that move a clause's figure to another year or to a running total. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
  /**
   * A year a figure is compared with (较2008年增长15%, 比2011年增加30件, 与2011年相比, 同2011年同期相比,
   * 与2011年的12件相比, 与2011年持平); after 与, 同 or 和 only with the comparison's word, they also join a year to other
   * words (参与2011年度考评).
   */
  private static final Pattern COMPARED_YEAR = Pattern.compile("[较比]\\s*(?:19|20)\\d{2}\\s*年"
      + "|[与同和]\\s*(?:19|20)\\d{2}\\s*年度?(?:同期)?(?:的[^,;:。]{0,12}?)?(?:相比|相较|比较|对比|持平)");
  /**
   * What follows the year of a rule the sentence cites (依据2008年施行的《条例》, 自《条例》2008年5月1日施行以来):
   * the year is the rule's, not the one the sentence is about.
   */
  private static final Pattern RULES_DATE = Pattern.compile(
      "(?:\\d{1,2}月(?:\\d{1,2}日)?)?起?(?:正式)?(?:施行|实施|颁布|公布|修订|印发)(?:的《|以来)");
  private static final Pattern OTHER_PERIOD =
      Pattern.compile("上年|去年|上一年|前年|往年|历年|累计|" + COMPARED_YEAR.pattern());
  /** A clause that opens on the year's share of a running total (其中2012年主动公开…, 其中本年度新增…). */
  private static final Pattern YEARS_SHARE =
      Pattern.compile("其中\\s*(?:(?:19|20)\\d{2}\\s*年度?|本年度?|今年|当年)(?:新增|新)?");
  /** A sentence that is only "none": 无。 under 四、行政复议和行政诉讼情况. */
  private static final Pattern ONLY_NONE = Pattern.compile("(?:无|没有|暂无|未发生)[。.]?");

  static ProseSentence of(String text, String section, String heading) {
    String reading = text;
    if (reading.indexOf('(') >= 0 || reading.indexOf('（') >= 0) {
      reading = BRACKETED_COUNT.matcher(reading).replaceAll("$1");
    }
    while (reading.indexOf('(') >= 0 || reading.indexOf('（') >= 0) {
      String withoutAsides = BRACKETED_ASIDE.matcher(reading).replaceAll("");
      if (withoutAsides.equals(reading)) {
        break;
      }
      reading = withoutAsides;
    }
    return new ProseSentence(text, reading, section, heading);
  }

  /**
   * What the bracket right after {@code statement} holds in the printed sentence (受理申请15件（当面申请10件，
   * 网上申请5件）: 当面申请10件，网上申请5件), or an empty string: the rule that read the statement may find its
   * parts there, though the bracket is an aside to every other rule.
   */
  String asideAfter(String statement) {
    int at = text.indexOf(statement);
    if (at < 0) {
      return "";
    }
    int end = at + statement.length();
    while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    Matcher aside = BRACKETED_ASIDE.matcher(text).region(end, text.length());
    return aside.lookingAt() ? aside.group().substring(1, aside.group().length() - 1) : "";
  }

  /** Whether the sentence says only "none" (无。): it answers the heading it stands under. */
  boolean saysOnlyNone() {
    return ONLY_NONE.matcher(text).matches();
  }

  /** The evidence of a sentence that answers its heading: the heading with the answer (三、依申请公开情况 无。). */
  String withHeading() {
    return heading + " " + text;
  }

  /**
   * The sentence as far as it is about {@code year}: empty when the first year it names is another
   * (it is about that year then), cut before the clause that turns to another year when it opens on
   * its own (2012年受理申请15件，2011年受理12件: the 12 is 2011's). A year a figure is only compared
   * with (2009年主动公开政府信息356条,较2008年增长15%; 与2011年相比,...) leaves the sentence to its own
   * year; the clause of the comparison is about another period. So does the year of a rule it cites
   * (依据2008年施行的《条例》).
   */
  Optional<ProseSentence> partAbout(int year) {
    if (reading.indexOf('年') < 0) {
      return Optional.of(this);
    }
    Matcher named = YEAR.matcher(reading);
    boolean namedOwnYear = false;
    while (named.find()) {
      if (isComparedWith(named.start()) || RULES_DATE.matcher(reading).region(named.end(), reading.length()).lookingAt()) {
        continue;
      }
      if (Integer.parseInt(named.group(1)) == year) {
        namedOwnYear = true;
      } else if (!namedOwnYear) {
        return Optional.empty();
      } else {
        String ownPart = reading.substring(0, named.start() - clausePrefix(named.start()).length());
        return Optional.of(new ProseSentence(text, ownPart, section, heading));
      }
    }
    return Optional.of(this);
  }

  private boolean isComparedWith(int yearStart) {
    int before = yearStart - 1;
    while (before >= 0 && Character.isWhitespace(reading.charAt(before))) {
      before--;
    }
    return before >= 0 && COMPARED_YEAR.matcher(reading).region(before, reading.length()).lookingAt();
  }

  /**
   * Whether {@link #reading} contains any of {@code words}: rules test the words a pattern cannot
   * match without before running it, since most sentences hold none of them.
   */
  boolean readsAny(List<String> words) {
    for (String word : words) {
      if (reading.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence or its headings speak of {@code topic}. */
  boolean isAbout(Pattern topic) {
    return topic.matcher(reading).find() || topic.matcher(section).find();
  }

  /** The clause (between commas, semicolons or colons) of {@link #reading} around {@code index}. */
  String clauseAt(int index) {
    return clausePrefix(index) + clauseFrom(index);
  }

  /** The part of the clause around {@code index} that comes before it. */
  String clausePrefix(int index) {
    int start = index;
    while (start > 0 && CLAUSE_BREAKS.indexOf(reading.charAt(start - 1)) < 0) {
      start--;
    }
    return reading.substring(start, index);
  }

  /** The clause of {@link #reading} from {@code index} to its end. */
  String clauseFrom(int index) {
    return reading.substring(index, clauseEnd(index));
  }

  /**
   * Whether the clause around {@code index} is about another year or a running total: one that
   * says so (累计, 上年), or one a later clause takes the year's share of (截至2012年底共受理申请150件，
   * 其中2012年受理15件).
   */
  boolean clauseIsAboutAnotherPeriod(int index) {
    return OTHER_PERIOD.matcher(clauseAt(index)).find() || isFollowedByTheYearsShare(index);
  }

  /** Whether the clause before {@code index} opens on the year's share of a running total (其中2012年受理). */
  boolean clauseIsTheYearsShare(int index) {
    String clausePrefix = clausePrefix(index);
    return clausePrefix.startsWith("其中") && YEARS_SHARE.matcher(clausePrefix).matches();
  }

  private boolean isFollowedByTheYearsShare(int index) {
    Matcher share = YEARS_SHARE.matcher(reading);
    for (int at = reading.indexOf("其中", clauseEnd(index)); at >= 0; at = reading.indexOf("其中", at + 1)) {
      if (share.region(at, reading.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private int clauseEnd(int index) {
    int end = index;
    while (end < reading.length() && CLAUSE_BREAKS.indexOf(reading.charAt(end)) < 0) {
      end++;
    }
    return end;
  }
}
