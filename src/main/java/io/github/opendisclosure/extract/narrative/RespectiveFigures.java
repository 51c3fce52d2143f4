package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a clause names together, then gives their figures in the same order after 分别 (respectively):
 * 其中当面申请、网络申请、信函申请分别为5件、3件、1件.
 *
 * @param start     where the list's 分别 stands in the sentence's reading
 * @param names     the parts, as the clause names them
 * @param figures   their figures, in order
 * @param statement the names and figures as the sentence states them (the evidence)
 */
record RespectiveFigures(int start, List<String> names, List<String> figures, String statement) {

  static final String RESPECTIVELY = "分别";
  private static final String FIGURE = COUNT + "\\s*(?:件|个|起|宗|次|条)?";
  private static final Pattern FIRST_FIGURE = Pattern.compile(RESPECTIVELY + "(?:为|是)?:?\\s*" + FIGURE);
  private static final Pattern NEXT_FIGURE = Pattern.compile("\\s*[、和及与]\\s*" + FIGURE);
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[、和及与]");

  /** The lists {@code sentence} gives. */
  static List<RespectiveFigures> in(ProseSentence sentence) {
    String reading = sentence.reading();
    List<RespectiveFigures> lists = new ArrayList<>();
    for (int at = reading.indexOf(RESPECTIVELY); at >= 0; at = reading.indexOf(RESPECTIVELY, at + 1)) {
      Matcher figure = FIRST_FIGURE.matcher(reading).region(at, reading.length());
      if (!figure.lookingAt()) {
        continue;
      }
      List<String> figures = new ArrayList<>(List.of(figure.group(COUNT_GROUP)));
      int end = figure.end();
      for (Matcher next = NEXT_FIGURE.matcher(reading); next.region(end, reading.length()).lookingAt(); end = next.end()) {
        figures.add(next.group(COUNT_GROUP));
      }
      String namedParts = sentence.clausePrefix(at);
      List<String> names = List.of(NAME_SEPARATOR.split(namedParts));
      lists.add(new RespectiveFigures(at, names, figures, namedParts + reading.substring(at, end)));
    }
    return lists;
  }

  /**
   * Whether there are as many figures as names: otherwise which figure is whose is a guess
   * (当面申请、网络申请分别为5件、3件、1件).
   */
  private boolean pairsEachName() {
    return names.size() > 1 && names.size() == figures.size();
  }

  /**
   * Records each part's figure as the metric {@code metricNamed} gives its name, if any; a list of
   * several such names with more or fewer figures is read for none of them, with an issue, since
   * the report states figures that are lost.
   */
  void recordEach(Function<String, Optional<ReportMetric>> metricNamed, ProseSentence sentence, ProseRecorder recorder) {
    if (!pairsEachName()) {
      if (names.size() > 1 && names.stream().anyMatch(name -> metricNamed.apply(name).isPresent())) {
        recorder.recordUnread("a 分别 list names " + names.size() + " parts and gives " + figures.size()
            + " figures; which figure is whose is a guess, so none was read", sentence, statement);
      }
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String figure = figures.get(i);
      metricNamed.apply(names.get(i)).ifPresent(metric -> ChineseNumbers.parse(figure).ifPresent(
          number -> recorder.record(metric, number, sentence, statement)));
    }
  }
}
