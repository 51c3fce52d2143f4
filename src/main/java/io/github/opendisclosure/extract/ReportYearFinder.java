package io.github.opendisclosure.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a report covers, which is not the year it was published: reports on 2017 appear
 * in early 2018. The statistics period (统计期限自2017年1月1日) is the most explicit statement, then
 * the title (阜阳市民政局2017年度政府信息公开工作年度报告), then the year the text talks about most. A
 * statistics period, statistics table or introducing sentence (现将2019年度…报告如下) that names
 * another year than the title is a {@link IssueCode#YEAR_CONFLICT}.
 */
public final class ReportYearFinder {

  /** Titles sit in the first lines, after at most a few lines of page navigation. */
  private static final int TITLE_LINES = 40;
  private static final Pattern STATISTICS_PERIOD = Pattern.compile(
      "(统计期限|统计时限|统计期间|统计时间|数据统计)[^。\\n]{0,12}?(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日"
          + "|(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日\\s*(起)?\\s*(至|到|-|—|~)\\s*(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");
  private static final Pattern TITLE_YEAR = Pattern.compile(
      "((?:19|20)\\d{2})\\s*年\\s*度?[^。,，\\n]{0,24}?(政府信息公开|政务公开|信息公开|政务信息公开)[^。,，\\n]{0,12}?(年度报告|年报|工作报告|总结|报告)");
  /** The body's own words for the report (现将2019年度政府信息公开工作报告如下, 本报告为…2019年度…年度报告). */
  private static final Pattern INTRODUCED_YEAR = Pattern.compile(
      "(?:现将|现予公布|现公布|特公布|向社会公布|现发布|特发布|本报告)[^。\\n]{0,40}?" + TITLE_YEAR.pattern());
  private static final Pattern STATISTICS_TABLE_YEAR =
      Pattern.compile("统计表\\s*[(（]\\s*((?:19|20)\\d{2})\\s*年度?\\s*[)）]");
  private static final Pattern YEAR_MENTION = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern PUBLICATION_LINE = Pattern.compile("发布时间|发布日期|生成日期|发文日期|成文日期|更新时间");
  /** A line that is only a date: the date the report was signed, in the year after the one it covers. */
  private static final Pattern SIGNATURE_DATE = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

  private ReportYearFinder() {}

  /** The report year, or empty when the text names none. Disagreements become issues. */
  public static Optional<Integer> find(ReportText text, MetricReadings readings) {
    Optional<Integer> statisticsPeriod = firstYear(STATISTICS_PERIOD, text.text());
    Optional<Integer> titleYear = titleYear(text.lines());
    Optional<Integer> tableYear = firstYear(STATISTICS_TABLE_YEAR, text.text());

    Optional<Integer> stated = statisticsPeriod.or(() -> titleYear).or(() -> tableYear);
    if (titleYear.isPresent() && statisticsPeriod.isPresent() && !titleYear.equals(statisticsPeriod)) {
      readings.addIssue(IssueCode.YEAR_CONFLICT, "the title names " + titleYear.get()
          + " but the statistics period is " + statisticsPeriod.get() + "; the statistics period is used");
    } else if (titleYear.isPresent() && tableYear.isPresent() && !titleYear.equals(tableYear)) {
      readings.addIssue(IssueCode.YEAR_CONFLICT, "the title names " + titleYear.get()
          + " but the statistics table is for " + tableYear.get() + "; the title's year is used");
    } else if (titleYear.isPresent()) {
      // The title is kept: a report's body is carried over from last year's more often than its
      // title, which an office rewrites first.
      introducedYear(text.lines()).filter(introduced -> !introduced.equals(titleYear.get()))
          .ifPresent(introduced -> readings.addIssue(IssueCode.YEAR_CONFLICT, "the title names " + titleYear.get()
              + " but the text introduces the report as " + introduced + "'s; the title's year is used"));
    }
    // Counting every mention costs a pass over the lines; only a report that states no year needs it.
    return stated.or(() -> mostMentionedYear(text.lines()));
  }

  /** The year a sentence introduces the report as (现将2019年度政府信息公开工作报告如下), if one does. */
  private static Optional<Integer> introducedYear(List<String> lines) {
    for (String line : lines) {
      // Few lines name a report; the others skip the pattern, which tries its words at every character.
      if (line.indexOf('年') >= 0 && (line.contains("报告") || line.contains("年报") || line.contains("总结"))) {
        Optional<Integer> year = firstYear(INTRODUCED_YEAR, line);
        if (year.isPresent()) {
          return year;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> titleYear(List<String> lines) {
    int limit = Math.min(lines.size(), TITLE_LINES);
    for (int i = 0; i < limit; i++) {
      // A title can break after the agency name: "淮安市洪泽区人民政府" / "2024 年政府信息公开工作年度报告".
      String line = lines.get(i);
      if (isPublicationLine(line) && !line.contains("名称")) {
        continue;
      }
      Matcher matcher = TITLE_YEAR.matcher(line);
      if (matcher.find()) {
        return Optional.of(Integer.parseInt(matcher.group(1)));
      }
    }
    return Optional.empty();
  }

  /** Every publication-line word ends in 日期 or 时间; most lines have neither, and skip the pattern. */
  private static boolean isPublicationLine(String line) {
    return (line.contains("日期") || line.contains("时间")) && PUBLICATION_LINE.matcher(line).find();
  }

  private static Optional<Integer> firstYear(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    for (int group = 1; group <= matcher.groupCount(); group++) {
      String value = matcher.group(group);
      if (value != null && value.matches("\\d{4}")) {
        return Optional.of(Integer.parseInt(value));
      }
    }
    return Optional.empty();
  }

  /** The year the prose mentions most, leaving out publication-date lines and the signature date. */
  private static Optional<Integer> mostMentionedYear(List<String> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : lines) {
      if (line.indexOf('年') < 0 || isPublicationLine(line) || SIGNATURE_DATE.matcher(line).matches()) {
        continue;
      }
      Matcher matcher = YEAR_MENTION.matcher(line);
      while (matcher.find()) {
        counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
