package io.github.opendisclosure.extract.narrative;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Records what sentences state into a report's readings, with the sentence as evidence, an
 * {@link IssueCode#APPROXIMATE_VALUE} issue for round figures and an {@link IssueCode#UNRECOGNIZED_ROW}
 * issue for stated figures it cannot read.
 */
final class ProseRecorder {

  private static final int MAX_EVIDENCE_LENGTH = 200;
  private static final int EVIDENCE_CONTEXT = 80;
  /** Words after a figure's unit that make it a round figure (1000条以上, 400条左右). */
  private static final List<String> ROUND_OFF_AFTER_UNIT = List.of("以上", "左右", "上下");

  /** A lower bound before a figure (超过400条): a round figure too. */
  private static final String OVER = "超过";
  private static final Pattern OVER_A_FIGURE = Pattern.compile(OVER + "\\s*[\\d一二两三四五六七八九十]");

  private final MetricReadings readings;
  private boolean recordedAny;

  ProseRecorder(MetricReadings readings) {
    this.readings = readings;
  }

  /**
   * Records {@code number} for {@code metric}, stated by the {@code statement} part of {@code sentence};
   * a figure the sentence qualifies after its unit (1000条以上, 400条左右) or as a lower bound (超过400条)
   * is a round figure too.
   */
  void record(ReportMetric metric, StatedNumber number, ProseSentence sentence, String statement) {
    boolean rounded = isRoundedOffAfter(sentence, statement)
        || statement.contains(OVER) && OVER_A_FIGURE.matcher(statement).find();
    StatedNumber stated = rounded ? new StatedNumber(number.value(), true) : number;
    record(metric, stated, evidence(sentence, statement));
  }

  private static boolean isRoundedOffAfter(ProseSentence sentence, String statement) {
    int at = sentence.reading().indexOf(statement);
    return at >= 0 && ROUND_OFF_AFTER_UNIT.stream()
        .anyMatch(words -> sentence.reading().startsWith(words, at + statement.length()));
  }

  /** Records a figure derived from several statements, quoting them all. */
  void record(ReportMetric metric, StatedNumber number, String evidence) {
    readings.put(metric, number.value(), evidence);
    if (number.approximate()) {
      readings.addIssue(IssueCode.APPROXIMATE_VALUE, metric.key() + ": the report gives a round figure, "
          + number.value().toPlainString() + " recorded, in \"" + evidence + "\"");
    }
    recordedAny = true;
  }

  /** Notes figures the {@code statement} part of {@code sentence} gives that could not be read, and why. */
  void recordUnread(String why, ProseSentence sentence, String statement) {
    readings.addIssue(IssueCode.UNRECOGNIZED_ROW, "prose: " + why + ", in \"" + evidence(sentence, statement) + "\"");
  }

  boolean recordedAny() {
    return recordedAny;
  }

  /** The sentence, or the part of a long one around the statement. */
  static String evidence(ProseSentence sentence, String statement) {
    String text = sentence.text();
    if (text.length() <= MAX_EVIDENCE_LENGTH) {
      return text;
    }
    int at = Math.max(0, text.indexOf(statement));
    int start = Math.max(0, at - EVIDENCE_CONTEXT);
    int end = Math.min(text.length(), at + statement.length() + EVIDENCE_CONTEXT);
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }
}
