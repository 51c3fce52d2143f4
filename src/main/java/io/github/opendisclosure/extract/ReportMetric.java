package io.github.opendisclosure.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every metric a report record can carry: the keys of the report-record contract
 * ({@code shared/spec/report-record.md}) first, then the detailed rows of the 2019 and 2021 national
 * templates and of the pre-2019 统计表 that the contract leaves to the project to name.
 *
 * <p>This catalog is the one place a key is defined: the extractor writes only these keys, the
 * reports table has one typed column per key, and the README's table documentation is checked
 * against it.
 */
public enum ReportMetric {
  // ---- The contract's keys -------------------------------------------------------------------
  REQUESTS_RECEIVED(true, MetricUnit.COUNT, "本年新收政府信息公开申请数量 (总计) / 收到申请数"),
  REQUESTS_CARRIED_OVER(true, MetricUnit.COUNT, "上年结转政府信息公开申请数量 (总计)"),
  REQUESTS_NATURAL_PERSON(true, MetricUnit.COUNT, "本年新收, 自然人"),
  REQUESTS_LEGAL_PERSON(true, MetricUnit.COUNT, "本年新收, 法人或其他组织 (all its columns)"),
  REQUESTS_IN_PERSON(true, MetricUnit.COUNT, "当面申请数"),
  REQUESTS_FAX(true, MetricUnit.COUNT, "传真申请数"),
  REQUESTS_ONLINE(true, MetricUnit.COUNT, "网络申请数"),
  REQUESTS_LETTER(true, MetricUnit.COUNT, "信函申请数"),
  GRANTED(true, MetricUnit.COUNT, "（一）予以公开 / 属于已主动公开范围数 + 同意公开答复数"),
  PARTIALLY_GRANTED(true, MetricUnit.COUNT, "（二）部分公开 / 同意部分公开答复数"),
  DENIED(true, MetricUnit.COUNT, "（三）不予公开 / 不同意公开答复数"),
  UNABLE_TO_PROVIDE(true, MetricUnit.COUNT, "（四）无法提供 / 不属于本行政机关公开数 + 申请信息不存在数"),
  NOT_PROCESSED(true, MetricUnit.COUNT, "（五）不予处理"),
  OTHER_HANDLED(true, MetricUnit.COUNT, "（六）其他处理 / 告知作出更改补充数 + 告知通过其他途径办理数"),
  TOTAL_HANDLED(true, MetricUnit.COUNT, "（七）总计 / 申请答复数"),
  CARRIED_TO_NEXT_YEAR(true, MetricUnit.COUNT, "四、结转下年度继续办理"),
  COMPLETED_TOTAL(true, MetricUnit.COUNT, "申请办结数"),
  COMPLETED_ON_TIME(true, MetricUnit.COUNT, "按时办结数"),
  COMPLETED_LATE(true, MetricUnit.COUNT, "延期办结数"),
  RECONSIDERATION_TOTAL(true, MetricUnit.COUNT, "行政复议 总计 / 行政复议数量"),
  RECONSIDERATION_CORRECTED(true, MetricUnit.COUNT, "行政复议 结果纠正 / 被依法纠错数"),
  LITIGATION_TOTAL(true, MetricUnit.COUNT, "行政诉讼 总计 (both kinds) / 行政诉讼数量"),
  LITIGATION_CORRECTED(true, MetricUnit.COUNT, "行政诉讼 结果纠正 (both kinds) / 被依法纠错数"),
  COMPLAINTS_TOTAL(true, MetricUnit.COUNT, "举报投诉数量"),
  FEES_COLLECTED_YUAN(true, MetricUnit.YUAN, "信息处理费 / 依申请公开信息收取的费用 (万元 × 10000)"),
  STAFF_TOTAL(true, MetricUnit.COUNT, "从事政府信息公开工作人员数"),
  STAFF_FULL_TIME(true, MetricUnit.COUNT, "专职人员数"),
  STAFF_PART_TIME(true, MetricUnit.COUNT, "兼职人员数"),
  PROACTIVE_ITEMS(true, MetricUnit.COUNT, "主动公开政府信息数"),
  READING_POINTS(true, MetricUnit.COUNT, "设置政府信息公开查阅点数"),
  MEETINGS(true, MetricUnit.COUNT, "召开政府信息公开工作会议或专题会议数"),
  TRAINING_SESSIONS(true, MetricUnit.COUNT, "举办各类培训班数"),
  TRAINEES(true, MetricUnit.COUNT, "接受培训人员数"),

  // ---- 2019 and 2021 application table: applicant columns of 本年新收 -------------------------
  REQUESTS_COMMERCIAL_ENTERPRISE(false, MetricUnit.COUNT, "本年新收, 商业企业"),
  REQUESTS_RESEARCH_INSTITUTION(false, MetricUnit.COUNT, "本年新收, 科研机构"),
  REQUESTS_SOCIAL_WELFARE_ORGANIZATION(false, MetricUnit.COUNT, "本年新收, 社会公益组织"),
  REQUESTS_LEGAL_SERVICE_ORGANIZATION(false, MetricUnit.COUNT, "本年新收, 法律服务机构"),
  REQUESTS_OTHER_ORGANIZATION(false, MetricUnit.COUNT, "本年新收, 其他"),

  // ---- 2019 and 2021: the eight reasons of （三）不予公开 ------------------------------------------
  DENIED_STATE_SECRET(false, MetricUnit.COUNT, "不予公开 1.属于国家秘密 (pre2019: 涉及国家秘密)"),
  DENIED_PROHIBITED_BY_LAW(false, MetricUnit.COUNT, "不予公开 2.其他法律行政法规禁止公开"),
  DENIED_SECURITY_STABILITY(false, MetricUnit.COUNT,
      "不予公开 3.危及“三安全一稳定” (pre2019: 危及国家安全、公共安全、经济安全和社会稳定)"),
  DENIED_THIRD_PARTY_RIGHTS(false, MetricUnit.COUNT, "不予公开 4.保护第三方合法权益"),
  DENIED_INTERNAL_AFFAIRS(false, MetricUnit.COUNT, "不予公开 5.属于三类内部事务信息"),
  DENIED_PROCESS_INFORMATION(false, MetricUnit.COUNT, "不予公开 6.属于四类过程性信息"),
  DENIED_LAW_ENFORCEMENT_FILE(false, MetricUnit.COUNT, "不予公开 7.属于行政执法案卷"),
  DENIED_ADMINISTRATIVE_QUERY(false, MetricUnit.COUNT, "不予公开 8.属于行政查询事项"),

  // ---- 2019 and 2021: the three reasons of （四）无法提供 ------------------------------------------
  UNABLE_NOT_HELD(false, MetricUnit.COUNT, "无法提供 1.本机关不掌握相关政府信息"),
  UNABLE_NEEDS_CREATION(false, MetricUnit.COUNT, "无法提供 2.没有现成信息需要另行制作"),
  UNABLE_UNCLEAR_AFTER_CORRECTION(false, MetricUnit.COUNT, "无法提供 3.补正后申请内容仍不明确"),

  // ---- 2019 and 2021: the five reasons of （五）不予处理 ------------------------------------------
  NOT_PROCESSED_PETITION_COMPLAINT(false, MetricUnit.COUNT, "不予处理 1.信访举报投诉类申请"),
  NOT_PROCESSED_REPEATED(false, MetricUnit.COUNT, "不予处理 2.重复申请"),
  NOT_PROCESSED_PUBLICATION(false, MetricUnit.COUNT, "不予处理 3.要求提供公开出版物"),
  NOT_PROCESSED_EXCESSIVE(false, MetricUnit.COUNT, "不予处理 4.无正当理由大量反复申请"),
  NOT_PROCESSED_CONFIRM_EXISTING(false, MetricUnit.COUNT, "不予处理 5.要求行政机关确认或重新出具已获取信息"),

  // ---- 2021 only: the split of （六）其他处理 --------------------------------------------------
  OTHER_NO_CORRECTION(false, MetricUnit.COUNT, "其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理"),
  OTHER_FEE_UNPAID(false, MetricUnit.COUNT, "其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理"),
  OTHER_OTHER(false, MetricUnit.COUNT, "其他处理 3.其他"),

  // ---- 2019 and 2021: 行政复议 and both kinds of 行政诉讼 ----------------------------------------
  RECONSIDERATION_UPHELD(false, MetricUnit.COUNT, "行政复议 结果维持 / 维持具体行政行为数"),
  RECONSIDERATION_OTHER(false, MetricUnit.COUNT, "行政复议 其他结果 / 其他情形数"),
  RECONSIDERATION_PENDING(false, MetricUnit.COUNT, "行政复议 尚未审结"),
  LITIGATION_UPHELD(false, MetricUnit.COUNT, "pre2019 行政诉讼 维持具体行政行为或者驳回原告诉讼请求数"),
  LITIGATION_OTHER(false, MetricUnit.COUNT, "pre2019 行政诉讼 其他情形数"),
  LITIGATION_DIRECT_UPHELD(false, MetricUnit.COUNT, "行政诉讼 未经复议直接起诉 结果维持"),
  LITIGATION_DIRECT_CORRECTED(false, MetricUnit.COUNT, "行政诉讼 未经复议直接起诉 结果纠正"),
  LITIGATION_DIRECT_OTHER(false, MetricUnit.COUNT, "行政诉讼 未经复议直接起诉 其他结果"),
  LITIGATION_DIRECT_PENDING(false, MetricUnit.COUNT, "行政诉讼 未经复议直接起诉 尚未审结"),
  LITIGATION_DIRECT_TOTAL(false, MetricUnit.COUNT, "行政诉讼 未经复议直接起诉 总计"),
  LITIGATION_AFTER_RECONSIDERATION_UPHELD(false, MetricUnit.COUNT, "行政诉讼 复议后起诉 结果维持"),
  LITIGATION_AFTER_RECONSIDERATION_CORRECTED(false, MetricUnit.COUNT, "行政诉讼 复议后起诉 结果纠正"),
  LITIGATION_AFTER_RECONSIDERATION_OTHER(false, MetricUnit.COUNT, "行政诉讼 复议后起诉 其他结果"),
  LITIGATION_AFTER_RECONSIDERATION_PENDING(false, MetricUnit.COUNT, "行政诉讼 复议后起诉 尚未审结"),
  LITIGATION_AFTER_RECONSIDERATION_TOTAL(false, MetricUnit.COUNT, "行政诉讼 复议后起诉 总计"),

  // ---- 2019 and 2021: the 主动公开 table (第二十条) ---------------------------------------------
  RULES_MADE(false, MetricUnit.COUNT, "2019 (一) 规章 本年新制作数量"),
  RULES_PUBLISHED(false, MetricUnit.COUNT, "2019 (一) 规章 本年新公开数量"),
  RULES_TOTAL_PUBLISHED(false, MetricUnit.COUNT, "2019 (一) 规章 对外公开总数量"),
  NORMATIVE_DOCUMENTS_MADE(false, MetricUnit.COUNT, "2019 (一) 规范性文件 本年新制作数量"),
  NORMATIVE_DOCUMENTS_PUBLISHED(false, MetricUnit.COUNT, "2019 (一) 规范性文件 本年新公开数量"),
  NORMATIVE_DOCUMENTS_TOTAL_PUBLISHED(false, MetricUnit.COUNT, "2019 (一) 规范性文件 对外公开总数量"),
  RULES_ISSUED(false, MetricUnit.COUNT, "2021 (一) 规章 本年制发件数"),
  RULES_REPEALED(false, MetricUnit.COUNT, "2021 (一) 规章 本年废止件数"),
  RULES_IN_FORCE(false, MetricUnit.COUNT, "2021 (一) 规章 现行有效件数"),
  NORMATIVE_DOCUMENTS_ISSUED(false, MetricUnit.COUNT,
      "2021 (一) 行政规范性文件 本年制发件数 (pre2019: 制发规范性文件总数)"),
  NORMATIVE_DOCUMENTS_REPEALED(false, MetricUnit.COUNT, "2021 (一) 行政规范性文件 本年废止件数"),
  NORMATIVE_DOCUMENTS_IN_FORCE(false, MetricUnit.COUNT, "2021 (一) 行政规范性文件 现行有效件数"),
  LICENSING_ITEMS_PREVIOUS_YEAR(false, MetricUnit.COUNT, "2019 (五) 行政许可 上一年项目数量"),
  LICENSING_ITEMS_CHANGE(false, MetricUnit.COUNT, "2019 (五) 行政许可 本年增/减"),
  LICENSING_DECISIONS(false, MetricUnit.COUNT, "(五) 行政许可 (本年)处理决定数量"),
  PENALTY_ITEMS_PREVIOUS_YEAR(false, MetricUnit.COUNT, "2019 (六) 行政处罚 上一年项目数量"),
  PENALTY_ITEMS_CHANGE(false, MetricUnit.COUNT, "2019 (六) 行政处罚 本年增/减"),
  PENALTY_DECISIONS(false, MetricUnit.COUNT, "(六) 行政处罚 (本年)处理决定数量"),
  ENFORCEMENT_ITEMS_PREVIOUS_YEAR(false, MetricUnit.COUNT, "2019 (六) 行政强制 上一年项目数量"),
  ENFORCEMENT_ITEMS_CHANGE(false, MetricUnit.COUNT, "2019 (六) 行政强制 本年增/减"),
  ENFORCEMENT_DECISIONS(false, MetricUnit.COUNT, "(六) 行政强制 (本年)处理决定数量"),
  FEE_ITEMS_PREVIOUS_YEAR(false, MetricUnit.COUNT, "2019 (八) 行政事业性收费 上一年项目数量"),
  FEE_ITEMS_CHANGE(false, MetricUnit.COUNT, "2019 (八) 行政事业性收费 本年增/减"),
  ADMINISTRATIVE_FEES_YUAN(false, MetricUnit.YUAN, "2021 (八) 行政事业性收费 本年收费金额 (万元 × 10000)"),
  PROCUREMENT_PROJECTS(false, MetricUnit.COUNT, "2019 (九) 政府集中采购 采购项目数量"),
  PROCUREMENT_AMOUNT_YUAN(false, MetricUnit.YUAN, "2019 (九) 政府集中采购 采购总金额 (万元 × 10000)"),

  // ---- pre-2019 统计表 rows beyond the contract's keys ------------------------------------------
  GRANTED_ALREADY_PUBLIC(false, MetricUnit.COUNT, "pre2019 属于已主动公开范围数"),
  GRANTED_ON_REQUEST(false, MetricUnit.COUNT, "pre2019 同意公开答复数"),
  DENIED_COMMERCIAL_SECRET(false, MetricUnit.COUNT, "pre2019 不同意公开 涉及商业秘密"),
  DENIED_PERSONAL_PRIVACY(false, MetricUnit.COUNT, "pre2019 不同意公开 涉及个人隐私"),
  DENIED_NOT_GOVERNMENT_INFORMATION(false, MetricUnit.COUNT, "pre2019 不同意公开 不是《条例》所指政府信息"),
  DENIED_OTHER_LEGAL_GROUNDS(false, MetricUnit.COUNT, "pre2019 不同意公开 法律法规规定的其他情形"),
  UNABLE_NOT_THIS_AGENCY(false, MetricUnit.COUNT, "pre2019 不属于本行政机关公开数"),
  UNABLE_DOES_NOT_EXIST(false, MetricUnit.COUNT, "pre2019 申请信息不存在数"),
  OTHER_ASKED_TO_AMEND(false, MetricUnit.COUNT, "pre2019 告知作出更改补充数"),
  OTHER_REFERRED_ELSEWHERE(false, MetricUnit.COUNT, "pre2019 告知通过其他途径办理数"),
  PROACTIVE_NORMATIVE_DOCUMENTS(false, MetricUnit.COUNT, "pre2019 其中: 主动公开规范性文件数"),
  PROACTIVE_VIA_GAZETTE(false, MetricUnit.COUNT, "pre2019 政府公报公开政府信息数"),
  PROACTIVE_VIA_WEBSITE(false, MetricUnit.COUNT, "pre2019 政府网站公开政府信息数"),
  PROACTIVE_VIA_WEIBO(false, MetricUnit.COUNT, "pre2019 政务微博公开政府信息数"),
  PROACTIVE_VIA_WECHAT(false, MetricUnit.COUNT, "pre2019 政务微信公开政府信息数"),
  PROACTIVE_VIA_OTHER(false, MetricUnit.COUNT, "pre2019 其他方式公开政府信息数"),
  PUBLIC_CONCERNS_ANSWERED(false, MetricUnit.COUNT, "pre2019 回应公众关注热点或重大舆情数"),
  RESPONSES_VIA_CHANNELS(false, MetricUnit.COUNT, "pre2019 通过不同渠道和方式回应解决的情况"),
  PRESS_CONFERENCES(false, MetricUnit.COUNT, "pre2019 参加或举办新闻发布会总次数"),
  PRESS_CONFERENCES_BY_PRINCIPAL(false, MetricUnit.COUNT, "pre2019 其中: 主要负责同志参加新闻发布会次数"),
  ONLINE_INTERVIEWS(false, MetricUnit.COUNT, "pre2019 政府网站在线访谈次数"),
  ONLINE_INTERVIEWS_BY_PRINCIPAL(false, MetricUnit.COUNT, "pre2019 其中: 主要负责同志参加政府网站在线访谈次数"),
  POLICY_INTERPRETATIONS(false, MetricUnit.COUNT, "pre2019 政策解读稿件发布数"),
  RESPONSES_VIA_WEIBO_WECHAT(false, MetricUnit.COUNT, "pre2019 微博微信回应事件数"),
  RESPONSES_VIA_OTHER(false, MetricUnit.COUNT, "pre2019 其他方式回应事件数"),
  DISCLOSURE_OFFICES(false, MetricUnit.COUNT, "pre2019 政府信息公开工作专门机构数"),
  DISCLOSURE_BUDGET_YUAN(false, MetricUnit.YUAN, "pre2019 政府信息公开专项经费 (万元 × 10000)");

  private static final Map<String, ReportMetric> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ReportMetric::key, Function.identity()));

  private final boolean contractKey;
  private final MetricUnit unit;
  private final String source;
  /** Kept: every value and issue a reader records asks for it. */
  private final String key;

  ReportMetric(boolean contractKey, MetricUnit unit, String source) {
    this.contractKey = contractKey;
    this.unit = unit;
    this.source = source;
    this.key = name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The snake_case key used in records, JSON and as the reports table's column name. */
  public String key() {
    return key;
  }

  /** Whether the report-record contract names this key (the others are the project's details). */
  public boolean isContractKey() {
    return contractKey;
  }

  public MetricUnit unit() {
    return unit;
  }

  /** The template row or sentence this metric is read from, as the report words it. */
  public String source() {
    return source;
  }

  public static Optional<ReportMetric> forKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }
}
