package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.extract.ReportText;
import java.util.Optional;
import java.util.List;

/**
 * Tells the 2019 national template from its 2021 revision by the table's own wording: the 2021
 * revision counts rules as 本年制发件数 / 现行有效件数, splits 其他处理 (逾期不补正, 收费通知) and
 * reports fees as 本年收费金额; the 2019 template counts 本年新制作数量 / 对外公开总数量 and has
 * 上一年项目数量 and 政府集中采购.
 */
public final class NationalTemplate {

  // Words, each looked for with indexOf over the whole text: faster than one pattern of alternatives.
  private static final List<String> APPLICATION_TABLE = List.of("本年新收");
  private static final List<String> APPLICATION_TABLE_ROWS = List.of("予以公开", "申请人情况", "不予公开");
  private static final List<String> REVISION_2021 =
      List.of("本年制发件数", "现行有效件数", "本年废止件数", "逾期不补正", "收费通知", "本年收费金额");
  private static final List<String> TEMPLATE_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购");
  /** Reports on 2021 and later use the revision; only a bare application table leaves the wording silent. */
  private static final int FIRST_YEAR_OF_2021_REVISION = 2021;

  private NationalTemplate() {}

  /** The national template the report's tables follow, or empty when it has no application table. */
  public static Optional<ReportTemplate> detect(ReportText text, Optional<Integer> reportYear) {
    String all = text.text();
    if (!containsAny(all, APPLICATION_TABLE) || !containsAny(all, APPLICATION_TABLE_ROWS)) {
      return Optional.empty();
    }
    return Optional.of(byWording(all).orElse(
        reportYear.orElse(FIRST_YEAR_OF_2021_REVISION) >= FIRST_YEAR_OF_2021_REVISION
            ? ReportTemplate.NATIONAL_2021 : ReportTemplate.NATIONAL_2019));
  }

  /** The template whose own wording the text uses (the 2021 revision's first), or empty when it uses neither's. */
  static Optional<ReportTemplate> byWording(String text) {
    if (containsAny(text, REVISION_2021)) {
      return Optional.of(ReportTemplate.NATIONAL_2021);
    }
    if (containsAny(text, TEMPLATE_2019)) {
      return Optional.of(ReportTemplate.NATIONAL_2019);
    }
    return Optional.empty();
  }

  private static boolean containsAny(String text, List<String> words) {
    return words.stream().anyMatch(text::contains);
  }
}
