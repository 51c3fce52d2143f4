package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's means for disclosure, counted explicitly: reading points (信息公开查询点25个),
 * meetings (召开专题会议3次), training sessions (举办培训班2期) and trainees (培训60人次).
 */
final class CapacityStatements implements StatementRule {

  private static final String DISCLOSURE_WORK = "(?:政府信息公开|政务公开|信息公开)?(?:工作)?";
  private static final String MEETING = DISCLOSURE_WORK + "(?:专题会议|工作会议|专题会)";
  private static final String TRAINING = DISCLOSURE_WORK + "(?:业务)?(?:专题)?培训(?:班|会)?";

  private static final List<Map.Entry<ReportMetric, Pattern>> STATEMENTS = List.of(
      Map.entry(ReportMetric.READING_POINTS, Pattern.compile(
          "(?:政府信息公开|信息公开|政务公开|政府信息)(?:查询点|查阅点|查阅场所|查阅室|查询场所)(?:共|共计)?\\s*"
              + COUNT + "\\s*(?:个|处)")),
      Map.entry(ReportMetric.MEETINGS, Pattern.compile("召开(?:了)?" + MEETING + "(?:共)?\\s*" + COUNT + "\\s*次")),
      Map.entry(ReportMetric.MEETINGS, Pattern.compile("召开(?:了)?" + COUNT + "\\s*次" + MEETING)),
      Map.entry(ReportMetric.TRAINING_SESSIONS, Pattern.compile(
          "(?:举办|组织|开展)(?:了)?" + TRAINING + "(?:共)?\\s*" + COUNT + "\\s*(?:期|次|场)")),
      Map.entry(ReportMetric.TRAINING_SESSIONS, Pattern.compile(
          "(?:举办|组织|开展)(?:了)?" + COUNT + "\\s*(?:期|次|场)" + TRAINING)),
      Map.entry(ReportMetric.TRAINEES, Pattern.compile(
          "培训(?:各类|相关)?(?:人员|干部|工作人员)?(?:共|共计)?\\s*" + COUNT + "\\s*人次?")));
  private static final Pattern DISCLOSURE_TOPIC = Pattern.compile("公开");

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (!DISCLOSURE_TOPIC.matcher(sentence.reading()).find()) {
      return;
    }
    for (var statement : STATEMENTS) {
      Matcher matcher = statement.getValue().matcher(sentence.reading());
      while (matcher.find()) {
        if (sentence.clausePrefix(matcher.start()).contains("其中")
            || sentence.clauseIsAboutAnotherPeriod(matcher.start())) {
          continue;
        }
        String stated = matcher.group();
        ChineseNumbers.parse(matcher.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(statement.getKey(), number, sentence, stated));
      }
    }
  }
}
