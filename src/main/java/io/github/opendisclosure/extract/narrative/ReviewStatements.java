package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements about administrative reconsideration (行政复议) and litigation (行政诉讼) over
 * disclosure: none (全年未发生行政诉讼及行政复议, 未因政府信息公开被申请行政复议), or a count with its
 * results (行政复议351件, 其中结果维持72件, 结果纠正64件, 其他结果178件, 尚未审结37件).
 */
final class ReviewStatements implements StatementRule {

  private static final Pattern NONE = Pattern.compile(
      "(?:未发生|未出现|未收到|未接到|未被提起|未被申请|未提起|未被|未有|未因|没有发生|没有|无(?![法论需意理效偿]))"
          + "[^,;:]{0,20}?(?:复议|诉讼)");
  /** "None" of a result, not of the cases (未发生行政复议被纠错的情况). */
  private static final Pattern RESULT_WORDS = Pattern.compile("纠错|纠正|败诉|撤销|维持|确认违法");
  private static final Pattern DISCLOSURE_TOPIC = Pattern.compile("信息公开|依申请|政务公开");
  /** The words a count of cases is made in (1件, 2起, 1次). */
  private static final String CASE_UNIT = "\\s*(?:件|起|宗|个|次)";
  /** Cases the sentence says are not about disclosure (均与政府信息公开无关): it names disclosure to rule it out. */
  private static final Pattern UNRELATED_TO_DISCLOSURE =
      Pattern.compile("[与和](?:政府)?(?:信息公开|依申请公开)(?:工作)?无关|不涉及(?:政府)?(?:信息公开|依申请公开)");
  private static final Pattern TOTAL = Pattern.compile(
      "(?<kind>行政复议|行政诉讼)(?:案件)?(?:共|共计)?\\s*" + COUNT + CASE_UNIT);
  /** The part of a count of all cases that disclosure caused (行政复议案件共5件，其中因政府信息公开引起的1件). */
  private static final Pattern DISCLOSURE_PART = Pattern.compile(
      "[,;]?\\s*其中[,:]?(?:因|涉及|属于)?(?:政府信息公开|依申请公开|信息公开)[^,;:。]{0,16}?" + COUNT
          + CASE_UNIT);
  private static final String BOTH_KINDS = "(?:行政复议(?:和|及|与|、)行政诉讼|行政诉讼(?:和|及|与|、)行政复议)(?:案件)?";
  /** One count for both kinds of case (行政复议和行政诉讼各0件). */
  private static final Pattern EACH_OF_BOTH = Pattern.compile(BOTH_KINDS + "各\\s*" + COUNT + CASE_UNIT);
  /** Both kinds of case nil, said with or without a count word (行政复议和行政诉讼均为零, 均为0件). */
  private static final Pattern BOTH_NIL = Pattern.compile(BOTH_KINDS + "均为\\s*(?:零|0(?![\\d.%]))");
  /** Every case of the count before it upheld (行政复议3件，均维持; 其中涉及政府信息公开的2件，均被维持). */
  private static final Pattern ALL_UPHELD = Pattern.compile("[,;]?\\s*(?:均|全部|都)(?:被)?(?:予以|依法)?维持");
  private static final String RECONSIDERATION = "行政复议";
  private static final String LITIGATION = "行政诉讼";
  private static final List<String> UNRELATED_WORDS = List.of("无关", "不涉及");

  private static final List<Map.Entry<ReportMetric, Pattern>> RECONSIDERATION_RESULTS = List.of(
      Map.entry(ReportMetric.RECONSIDERATION_UPHELD, result("(?:结果)?维持")),
      Map.entry(ReportMetric.RECONSIDERATION_CORRECTED, result("(?:结果纠正|被依法纠错|纠错|纠正)")),
      Map.entry(ReportMetric.RECONSIDERATION_OTHER, result("(?:其他结果|其他情形)")),
      Map.entry(ReportMetric.RECONSIDERATION_PENDING, result("尚未审结")));
  // The contract keeps litigation to its total and corrections; the 2021 table's two kinds of
  // litigation cannot be told apart in prose.
  private static final List<Map.Entry<ReportMetric, Pattern>> LITIGATION_RESULTS = List.of(
      Map.entry(ReportMetric.LITIGATION_CORRECTED, result("(?:结果纠正|被依法纠错|纠错|纠正)")));

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (sentence.saysOnlyNone()) {
      readNoneUnderHeading(sentence, recorder);
      return;
    }
    // Every pattern of this rule names 复议 or 诉讼: a sentence with neither is skipped before any runs.
    if (!sentence.reading().contains("复议") && !sentence.reading().contains("诉讼") || !sentence.isAbout(DISCLOSURE_TOPIC)) {
      return;
    }
    if (saysUnrelatedToDisclosure(sentence)) {
      return;
    }
    readNone(sentence, recorder);
    readCounts(sentence, recorder);
    readEachOfBoth(sentence, recorder);
    readRespectively(sentence, recorder);
  }

  /** The total of each kind of case a 分别 list names (行政复议、行政诉讼分别为1件、0件). */
  private static void readRespectively(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.reading().contains(RespectiveFigures.RESPECTIVELY)) {
      return;
    }
    for (RespectiveFigures list : RespectiveFigures.in(sentence)) {
      if (!isTheYearsTotal(sentence, list.start())) {
        continue;
      }
      list.recordEach(ReviewStatements::totalNamed, sentence, recorder);
    }
  }

  /** The total a part of a list is, when it names a kind of case and not one of its results (复议维持). */
  private static Optional<ReportMetric> totalNamed(String name) {
    if (RESULT_WORDS.matcher(name).find()) {
      return Optional.empty();
    }
    if (name.contains(RECONSIDERATION)) {
      return Optional.of(ReportMetric.RECONSIDERATION_TOTAL);
    }
    return name.contains(LITIGATION) ? Optional.of(ReportMetric.LITIGATION_TOTAL) : Optional.empty();
  }

  private static boolean saysUnrelatedToDisclosure(ProseSentence sentence) {
    return sentence.readsAny(UNRELATED_WORDS) && UNRELATED_TO_DISCLOSURE.matcher(sentence.reading()).find();
  }

  private static void readNone(ProseSentence sentence, ProseRecorder recorder) {
    Matcher none = NONE.matcher(sentence.reading());
    while (none.find()) {
      String clause = sentence.clauseAt(none.start());
      if (RESULT_WORDS.matcher(clause).find() || ProsePatterns.ANY_COUNT.matcher(clause).find()
          || sentence.clausePrefix(none.start()).contains("其中") || sentence.clauseIsAboutAnotherPeriod(none.start())) {
        continue;
      }
      // Everything the negation covers up to the clause's end: 未发生行政诉讼及行政复议 is two zeros.
      String negated = sentence.clauseFrom(none.start());
      if (negated.contains("复议")) {
        recorder.record(ReportMetric.RECONSIDERATION_TOTAL, StatedNumber.exact(0), sentence, negated);
      }
      if (negated.contains("诉讼")) {
        recorder.record(ReportMetric.LITIGATION_TOTAL, StatedNumber.exact(0), sentence, negated);
      }
    }
  }

  /** 无。 under a heading that names the reviews: none of what the heading names. */
  private static void readNoneUnderHeading(ProseSentence sentence, ProseRecorder recorder) {
    String heading = sentence.heading();
    if (!DISCLOSURE_TOPIC.matcher(sentence.section()).find() || RESULT_WORDS.matcher(heading).find()) {
      return;
    }
    if (heading.contains("复议")) {
      recorder.record(ReportMetric.RECONSIDERATION_TOTAL, StatedNumber.exact(0), sentence.withHeading());
    }
    if (heading.contains("诉讼")) {
      recorder.record(ReportMetric.LITIGATION_TOTAL, StatedNumber.exact(0), sentence.withHeading());
    }
  }

  /** One stated count of cases, where it stands in the sentence. */
  private record CaseCount(int start, int end, boolean reconsideration, String figure) {}

  private static void readCounts(ProseSentence sentence, ProseRecorder recorder) {
    String reading = sentence.reading();
    List<CaseCount> counts = new ArrayList<>();
    Matcher total = TOTAL.matcher(reading);
    while (total.find()) {
      counts.add(new CaseCount(total.start(), total.end(), total.group("kind").equals(RECONSIDERATION),
          total.group(COUNT_GROUP)));
    }
    for (int i = 0; i < counts.size(); i++) {
      CaseCount count = counts.get(i);
      if (!isTheYearsTotal(sentence, count.start())) {
        continue;
      }
      ReportMetric totalMetric = count.reconsideration() ? ReportMetric.RECONSIDERATION_TOTAL : ReportMetric.LITIGATION_TOTAL;
      // A count of all cases, of which disclosure's are a part: the part is the total, its results unknown.
      Matcher disclosurePart = DISCLOSURE_PART.matcher(reading).region(count.end(), reading.length());
      if (disclosurePart.lookingAt()) {
        String statement = reading.substring(count.start(), disclosurePart.end());
        ChineseNumbers.parse(disclosurePart.group(COUNT_GROUP)).ifPresent(
            number -> recorder.record(totalMetric, number, sentence, statement));
        readAllUpheld(sentence, count, disclosurePart.group(COUNT_GROUP), disclosurePart.end(), recorder);
        continue;
      }
      // A count's results run up to the next count (复议..., 其中...; 诉讼..., 其中...).
      int end = i + 1 < counts.size() ? counts.get(i + 1).start() : reading.length();
      String statement = reading.substring(count.start(), end);
      ChineseNumbers.parse(count.figure()).ifPresent(number -> recorder.record(totalMetric, number, sentence, statement));
      readAllUpheld(sentence, count, count.figure(), count.end(), recorder);
      String results = reading.substring(count.end(), end);
      for (var resultPattern : count.reconsideration() ? RECONSIDERATION_RESULTS : LITIGATION_RESULTS) {
        Matcher result = resultPattern.getValue().matcher(results);
        if (result.find()) {
          ChineseNumbers.parse(result.group(COUNT_GROUP)).ifPresent(
              number -> recorder.record(resultPattern.getKey(), number, sentence, statement));
        }
      }
    }
  }

  /**
   * 均维持 right after a count of reconsiderations ({@code figure}, ending at {@code end}): every one
   * of them was upheld. It follows the part it is about, so after disclosure's part it is the part's.
   */
  private static void readAllUpheld(ProseSentence sentence, CaseCount count, String figure, int end,
      ProseRecorder recorder) {
    Matcher allUpheld = ALL_UPHELD.matcher(sentence.reading()).region(end, sentence.reading().length());
    if (count.reconsideration() && allUpheld.lookingAt()) {
      String statement = sentence.reading().substring(count.start(), allUpheld.end());
      ChineseNumbers.parse(figure).ifPresent(
          number -> recorder.record(ReportMetric.RECONSIDERATION_UPHELD, number, sentence, statement));
    }
  }

  private static void readEachOfBoth(ProseSentence sentence, ProseRecorder recorder) {
    if (sentence.reading().contains("各")) {
      readBoth(sentence, EACH_OF_BOTH.matcher(sentence.reading()), each -> ChineseNumbers.parse(each.group(COUNT_GROUP)),
          recorder);
    }
    if (sentence.reading().contains("均为")) {
      readBoth(sentence, BOTH_NIL.matcher(sentence.reading()), nil -> Optional.of(StatedNumber.exact(0)), recorder);
    }
  }

  /** Records the figure of each match of {@code both} as the total of both kinds of case. */
  private static void readBoth(ProseSentence sentence, Matcher both, Function<Matcher, Optional<StatedNumber>> figureOf,
      ProseRecorder recorder) {
    while (both.find()) {
      if (isTheYearsTotal(sentence, both.start())) {
        String statement = both.group();
        figureOf.apply(both).ifPresent(number -> {
          recorder.record(ReportMetric.RECONSIDERATION_TOTAL, number, sentence, statement);
          recorder.record(ReportMetric.LITIGATION_TOTAL, number, sentence, statement);
        });
      }
    }
  }

  /** Whether the count at {@code start} is the year's total, not a part (其中) or another period's. */
  private static boolean isTheYearsTotal(ProseSentence sentence, int start) {
    return !sentence.clausePrefix(start).contains("其中") && !sentence.clauseIsAboutAnotherPeriod(start);
  }

  private static Pattern result(String words) {
    return Pattern.compile(words + "\\s*" + COUNT + "\\s*件");
  }
}
