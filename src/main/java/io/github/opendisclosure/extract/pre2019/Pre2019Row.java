package io.github.opendisclosure.extract.pre2019;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the pre-2019 政府信息公开情况统计表: the labels it is printed with and the metric it
 * fills. Labels are compared after {@link RowLabels#normalize}, so numbering (（一）, 1、, 其中：),
 * notes in brackets, spaces and punctuation do not matter. The tables of 2008 to 2013 wrote some rows
 * shorter (申请总数, 同意公开, 行政复议数); the 2019 template's own short rows (部分公开, 不予公开) are
 * not taken as such: a 2019 table the national reader missed must not fill the old rows. An HTML
 * table may print 行政复议 once in a cell over its rows, its total beside it as 合计: the two cells are
 * read as one label, 行政复议合计. A 合计 row of its own inside 行政复议's or 行政诉讼's rows (after them, as
 * PDF text or a spreadsheet prints it) is that section's total: every row of the section is a count of its cases.
 */
enum Pre2019Row {
  PROACTIVE_ITEMS(ReportMetric.PROACTIVE_ITEMS, Pre2019Section.PROACTIVE, "主动公开政府信息数"),
  PROACTIVE_NORMATIVE_DOCUMENTS(ReportMetric.PROACTIVE_NORMATIVE_DOCUMENTS, Pre2019Section.PROACTIVE,
      "主动公开规范性文件数"),
  NORMATIVE_DOCUMENTS_ISSUED(ReportMetric.NORMATIVE_DOCUMENTS_ISSUED, Pre2019Section.PROACTIVE,
      "制发规范性文件总数"),
  PROACTIVE_VIA_GAZETTE(ReportMetric.PROACTIVE_VIA_GAZETTE, Pre2019Section.PROACTIVE, "政府公报公开政府信息数"),
  PROACTIVE_VIA_WEBSITE(ReportMetric.PROACTIVE_VIA_WEBSITE, Pre2019Section.PROACTIVE, "政府网站公开政府信息数"),
  PROACTIVE_VIA_WEIBO(ReportMetric.PROACTIVE_VIA_WEIBO, Pre2019Section.PROACTIVE, "政务微博公开政府信息数"),
  PROACTIVE_VIA_WECHAT(ReportMetric.PROACTIVE_VIA_WECHAT, Pre2019Section.PROACTIVE, "政务微信公开政府信息数"),
  PROACTIVE_VIA_OTHER(ReportMetric.PROACTIVE_VIA_OTHER, Pre2019Section.PROACTIVE, "其他方式公开政府信息数"),

  PUBLIC_CONCERNS_ANSWERED(ReportMetric.PUBLIC_CONCERNS_ANSWERED, Pre2019Section.RESPONSES,
      "回应公众关注热点或重大舆情数"),
  RESPONSES_VIA_CHANNELS(ReportMetric.RESPONSES_VIA_CHANNELS, Pre2019Section.RESPONSES,
      "通过不同渠道和方式回应解决的情况"),
  PRESS_CONFERENCES(ReportMetric.PRESS_CONFERENCES, Pre2019Section.RESPONSES, "参加或举办新闻发布会总次数"),
  PRESS_CONFERENCES_BY_PRINCIPAL(ReportMetric.PRESS_CONFERENCES_BY_PRINCIPAL, Pre2019Section.RESPONSES,
      "主要负责同志参加新闻发布会次数"),
  ONLINE_INTERVIEWS(ReportMetric.ONLINE_INTERVIEWS, Pre2019Section.RESPONSES, "政府网站在线访谈次数"),
  ONLINE_INTERVIEWS_BY_PRINCIPAL(ReportMetric.ONLINE_INTERVIEWS_BY_PRINCIPAL, Pre2019Section.RESPONSES,
      "主要负责同志参加政府网站在线访谈次数"),
  POLICY_INTERPRETATIONS(ReportMetric.POLICY_INTERPRETATIONS, Pre2019Section.RESPONSES, "政策解读稿件发布数"),
  RESPONSES_VIA_WEIBO_WECHAT(ReportMetric.RESPONSES_VIA_WEIBO_WECHAT, Pre2019Section.RESPONSES,
      "微博微信回应事件数"),
  RESPONSES_VIA_OTHER(ReportMetric.RESPONSES_VIA_OTHER, Pre2019Section.RESPONSES, "其他方式回应事件数"),

  REQUESTS_RECEIVED(ReportMetric.REQUESTS_RECEIVED, Pre2019Section.REQUESTS, "收到申请数", "申请总数"),
  REQUESTS_IN_PERSON(ReportMetric.REQUESTS_IN_PERSON, Pre2019Section.REQUESTS, "当面申请数"),
  REQUESTS_FAX(ReportMetric.REQUESTS_FAX, Pre2019Section.REQUESTS, "传真申请数"),
  REQUESTS_ONLINE(ReportMetric.REQUESTS_ONLINE, Pre2019Section.REQUESTS, "网络申请数"),
  REQUESTS_LETTER(ReportMetric.REQUESTS_LETTER, Pre2019Section.REQUESTS, "信函申请数"),
  COMPLETED_TOTAL(ReportMetric.COMPLETED_TOTAL, Pre2019Section.REQUESTS, "申请办结数"),
  COMPLETED_ON_TIME(ReportMetric.COMPLETED_ON_TIME, Pre2019Section.REQUESTS, "按时办结数"),
  COMPLETED_LATE(ReportMetric.COMPLETED_LATE, Pre2019Section.REQUESTS, "延期办结数"),
  TOTAL_HANDLED(ReportMetric.TOTAL_HANDLED, Pre2019Section.REQUESTS, "申请答复数"),
  GRANTED_ALREADY_PUBLIC(ReportMetric.GRANTED_ALREADY_PUBLIC, Pre2019Section.REQUESTS, "属于已主动公开范围数"),
  GRANTED_ON_REQUEST(ReportMetric.GRANTED_ON_REQUEST, Pre2019Section.REQUESTS, "同意公开答复数", "同意公开"),
  PARTIALLY_GRANTED(ReportMetric.PARTIALLY_GRANTED, Pre2019Section.REQUESTS, "同意部分公开答复数", "同意部分公开"),
  DENIED(ReportMetric.DENIED, Pre2019Section.REQUESTS, "不同意公开答复数", "不同意公开"),
  DENIED_STATE_SECRET(ReportMetric.DENIED_STATE_SECRET, Pre2019Section.REQUESTS, "涉及国家秘密"),
  DENIED_COMMERCIAL_SECRET(ReportMetric.DENIED_COMMERCIAL_SECRET, Pre2019Section.REQUESTS, "涉及商业秘密"),
  DENIED_PERSONAL_PRIVACY(ReportMetric.DENIED_PERSONAL_PRIVACY, Pre2019Section.REQUESTS, "涉及个人隐私"),
  DENIED_SECURITY_STABILITY(ReportMetric.DENIED_SECURITY_STABILITY, Pre2019Section.REQUESTS,
      "危及国家安全、公共安全、经济安全和社会稳定"),
  DENIED_NOT_GOVERNMENT_INFORMATION(ReportMetric.DENIED_NOT_GOVERNMENT_INFORMATION, Pre2019Section.REQUESTS,
      "不是《条例》所指政府信息"),
  DENIED_OTHER_LEGAL_GROUNDS(ReportMetric.DENIED_OTHER_LEGAL_GROUNDS, Pre2019Section.REQUESTS,
      "法律法规规定的其他情形"),
  UNABLE_NOT_THIS_AGENCY(ReportMetric.UNABLE_NOT_THIS_AGENCY, Pre2019Section.REQUESTS, "不属于本行政机关公开数"),
  UNABLE_DOES_NOT_EXIST(ReportMetric.UNABLE_DOES_NOT_EXIST, Pre2019Section.REQUESTS, "申请信息不存在数"),
  OTHER_ASKED_TO_AMEND(ReportMetric.OTHER_ASKED_TO_AMEND, Pre2019Section.REQUESTS, "告知作出更改补充数"),
  OTHER_REFERRED_ELSEWHERE(ReportMetric.OTHER_REFERRED_ELSEWHERE, Pre2019Section.REQUESTS, "告知通过其他途径办理数"),

  RECONSIDERATION_TOTAL(ReportMetric.RECONSIDERATION_TOTAL, Pre2019Section.RECONSIDERATION, "行政复议数量", "行政复议数",
      "行政复议合计", "合计"),
  RECONSIDERATION_UPHELD(ReportMetric.RECONSIDERATION_UPHELD, Pre2019Section.RECONSIDERATION, "维持具体行政行为数"),
  RECONSIDERATION_CORRECTED(ReportMetric.RECONSIDERATION_CORRECTED, Pre2019Section.RECONSIDERATION, "被依法纠错数"),
  RECONSIDERATION_OTHER(ReportMetric.RECONSIDERATION_OTHER, Pre2019Section.RECONSIDERATION, "其他情形数"),

  LITIGATION_TOTAL(ReportMetric.LITIGATION_TOTAL, Pre2019Section.LITIGATION, "行政诉讼数量", "行政诉讼数",
      "行政诉讼合计", "合计"),
  LITIGATION_UPHELD(ReportMetric.LITIGATION_UPHELD, Pre2019Section.LITIGATION,
      "维持具体行政行为或者驳回原告诉讼请求数", "维持具体行政行为数"),
  LITIGATION_CORRECTED(ReportMetric.LITIGATION_CORRECTED, Pre2019Section.LITIGATION, "被依法纠错数"),
  LITIGATION_OTHER(ReportMetric.LITIGATION_OTHER, Pre2019Section.LITIGATION, "其他情形数"),

  COMPLAINTS_TOTAL(ReportMetric.COMPLAINTS_TOTAL, Pre2019Section.COMPLAINTS, "举报投诉数量"),
  FEES_COLLECTED(ReportMetric.FEES_COLLECTED_YUAN, Pre2019Section.FEES, "依申请公开信息收取的费用"),

  DISCLOSURE_OFFICES(ReportMetric.DISCLOSURE_OFFICES, Pre2019Section.CAPACITY, "政府信息公开工作专门机构数"),
  READING_POINTS(ReportMetric.READING_POINTS, Pre2019Section.CAPACITY, "设置政府信息公开查阅点数"),
  STAFF_TOTAL(ReportMetric.STAFF_TOTAL, Pre2019Section.CAPACITY, "从事政府信息公开工作人员数"),
  STAFF_FULL_TIME(ReportMetric.STAFF_FULL_TIME, Pre2019Section.CAPACITY, "专职人员数"),
  STAFF_PART_TIME(ReportMetric.STAFF_PART_TIME, Pre2019Section.CAPACITY, "兼职人员数"),
  DISCLOSURE_BUDGET(ReportMetric.DISCLOSURE_BUDGET_YUAN, Pre2019Section.CAPACITY, "政府信息公开专项经费"),

  MEETINGS(ReportMetric.MEETINGS, Pre2019Section.MEETINGS_AND_TRAINING, "召开政府信息公开工作会议或专题会议数"),
  TRAINING_SESSIONS(ReportMetric.TRAINING_SESSIONS, Pre2019Section.MEETINGS_AND_TRAINING, "举办各类培训班数"),
  TRAINEES(ReportMetric.TRAINEES, Pre2019Section.MEETINGS_AND_TRAINING, "接受培训人员数");

  private final ReportMetric metric;
  private final Pre2019Section section;
  private final List<String> labels;

  Pre2019Row(ReportMetric metric, Pre2019Section section, String... labels) {
    this.metric = metric;
    this.section = section;
    this.labels = List.of(labels).stream().map(RowLabels::normalize).toList();
  }

  ReportMetric metric() {
    return metric;
  }

  Pre2019Section section() {
    return section;
  }

  /** The rows printed with this normalized label, in declaration order. */
  static List<Pre2019Row> labelled(String normalizedLabel) {
    return ByLabel.ROWS.getOrDefault(normalizedLabel, List.of());
  }

  /** Every cell of a table is looked up: a map instead of a scan of every row's labels. */
  private static final class ByLabel {
    static final Map<String, List<Pre2019Row>> ROWS = Arrays.stream(values())
        .flatMap(row -> row.labels.stream().distinct().map(label -> Map.entry(label, row)))
        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
