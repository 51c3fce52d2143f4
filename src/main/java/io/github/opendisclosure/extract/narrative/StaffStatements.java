package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people who do the disclosure work: 专职人员2名, 兼职人员3名, 专兼职人员4名 (both kinds), or
 * 2名工作人员负责政务公开工作.
 * Without a stated total, the full-time and part-time figures (or the full-time figure alone)
 * make it up. An area's or a system's staff (全县民政系统共有兼职人员30名) are not a bureau's.
 */
final class StaffStatements implements StatementRule {

  private static final String FULL_TIME = "专职";
  private static final String PART_TIME = "兼职";
  private static final String DISCLOSURE_TOPIC = "公开";
  /** The office speaking of itself (2022年,我局配备专职人员2名). */
  private static final Pattern OWN_OFFICE = Pattern.compile("[我本](?:局|厅|委|办|单位|部门|中心|镇|乡|街道)");
  /** Words that name the work people do; a sentence that names other work than disclosure is not about its staff. */
  private static final Pattern NAMES_THEIR_WORK = Pattern.compile("负责|从事|承担|分管");
  private static final List<Pattern> FULL_TIME_STAFF = employed(FULL_TIME);
  /** 兼职 but not 专兼职 (专、兼职), which counts both kinds: the office's total. */
  private static final List<Pattern> PART_TIME_STAFF = employed("(?<!专、?)" + PART_TIME);
  private static final List<Pattern> STAFF_OF_BOTH_KINDS = employed("专、?" + PART_TIME);
  private static final String IN_CHARGE = "负责";
  private static final Pattern STAFF_IN_CHARGE = Pattern.compile(
      COUNT + "\\s*名(?:工作人员|人员|干部)[^,;:]{0,12}?负责[^;。]{0,30}?(?:政府信息|政务)公开");
  /** The staff counted before their full-time or part-time part (工作人员3名，其中专职1名): the total. */
  private static final Pattern STAFF_BEFORE_PARTS = Pattern.compile(
      "工作人员(?:共|共有)?\\s*" + COUNT + "\\s*(?:名|人)(?!次)(?=[,;]\\s*其中[^,;。]{0,6}?(?:" + FULL_TIME + "|" + PART_TIME + "))");
  private static final String PARTS = "其中";
  /** A clause about each department's or a share of the people, not the office's total. */
  private static final Pattern NOT_THE_TOTAL = Pattern.compile("各|每|其中|专职|兼职|联络员");

  private final AreaTotals areaTotals;
  private StatedFigure fullTime;
  private StatedFigure partTime;
  private boolean totalStated;

  /** A figure with the text it was read from. */
  private record StatedFigure(StatedNumber number, String evidence) {}

  StaffStatements(AreaTotals areaTotals) {
    this.areaTotals = areaTotals;
  }

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (!speaksOfDisclosureStaff(sentence)) {
      return;
    }
    Optional<StatedFigure> full = figure(FULL_TIME, FULL_TIME_STAFF, sentence);
    full.ifPresent(figure -> recorder.record(ReportMetric.STAFF_FULL_TIME, figure.number(), figure.evidence()));
    if (fullTime == null) {
      fullTime = full.orElse(null);
    }
    Optional<StatedFigure> part = figure(PART_TIME, PART_TIME_STAFF, sentence);
    part.ifPresent(figure -> recorder.record(ReportMetric.STAFF_PART_TIME, figure.number(), figure.evidence()));
    if (partTime == null) {
      partTime = part.orElse(null);
    }
    figure(PART_TIME, STAFF_OF_BOTH_KINDS, sentence).ifPresent(figure -> {
      recorder.record(ReportMetric.STAFF_TOTAL, figure.number(), figure.evidence());
      totalStated = true;
    });
    if (sentence.reading().contains(PARTS)) {
      readTotalBeforeParts(sentence, recorder);
    }
    if (!sentence.reading().contains(IN_CHARGE)) {
      return;
    }
    Matcher inCharge = STAFF_IN_CHARGE.matcher(sentence.reading());
    if (inCharge.find() && !NOT_THE_TOTAL.matcher(sentence.clausePrefix(inCharge.start()) + inCharge.group()).find()) {
      String statement = inCharge.group();
      ChineseNumbers.parse(inCharge.group(COUNT_GROUP)).ifPresent(number -> {
        recorder.record(ReportMetric.STAFF_TOTAL, number, sentence, statement);
        totalStated = true;
      });
    }
  }

  /**
   * The staff total a sentence states before its parts (工作人员3名，其中专职1名): the full-time part alone
   * is not the total then.
   */
  private void readTotalBeforeParts(ProseSentence sentence, ProseRecorder recorder) {
    Matcher total = STAFF_BEFORE_PARTS.matcher(sentence.reading());
    if (total.find() && !NOT_THE_TOTAL.matcher(sentence.clausePrefix(total.start())).find()
        && !areaTotals.isAreaTotalNotTheWriters(sentence.clausePrefix(total.start()))) {
      String statement = total.group();
      ChineseNumbers.parse(total.group(COUNT_GROUP)).ifPresent(number -> {
        recorder.record(ReportMetric.STAFF_TOTAL, number, sentence, statement);
        totalStated = true;
      });
    }
  }

  @Override
  public void finish(ProseRecorder recorder) {
    if (totalStated || fullTime == null) {
      return;
    }
    if (partTime == null) {
      recorder.record(ReportMetric.STAFF_TOTAL, fullTime.number(), fullTime.evidence());
    } else {
      StatedNumber sum = new StatedNumber(fullTime.number().value().add(partTime.number().value()),
          fullTime.number().approximate() || partTime.number().approximate());
      String evidence = fullTime.evidence().equals(partTime.evidence())
          ? fullTime.evidence() : fullTime.evidence() + "; " + partTime.evidence();
      recorder.record(ReportMetric.STAFF_TOTAL, sum, evidence);
    }
  }

  /**
   * A sentence that names disclosure, or in which the office states its own staff without naming
   * their work: the report is about disclosure, so are the people it says it assigned.
   */
  private static boolean speaksOfDisclosureStaff(ProseSentence sentence) {
    String reading = sentence.reading();
    return reading.contains(DISCLOSURE_TOPIC)
        || OWN_OFFICE.matcher(reading).find() && !NAMES_THEIR_WORK.matcher(reading).find();
  }

  /** The first figure of {@code kind} the sentence states, unless it is an area's or a system's (全县共有兼职人员30名). */
  private Optional<StatedFigure> figure(String kind, List<Pattern> patterns, ProseSentence sentence) {
    // Every pattern names the kind; most sentences do not, and a pattern that starts with a number is slow to fail.
    if (!sentence.reading().contains(kind)) {
      return Optional.empty();
    }
    for (Pattern pattern : patterns) {
      Matcher matcher = pattern.matcher(sentence.reading());
      if (matcher.find()) {
        if (areaTotals.isAreaTotalNotTheWriters(sentence.clausePrefix(matcher.start()))
            || isPartOfAnAreasTotal(sentence, matcher.start())) {
          return Optional.empty();
        }
        return ChineseNumbers.parse(matcher.group(COUNT_GROUP))
            .map(number -> new StatedFigure(number, ProseRecorder.evidence(sentence, matcher.group())));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the figure at {@code index} is a part (其中专职100名) of a staff total before it that is an
   * area's and not the writer's (全县共有政府信息公开工作人员300名): the area's part then.
   */
  private boolean isPartOfAnAreasTotal(ProseSentence sentence, int index) {
    if (!sentence.clausePrefix(index).startsWith(PARTS)) {
      return false;
    }
    Matcher total = STAFF_BEFORE_PARTS.matcher(sentence.reading()).region(0, index).useTransparentBounds(true);
    return total.find() && areaTotals.isAreaTotalNotTheWriters(sentence.clausePrefix(total.start()));
  }

  /** 专职人员2名, 专职工作人员2人, 专职1人 or 2名专职人员. */
  private static List<Pattern> employed(String kind) {
    return List.of(
        Pattern.compile(kind + "(?:(?:工作)?人员)?(?:共)?\\s*" + COUNT + "\\s*(?:名|人)(?!次)"),
        Pattern.compile(COUNT + "\\s*名" + kind + "(?:工作)?人员"));
  }
}
