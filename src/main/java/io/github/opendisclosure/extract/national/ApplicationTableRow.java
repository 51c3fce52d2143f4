package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of 三、收到和处理政府信息公开申请情况 in the template's order, each with the words that
 * identify its label however the layout breaks it. {@code OTHER_HANDLED} is the single 其他处理 row
 * of the 2019 template (and of offices that keep it after 2021); the 2021 revision splits it in three.
 */
enum ApplicationTableRow {
  RECEIVED(ReportMetric.REQUESTS_RECEIVED, "新收"),
  CARRIED_OVER(ReportMetric.REQUESTS_CARRIED_OVER, "上年结转"),
  GRANTED(ReportMetric.GRANTED, "予以公开"),
  PARTIALLY_GRANTED(ReportMetric.PARTIALLY_GRANTED, "部分公开"),
  DENIED_STATE_SECRET(ReportMetric.DENIED_STATE_SECRET, "国家秘密"),
  DENIED_PROHIBITED_BY_LAW(ReportMetric.DENIED_PROHIBITED_BY_LAW, "其他法律|禁止公开|行政法规禁止"),
  DENIED_SECURITY_STABILITY(ReportMetric.DENIED_SECURITY_STABILITY, "危及|三安全|一稳定"),
  DENIED_THIRD_PARTY_RIGHTS(ReportMetric.DENIED_THIRD_PARTY_RIGHTS, "第三方"),
  DENIED_INTERNAL_AFFAIRS(ReportMetric.DENIED_INTERNAL_AFFAIRS, "内部事务"),
  DENIED_PROCESS_INFORMATION(ReportMetric.DENIED_PROCESS_INFORMATION, "过程性"),
  DENIED_LAW_ENFORCEMENT_FILE(ReportMetric.DENIED_LAW_ENFORCEMENT_FILE, "执法案卷"),
  DENIED_ADMINISTRATIVE_QUERY(ReportMetric.DENIED_ADMINISTRATIVE_QUERY, "查询事项"),
  UNABLE_NOT_HELD(ReportMetric.UNABLE_NOT_HELD, "不掌握"),
  UNABLE_NEEDS_CREATION(ReportMetric.UNABLE_NEEDS_CREATION, "另行制作|没有现成"),
  UNABLE_UNCLEAR_AFTER_CORRECTION(ReportMetric.UNABLE_UNCLEAR_AFTER_CORRECTION, "仍不明确|补正后"),
  NOT_PROCESSED_PETITION_COMPLAINT(ReportMetric.NOT_PROCESSED_PETITION_COMPLAINT, "信访|举报投诉"),
  NOT_PROCESSED_REPEATED(ReportMetric.NOT_PROCESSED_REPEATED, "重复申请"),
  NOT_PROCESSED_PUBLICATION(ReportMetric.NOT_PROCESSED_PUBLICATION, "出版物"),
  NOT_PROCESSED_EXCESSIVE(ReportMetric.NOT_PROCESSED_EXCESSIVE, "大量反复|反复申请"),
  NOT_PROCESSED_CONFIRM_EXISTING(ReportMetric.NOT_PROCESSED_CONFIRM_EXISTING, "确认|重新出具|已获取信息"),
  OTHER_HANDLED(ReportMetric.OTHER_HANDLED, "其他处理(?!.*(逾期|补正|缴纳|收费))", "其他处理"),
  OTHER_NO_CORRECTION(ReportMetric.OTHER_NO_CORRECTION, "不补正|逾期不补"),
  OTHER_FEE_UNPAID(ReportMetric.OTHER_FEE_UNPAID, "收费通知|缴纳费用|缴纳"),
  OTHER_OTHER(ReportMetric.OTHER_OTHER, "(3|三)[、.．]?\\s*其他$", "其他"),
  TOTAL_HANDLED(ReportMetric.TOTAL_HANDLED, "总计|合计"),
  CARRIED_TO_NEXT_YEAR(ReportMetric.CARRIED_TO_NEXT_YEAR, "结转下年|下年度");

  private final ReportMetric metric;
  private final Pattern label;
  /**
   * Words every match of {@link #label} contains one of: the label text is searched only when it
   * holds one, since every row is tried on the text before each group of numbers.
   */
  private final List<String> words;

  /** A row whose label pattern is words separated by {@code |}. */
  ApplicationTableRow(ReportMetric metric, String labelWords) {
    this(metric, labelWords, labelWords.split("\\|"));
  }

  ApplicationTableRow(ReportMetric metric, String labelPattern, String... words) {
    this.metric = metric;
    this.label = Pattern.compile(labelPattern);
    this.words = List.of(words);
  }

  ReportMetric metric() {
    return metric;
  }

  /** Where this row's words last start in the label text gathered before its numbers, or -1. */
  int lastLabelStart(String labelText) {
    List<Integer> starts = labelStarts(labelText);
    return starts.isEmpty() ? -1 : starts.get(starts.size() - 1);
  }

  /**
   * Where the words of this row's last label begin, or -1: a label may hold several of them
   * (确认或重新出具已获取信息, 收费通知要求缴纳费用), taken as one label while each starts within
   * {@code gap} characters of the next.
   */
  int labelWordsStart(String labelText, int gap) {
    List<Integer> starts = labelStarts(labelText);
    if (starts.isEmpty()) {
      return -1;
    }
    int start = starts.get(starts.size() - 1);
    for (int i = starts.size() - 2; i >= 0 && start - starts.get(i) <= gap; i--) {
      start = starts.get(i);
    }
    return start;
  }

  /** Every place this row's words start in the label text, in order; none when its words are not there. */
  private List<Integer> labelStarts(String labelText) {
    if (words.stream().noneMatch(labelText::contains)) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    Matcher matcher = label.matcher(labelText);
    while (matcher.find()) {
      starts.add(matcher.start());
    }
    return starts;
  }
}
