package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements about fees charged for disclosure: 收取信息处理费3940元, or none (未收取任何费用,
 * 未收取政府信息公开信息处理费, 没有收取政府信息公开相关费用, 未发生政府信息公开费用, 无涉及公开收费项目,
 * 未设政府信息公开收费项目, 依申请公开实行零收费).
 */
final class FeeStatements implements StatementRule {

  private static final Pattern COLLECTED = Pattern.compile(
      "收取(?:了)?(?:政府信息公开|依申请公开)?(?:的)?(?:信息处理费|信息公开费用|费用)(?:共|共计|合计)?\\s*"
          + COUNT + "\\s*(?<unit>万元|元)");
  private static final Pattern NONE = Pattern.compile(
      "(?:未|没有)收取(?:任何)?(?:政府信息公开|依申请公开)?(?:相关)?(?:的)?(?:费用|信息处理费)"
          + "|未(?:发生|产生)[^,;:]{0,12}?费用|(?:无|未设)[^,;:]{0,10}?收费项目|零收费");
  private static final Pattern FEES_TOPIC = Pattern.compile("信息公开|依申请|处理费|公开收费");
  /** The words each pattern's matches start with. */
  private static final List<String> COLLECTED_WORDS = List.of("收取");
  private static final List<String> NONE_WORDS = List.of("未", "无", "没有", "零收费");
  private static final String FEES = "费";

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (sentence.saysOnlyNone()) {
      readNoneUnderHeading(sentence, recorder);
      return;
    }
    if (!sentence.readsAny(COLLECTED_WORDS) && !sentence.readsAny(NONE_WORDS) || !sentence.isAbout(FEES_TOPIC)) {
      return;
    }
    Matcher collected = COLLECTED.matcher(sentence.reading());
    while (collected.find()) {
      if (sentence.clauseIsAboutAnotherPeriod(collected.start())) {
        continue;
      }
      long factor = collected.group("unit").equals("万元") ? 10_000 : 1;
      String statement = collected.group();
      ChineseNumbers.parse(collected.group(COUNT_GROUP)).ifPresent(number ->
          recorder.record(ReportMetric.FEES_COLLECTED_YUAN, number.times(factor), sentence, statement));
    }
    Matcher none = NONE.matcher(sentence.reading());
    while (none.find()) {
      String clause = sentence.clauseAt(none.start());
      if (!ProsePatterns.ANY_COUNT.matcher(clause).find() && !sentence.clauseIsAboutAnotherPeriod(none.start())) {
        recorder.record(ReportMetric.FEES_COLLECTED_YUAN, StatedNumber.exact(0), sentence, none.group());
        return;
      }
    }
  }

  /** 无。 under 五、政府信息公开收费及减免情况: no fees. */
  private static void readNoneUnderHeading(ProseSentence sentence, ProseRecorder recorder) {
    if (sentence.heading().contains(FEES) && FEES_TOPIC.matcher(sentence.section()).find()) {
      recorder.record(ReportMetric.FEES_COLLECTED_YUAN, StatedNumber.exact(0), sentence.withHeading());
    }
  }
}
