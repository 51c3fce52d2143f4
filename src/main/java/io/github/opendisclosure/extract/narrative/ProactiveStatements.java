package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.REACHING;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's total of proactively published items for the year (主动公开政府信息592条,
 * 网上发布信息1200余条), never a topic's share of it (发布社会救助信息130条) nor, for a bureau, its
 * area's total (全县共主动公开政府信息12000余条).
 */
final class ProactiveStatements implements StatementRule {

  private static final Pattern TOTAL = Pattern.compile(
      "(?:主动(?:公开|发布)(?:了)?(?:各类|政府|政务|信息)*?信息|网上发布(?:各类)?(?:政府|政务)?信息)"
          + "(?:共|共计|合计|总计)?" + REACHING + "\\s*" + COUNT + "\\s*条");
  /** The words every match of {@link #TOTAL} starts with. */
  private static final List<String> TOTAL_WORDS = List.of("主动", "网上发布");
  /** Words that narrow a clause to one topic or part of what was published. */
  private static final Pattern PART_OF_ITEMS = Pattern.compile("其中|方面|领域|专栏|专题|围绕|涉及|关于");

  private final AreaTotals areaTotals;

  ProactiveStatements(AreaTotals areaTotals) {
    this.areaTotals = areaTotals;
  }

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.readsAny(TOTAL_WORDS)) {
      return;
    }
    Matcher total = TOTAL.matcher(sentence.reading());
    while (total.find()) {
      String clausePrefix = sentence.clausePrefix(total.start());
      // The year's share of a running total (累计主动公开…3500条，其中2012年主动公开…420条) is the year's total.
      if (PART_OF_ITEMS.matcher(clausePrefix).find() && !sentence.clauseIsTheYearsShare(total.start())
          || areaTotals.isAreaTotalNotTheWriters(clausePrefix)
          || sentence.clauseIsAboutAnotherPeriod(total.start())) {
        continue;
      }
      String statement = total.group();
      ChineseNumbers.parse(total.group(COUNT_GROUP)).ifPresent(number ->
          recorder.record(ReportMetric.PROACTIVE_ITEMS, number, sentence, statement));
    }
  }
}
