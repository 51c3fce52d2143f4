package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.extract.ReportText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the 2019 national template from its 2021 revision by the table's own wording: the 2021
 * revision counts rules as 本年制发件数 / 现行有效件数, splits 其他处理 (逾期不补正, 收费通知) and
 * reports fees as 本年收费金额; the 2019 template counts 本年新制作数量 / 对外公开总数量 and has
 * 上一年项目数量 and 政府集中采购.
 */
public final class NationalTemplate {

  private static final Pattern APPLICATION_TABLE = Pattern.compile("本年新收");
  private static final Pattern APPLICATION_TABLE_ROWS = Pattern.compile("予以公开|申请人情况|不予公开");
  private static final Pattern REVISION_2021 = Pattern.compile("本年制发件数|现行有效件数|本年废止件数|逾期不补正|收费通知|本年收费金额");
  private static final Pattern TEMPLATE_2019 = Pattern.compile("本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|政府集中采购");
  /** Reports on 2021 and later use the revision; only a bare application table leaves the wording silent. */
  private static final int FIRST_YEAR_OF_2021_REVISION = 2021;

  private NationalTemplate() {}

  /** The national template the report's tables follow, or empty when it has no application table. */
  public static Optional<ReportTemplate> detect(ReportText text, Optional<Integer> reportYear) {
    String all = text.text();
    if (!APPLICATION_TABLE.matcher(all).find() || !APPLICATION_TABLE_ROWS.matcher(all).find()) {
      return Optional.empty();
    }
    if (REVISION_2021.matcher(all).find()) {
      return Optional.of(ReportTemplate.NATIONAL_2021);
    }
    if (TEMPLATE_2019.matcher(all).find()) {
      return Optional.of(ReportTemplate.NATIONAL_2019);
    }
    return Optional.of(reportYear.orElse(FIRST_YEAR_OF_2021_REVISION) >= FIRST_YEAR_OF_2021_REVISION
        ? ReportTemplate.NATIONAL_2021 : ReportTemplate.NATIONAL_2019);
  }
}
