package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 三、收到和处理政府信息公开申请情况 of the 2019 and 2021 templates: a row per line of the template,
 * each with the seven applicant columns (自然人, five kinds of 法人或其他组织, 总计).
 */
final class ApplicationTable implements CorpusTable {

  static final List<String> APPLICANT_KEYS = List.of("requests_natural_person", "requests_commercial_enterprise",
      "requests_research_institution", "requests_social_welfare_organization",
      "requests_legal_service_organization", "requests_other_organization");
  static final String[][] DENIED = {
      {"1.属于国家秘密", "denied_state_secret"}, {"2.其他法律行政法规禁止公开", "denied_prohibited_by_law"},
      {"3.危及“三安全一稳定”", "denied_security_stability"}, {"4.保护第三方合法权益", "denied_third_party_rights"},
      {"5.属于三类内部事务信息", "denied_internal_affairs"}, {"6.属于四类过程性信息", "denied_process_information"},
      {"7.属于行政执法案卷", "denied_law_enforcement_file"}, {"8.属于行政查询事项", "denied_administrative_query"}};
  static final String[][] UNABLE = {
      {"1.本机关不掌握相关政府信息", "unable_not_held"}, {"2.没有现成信息需要另行制作", "unable_needs_creation"},
      {"3.补正后申请内容仍不明确", "unable_unclear_after_correction"}};
  static final String[][] NOT_PROCESSED = {
      {"1.信访举报投诉类申请", "not_processed_petition_complaint"}, {"2.重复申请", "not_processed_repeated"},
      {"3.要求提供公开出版物", "not_processed_publication"}, {"4.无正当理由大量反复申请", "not_processed_excessive"},
      {"5.要求行政机关确认或重新出具已获取信息", "not_processed_confirm_existing"}};
  static final String[][] OTHER_2021 = {
      {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"},
      {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_fee_unpaid"},
      {"3.其他", "other_other"}};

  /** One line of the table: its merged group label (or ""), its label, the metric its 总计 states. */
  record Row(String group, String label, String key, long[] cells) {}

  private static final String RECEIVED = "requests_received";
  private static final String CARRIED = "requests_carried_over";
  private static final String NEXT_YEAR = "carried_to_next_year";

  private final String template;
  private final List<Row> rows;
  private final boolean cut;

  ApplicationTable(String template, List<Row> rows, boolean cut) {
    this.template = template;
    this.rows = List.copyOf(rows);
    this.cut = cut;
  }

  List<Row> rows() {
    return rows;
  }

  @Override
  public boolean cut() {
    return cut;
  }

  @Override
  public Map<String, BigDecimal> metrics() {
    Map<String, BigDecimal> stated = new LinkedHashMap<>();
    for (Row row : rows) {
      stated.put(row.key(), BigDecimal.valueOf(row.cells()[6]));
      if (row.key().equals(RECEIVED)) {
        long legal = 0;
        for (int column = 0; column < 6; column++) {
          stated.put(APPLICANT_KEYS.get(column), BigDecimal.valueOf(row.cells()[column]));
          legal += column > 0 ? row.cells()[column] : 0;
        }
        stated.put("requests_legal_person", BigDecimal.valueOf(legal));
      }
    }
    sumWhenComplete(stated, "denied", DENIED);
    sumWhenComplete(stated, "unable_to_provide", UNABLE);
    sumWhenComplete(stated, "not_processed", NOT_PROCESSED);
    if (template.equals("2021")) {
      sumWhenComplete(stated, "other_handled", OTHER_2021);
    }
    return stated;
  }

  /** The template has no subtotal row: the group's value is the sum of its reasons, when all are printed. */
  private static void sumWhenComplete(Map<String, BigDecimal> stated, String subtotal, String[][] reasons) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String[] reason : reasons) {
      BigDecimal value = stated.get(reason[1]);
      if (value == null) {
        return;
      }
      sum = sum.add(value);
    }
    stated.put(subtotal, sum);
  }

  @Override
  public List<List<TableCell>> grid() {
    List<List<TableCell>> grid = new ArrayList<>();
    grid.add(List.of(TableCell.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
        TableCell.label("申请人情况", 1, 7)));
    grid.add(List.of(TableCell.label("自然人", 2, 1), TableCell.label("法人或其他组织", 1, 5),
        TableCell.label("总计", 2, 1)));
    grid.add(List.of(TableCell.label("商业企业"), TableCell.label("科研机构"), TableCell.label("社会公益组织"),
        TableCell.label("法律服务机构"), TableCell.label("其他")));
    long outcomeRows = rows.stream().filter(row -> isOutcome(row.key())).count();
    boolean firstOutcome = true;
    String lastGroup = "";
    for (Row row : rows) {
      List<TableCell> cells = new ArrayList<>();
      if (!isOutcome(row.key())) {
        cells.add(TableCell.label(row.label(), 1, 3));
      } else {
        if (firstOutcome) {
          cells.add(TableCell.label("三、本年度办理结果", (int) outcomeRows, 1));
          firstOutcome = false;
        }
        if (row.group().isEmpty()) {
          cells.add(TableCell.label(row.label(), 1, 2));
        } else {
          if (!row.group().equals(lastGroup)) {
            long span = rows.stream().filter(other -> other.group().equals(row.group())).count();
            cells.add(TableCell.label(row.group(), (int) span, 1));
          }
          cells.add(TableCell.label(row.label()));
        }
      }
      lastGroup = row.group();
      for (long value : row.cells()) {
        cells.add(TableCell.number(value));
      }
      grid.add(cells);
    }
    return grid;
  }

  private static boolean isOutcome(String key) {
    return !key.equals(RECEIVED) && !key.equals(CARRIED) && !key.equals(NEXT_YEAR);
  }
}
