package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's means for disclosure, counted explicitly: reading points (信息公开查询点25个),
 * meetings (召开专题会议3次), training sessions (举办培训班2期) and trainees (培训60人次, 参训人员120人次);
 * never, for a bureau, its area's (全县共举办政府信息公开培训班10期).
 */
final class CapacityStatements implements StatementRule {

  private static final String DISCLOSURE_WORK = "(?:政府信息公开|政务公开|信息公开)?(?:工作)?";
  private static final String MEETING = DISCLOSURE_WORK + "(?:专题会议|工作会议|专题会)";
  private static final String TRAINING = DISCLOSURE_WORK + "(?:业务)?(?:专题)?培训(?:班|会)?";

  /** A statement's pattern and a word every match contains, checked first: most sentences lack it. */
  private record Statement(ReportMetric metric, String word, Pattern pattern) {}

  private static final List<Statement> STATEMENTS = List.of(
      new Statement(ReportMetric.READING_POINTS, "查", Pattern.compile(
          "(?:政府信息公开|信息公开|政务公开|政府信息)(?:查询点|查阅点|查阅场所|查阅室|查询场所)(?:共|共计)?\\s*"
              + COUNT + "\\s*(?:个|处)")),
      new Statement(ReportMetric.MEETINGS, "召开", Pattern.compile("召开(?:了)?" + MEETING + "(?:共)?\\s*" + COUNT + "\\s*次")),
      new Statement(ReportMetric.MEETINGS, "召开", Pattern.compile("召开(?:了)?" + COUNT + "\\s*次" + MEETING)),
      new Statement(ReportMetric.TRAINING_SESSIONS, "培训", Pattern.compile(
          "(?:举办|组织|开展)(?:了)?" + TRAINING + "(?:共)?\\s*" + COUNT + "\\s*(?:期|次|场)")),
      new Statement(ReportMetric.TRAINING_SESSIONS, "培训", Pattern.compile(
          "(?:举办|组织|开展)(?:了)?" + COUNT + "\\s*(?:期|次|场)" + TRAINING)),
      // 训 is in both 培训 and 参训 (参训人员120人次).
      new Statement(ReportMetric.TRAINEES, "训", Pattern.compile(
          "(?:培训(?:各类|相关)?(?:人员|干部|工作人员)?|参训(?:人员|干部)?)(?:共|共计)?\\s*" + COUNT + "\\s*人次?")));
  private static final String DISCLOSURE_TOPIC = "公开";

  private final AreaTotals areaTotals;

  CapacityStatements(AreaTotals areaTotals) {
    this.areaTotals = areaTotals;
  }

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.reading().contains(DISCLOSURE_TOPIC)) {
      return;
    }
    for (Statement statement : STATEMENTS) {
      if (!sentence.reading().contains(statement.word())) {
        continue;
      }
      Matcher matcher = statement.pattern().matcher(sentence.reading());
      while (matcher.find()) {
        String clausePrefix = sentence.clausePrefix(matcher.start());
        if (clausePrefix.contains("其中") || areaTotals.isAreaTotalNotTheWriters(clausePrefix)
            || sentence.clauseIsAboutAnotherPeriod(matcher.start())) {
          continue;
        }
        String stated = matcher.group();
        ChineseNumbers.parse(matcher.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(statement.metric(), number, sentence, stated));
      }
    }
  }
}
