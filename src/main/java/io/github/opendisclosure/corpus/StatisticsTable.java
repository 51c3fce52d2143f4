package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-2019 政府信息公开情况统计表 (统计指标 | 单位 | 统计数), a row per line of the national form;
 * {@code granted}, {@code unable_to_provide} and {@code other_handled} are the sums of their two rows.
 */
final class StatisticsTable implements CorpusTable {

  /** Label, unit and metric key (null: a heading row printed with "/"), in the form's order. */
  static final String[][] ROWS = {
      {"一、主动公开情况", "/", null},
      {"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "proactive_items"},
      {"其中：主动公开规范性文件数", "条", "proactive_normative_documents"},
      {"制发规范性文件总数", "件", "normative_documents_issued"},
      {"（二）通过不同渠道和方式公开政府信息的情况", "/", null},
      {"1.政府公报公开政府信息数", "条", "proactive_via_gazette"},
      {"2.政府网站公开政府信息数", "条", "proactive_via_website"},
      {"3.政务微博公开政府信息数", "条", "proactive_via_weibo"},
      {"4.政务微信公开政府信息数", "条", "proactive_via_wechat"},
      {"5.其他方式公开政府信息数", "条", "proactive_via_other"},
      {"二、回应解读情况", "/", null},
      {"（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "public_concerns_answered"},
      {"（二）通过不同渠道和方式回应解决的情况", "次", "responses_via_channels"},
      {"1.参加或举办新闻发布会总次数", "次", "press_conferences"},
      {"其中：主要负责同志参加新闻发布会次数", "次", "press_conferences_by_principal"},
      {"2.政府网站在线访谈次数", "次", "online_interviews"},
      {"其中：主要负责同志参加政府网站在线访谈次数", "次", "online_interviews_by_principal"},
      {"3.政策解读稿件发布数", "篇", "policy_interpretations"},
      {"4.微博微信回应事件数", "次", "responses_via_weibo_wechat"},
      {"5.其他方式回应事件数", "次", "responses_via_other"},
      {"三、依申请公开情况", "/", null},
      {"（一）收到申请数", "件", "requests_received"},
      {"1.当面申请数", "件", "requests_in_person"},
      {"2.传真申请数", "件", "requests_fax"},
      {"3.网络申请数", "件", "requests_online"},
      {"4.信函申请数", "件", "requests_letter"},
      {"（二）申请办结数", "件", "completed_total"},
      {"1.按时办结数", "件", "completed_on_time"},
      {"2.延期办结数", "件", "completed_late"},
      {"（三）申请答复数", "件", "total_handled"},
      {"1.属于已主动公开范围数", "件", "granted_already_public"},
      {"2.同意公开答复数", "件", "granted_on_request"},
      {"3.同意部分公开答复数", "件", "partially_granted"},
      {"4.不同意公开答复数", "件", "denied"},
      {"其中：涉及国家秘密", "件", "denied_state_secret"},
      {"涉及商业秘密", "件", "denied_commercial_secret"},
      {"涉及个人隐私", "件", "denied_personal_privacy"},
      {"危及国家安全、公共安全、经济安全和社会稳定", "件", "denied_security_stability"},
      {"不是《条例》所指政府信息", "件", "denied_not_government_information"},
      {"法律法规规定的其他情形", "件", "denied_other_legal_grounds"},
      {"5.不属于本行政机关公开数", "件", "unable_not_this_agency"},
      {"6.申请信息不存在数", "件", "unable_does_not_exist"},
      {"7.告知作出更改补充数", "件", "other_asked_to_amend"},
      {"8.告知通过其他途径办理数", "件", "other_referred_elsewhere"},
      {"四、行政复议数量", "件", "reconsideration_total"},
      {"（一）维持具体行政行为数", "件", "reconsideration_upheld"},
      {"（二）被依法纠错数", "件", "reconsideration_corrected"},
      {"（三）其他情形数", "件", "reconsideration_other"},
      {"五、行政诉讼数量", "件", "litigation_total"},
      {"（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "litigation_upheld"},
      {"（二）被依法纠错数", "件", "litigation_corrected"},
      {"（三）其他情形数", "件", "litigation_other"},
      {"六、举报投诉数量", "件", "complaints_total"},
      {"七、依申请公开信息收取的费用", "万元", "fees_collected_yuan"},
      {"八、机构建设和保障经费情况", "/", null},
      {"（一）政府信息公开工作专门机构数", "个", "disclosure_offices"},
      {"（二）设置政府信息公开查阅点数", "个", "reading_points"},
      {"（三）从事政府信息公开工作人员数", "人", "staff_total"},
      {"1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "staff_full_time"},
      {"2.兼职人员数", "人", "staff_part_time"},
      {"（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "disclosure_budget_yuan"},
      {"九、政府信息公开会议和培训情况", "/", null},
      {"（一）召开政府信息公开工作会议或专题会议数", "次", "meetings"},
      {"（二）举办各类培训班数", "次", "training_sessions"},
      {"（三）接受培训人员数", "人次", "trainees"},
  };
  private static final String[][] SUMS = {
      {"granted", "granted_already_public", "granted_on_request"},
      {"unable_to_provide", "unable_not_this_agency", "unable_does_not_exist"},
      {"other_handled", "other_asked_to_amend", "other_referred_elsewhere"}};

  private final Map<String, String> cells;
  private final int rowCount;

  /** {@code cells} by metric key (money in 万元, a missing key a blank cell); {@code rowCount} rows printed. */
  StatisticsTable(Map<String, String> cells, int rowCount) {
    this.cells = Map.copyOf(cells);
    this.rowCount = rowCount;
  }

  @Override
  public boolean cut() {
    return rowCount < ROWS.length;
  }

  @Override
  public Map<String, BigDecimal> metrics() {
    Map<String, BigDecimal> stated = new LinkedHashMap<>();
    for (int i = 0; i < rowCount; i++) {
      String key = ROWS[i][2];
      if (key != null && cells.containsKey(key)) {
        stated.put(key, Money.statedValue(key, cells.get(key)));
      }
    }
    for (String[] sum : SUMS) {
      if (stated.containsKey(sum[1]) && stated.containsKey(sum[2])) {
        stated.put(sum[0], stated.get(sum[1]).add(stated.get(sum[2])));
      }
    }
    return stated;
  }

  @Override
  public List<List<TableCell>> grid() {
    List<List<TableCell>> grid = new ArrayList<>();
    grid.add(List.of(TableCell.label("统计指标"), TableCell.label("单位"), TableCell.label("统计数")));
    for (int i = 0; i < rowCount; i++) {
      String[] row = ROWS[i];
      TableCell value = row[2] == null ? TableCell.label("/") : TableCell.number(cells.get(row[2]));
      grid.add(List.of(TableCell.label(row[0]), TableCell.label(row[1]), value));
    }
    return grid;
  }
}
