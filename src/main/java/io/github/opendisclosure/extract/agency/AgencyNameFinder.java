package io.github.opendisclosure.extract.agency;

import io.github.opendisclosure.extract.ReportText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the name of the office that wrote a report: its title (阜阳市民政局2017年度政府信息公开
 * 工作年度报告, also split over two lines, after the year as in 2022年度芜湖市统计局政府信息公开工作年度报告,
 * or around 关于 as in 桐庐县人民政府办公室关于公布2022年...的通知), the sentences that name the author
 * (由北京市东城区民政局编制, 请联系平江县民政局办公室, 现将芜湖市统计局2022年度...报告如下), a title
 * without a year that leaves it to the body (平江县民政局政府信息公开工作年度报告), or, for a
 * report that calls itself only 我局, the office its own documents are named after
 * (《武定县民政局全面推进政务公开工作实施细则》); likewise 我厅, 我委, 我单位.
 */
final class AgencyNameFinder {

  /** Titles sit in the first lines, after at most a page header and navigation. */
  private static final int TITLE_LINES = 40;
  /** The author is named near the start; scanning further only finds other offices. */
  private static final int AUTHOR_SCAN_CHARS = 20_000;

  private static final String AGENCY_SUFFIX =
      "(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|街道办事处|办事处|管理委员会|委员会|管委会|局|厅|委|中心|署)";
  private static final Pattern OWN_DOCUMENT =
      Pattern.compile("《(\\p{IsHan}{2,20}?(?:局|厅|委员会))(?=\\p{IsHan})[^《》\\n]{0,40}》");
  private static final Pattern SELF_REFERENCE = Pattern.compile("[我本](?:局|厅|委|单位)");
  /** 关于 and the verb after it open a title's subject (关于公布2022年...): neither is part of a name. */
  private static final Pattern ABOUT = Pattern.compile("关于(?:公布|印发|发布|转发|报送|上报)?");
  /** The words that introduce the report in its opening sentence (现将芜湖市统计局2022年度...报告如下). */
  private static final String REPORT_LEAD_IN = "(?:现将|现予公布|现公布|特公布|向社会公布|现发布|特发布)";

  private final Pattern title;
  private final Pattern authorPhrases;
  private final Pattern undatedTitle;
  private final Pattern nameLine;

  /**
   * Names are ideographs (titles also allow brackets), but for the few divisions the data writes with
   * a hyphen or brackets (高港区化学新材料产业园-沿江街道办事处), which are taken whole: a hyphen
   * anywhere else ends a name, as in navigation such as 首页-信息公开-... above a title.
   */
  AgencyNameFinder(AdministrativeDivisions divisions) {
    String orDivisionNames = divisions.namesBeyondIdeographs().stream().map(name -> "|" + Pattern.quote(name))
        .collect(Collectors.joining());
    String character = "(?:\\p{IsHan}" + orDivisionNames + ")";
    String titleCharacter = "(?:[\\p{IsHan}()]" + orDivisionNames + ")";
    this.title = Pattern.compile(
        "^(?:(?:名\\s*称|标\\s*题)\\s*:\\s*)?(" + character + titleCharacter + "{0,38}?)?\\s*(?:19|20)\\d{2}\\s*年\\s*度?"
            + "([^。,\\n]{0,16}?)(?:政府信息公开|政务公开|信息公开|政务信息公开)[^。,\\n]{0,12}?(?:年度报告|年报|工作报告|总结|报告)");
    this.authorPhrases = Pattern.compile(
        "由(" + character + "{2,30}?" + AGENCY_SUFFIX + ")(?:办公室)?(?:编制|制作|发布|负责编制)"
            + "|(?<!申)请(?:与|联系)\\s*:?\\s*(" + character + "{2,30}?" + AGENCY_SUFFIX + ")(?:办公室)?(?:联系|,|。|\\()"
            + "|^(" + character + "{2,30}?" + AGENCY_SUFFIX + ")(?:19|20)\\d{2}\\s*年度?(?:无|未)"
            + "|" + REPORT_LEAD_IN + "(" + character + "{2,30}?" + AGENCY_SUFFIX + ")(?:19|20)\\d{2}\\s*年度?"
            + "[^。\\n]{0,16}?(?:政府信息公开|政务公开|信息公开)",
        Pattern.MULTILINE);
    // The whole line must be the title: without a year to anchor it, a name in a sentence is not a title.
    this.undatedTitle = Pattern.compile("^(" + character + "{2,30}?" + AGENCY_SUFFIX + ")"
        + "(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?(?:年度报告|年报|工作报告)$");
    this.nameLine = Pattern.compile(character + "{2,30}" + AGENCY_SUFFIX);
  }

  /** The name as the report states it, possibly without its region (城关镇); empty when none is found. */
  Optional<String> find(ReportText text) {
    return titleName(text.lines())
        .or(() -> authorPhrase(text.text()))
        .or(() -> undatedTitleName(text.lines()))
        .or(() -> ownDocumentName(text.text()));
  }

  private Optional<String> titleName(List<String> lines) {
    int limit = Math.min(TITLE_LINES, lines.size());
    for (int i = 0; i < limit; i++) {
      Matcher matcher = title.matcher(lines.get(i));
      if (!matcher.find()) {
        continue;
      }
      String name = matcher.group(1) == null ? "" : withoutAbout(matcher.group(1).strip());
      if (!name.isEmpty()) {
        return Optional.of(name);
      }
      // "2022年度芜湖市统计局政府信息公开工作年度报告": the name follows the year.
      String afterYear = matcher.group(2).strip();
      if (nameLine.matcher(afterYear).matches()) {
        return Optional.of(afterYear);
      }
      // "淮安市洪泽区人民政府" / "2024 年政府信息公开工作年度报告": the name is the line above.
      if (i > 0 && nameLine.matcher(lines.get(i - 1)).matches()) {
        return Optional.of(lines.get(i - 1));
      }
    }
    return Optional.empty();
  }

  /** The office of a title that names no year (the report states its period in the body, 本年度 or 2014年1月1日至...). */
  private Optional<String> undatedTitleName(List<String> lines) {
    int limit = Math.min(TITLE_LINES, lines.size());
    for (int i = 0; i < limit; i++) {
      Matcher matcher = undatedTitle.matcher(lines.get(i));
      if (matcher.matches()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The office of a title's beginning without 关于: the office writes before it (芜湖市统计局关于...),
   * and a title that starts with 关于 may name it after (关于芜湖市统计局2022年...) or not at all.
   */
  private static String withoutAbout(String titleStart) {
    Matcher about = ABOUT.matcher(titleStart);
    if (!about.find()) {
      return titleStart;
    }
    String before = titleStart.substring(0, about.start());
    return before.isEmpty() ? titleStart.substring(about.end()) : before;
  }

  private Optional<String> authorPhrase(String text) {
    Matcher matcher = authorPhrases.matcher(text.length() > AUTHOR_SCAN_CHARS ? text.substring(0, AUTHOR_SCAN_CHARS) : text);
    while (matcher.find()) {
      for (int group = 1; group <= matcher.groupCount(); group++) {
        if (matcher.group(group) != null) {
          return Optional.of(matcher.group(group));
        }
      }
    }
    return Optional.empty();
  }

  /** For a report that says only 我局: the office most of its own documents are named after. */
  private static Optional<String> ownDocumentName(String text) {
    String scanned = text.length() > AUTHOR_SCAN_CHARS ? text.substring(0, AUTHOR_SCAN_CHARS) : text;
    if (!SELF_REFERENCE.matcher(scanned).find()) {
      return Optional.empty();
    }
    Map<String, Integer> counts = new HashMap<>();
    Matcher matcher = OWN_DOCUMENT.matcher(scanned);
    while (matcher.find()) {
      counts.merge(matcher.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
