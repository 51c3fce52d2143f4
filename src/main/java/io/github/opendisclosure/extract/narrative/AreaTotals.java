package io.github.opendisclosure.extract.narrative;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figure an area's total is (2018年全县共受理政府信息公开申请320件, 全县共主动公开政府信息
 * 12000余条). It is the report's own only when the area's government wrote the report (平江县人民政府,
 * or its 办公室 that writes the county's report); a bureau gives its county's total as context and
 * states its own figure apart (我局受理5件, 其中我局受理5件). A system's total (全县民政系统共受理…20件)
 * is no one office's.
 */
final class AreaTotals {

  /** The words of a total up to its figure, also what the area has (全县共有, 全县共配备政府信息公开专职人员…). */
  private static final String TOTAL_WORDS =
      "(?:共|共计|合计|总计)?(?:(?:有|配备|设立|设)(?:政府信息公开|政务公开|信息公开)?(?:工作)?)?$";
  /** A clause that opens on an area's total, up to the verb of its figure (全县共, 全市各级行政机关共计). */
  private static final Pattern AREA_TOTAL = Pattern.compile(
      "全(?<area>[县市区省旗州镇乡])(?:范围内)?(?:各级|各地|各乡镇|各部门|各单位|行政机关|政府部门)*" + TOTAL_WORDS);
  /** A clause that opens on the total of a system of offices in an area (全县民政系统共): no one office's figure. */
  private static final Pattern SYSTEM_TOTAL = Pattern.compile(
      "全[县市区省旗州镇乡][^,;:]{1,8}?系统(?:各级|各单位|各部门)*" + TOTAL_WORDS);
  /** The government of an area, by the last character of the area's name (平江县人民政府办公室: 县). */
  private static final Pattern AREA_GOVERNMENT =
      Pattern.compile("(?<area>[县市区省旗州镇乡])(?:人民)?政府(?:办公室|办公厅)?$");

  /** The area whose government wrote the report, empty for any other office. */
  private final Optional<String> governedArea;
  private final boolean writerKnown;

  private AreaTotals(Optional<String> governedArea, boolean writerKnown) {
    this.governedArea = governedArea;
    this.writerKnown = writerKnown;
  }

  /** The totals of a report written by {@code agencyName}; with no writer known, every area's total is taken. */
  static AreaTotals of(Optional<String> agencyName) {
    Optional<String> area = agencyName.map(AREA_GOVERNMENT::matcher).filter(Matcher::find).map(m -> m.group("area"));
    return new AreaTotals(area, agencyName.isPresent());
  }

  /** Whether the writer governs an area, so that an area's total is its own count. */
  boolean writerGovernsAnArea() {
    return governedArea.isPresent();
  }

  /**
   * Whether the clause before a figure ({@code clausePrefix}) makes it the total of an area the writer
   * does not govern, or of a system of offices (全县民政系统共), which is neither its bureau's nor its area's.
   */
  boolean isAreaTotalNotTheWriters(String clausePrefix) {
    if (!writerKnown || clausePrefix.indexOf('全') < 0) {
      return false;
    }
    if (clausePrefix.contains("系统") && SYSTEM_TOTAL.matcher(clausePrefix).find()) {
      return true;
    }
    Matcher total = AREA_TOTAL.matcher(clausePrefix);
    return total.find() && !governedArea.equals(Optional.of(total.group("area")));
  }
}
