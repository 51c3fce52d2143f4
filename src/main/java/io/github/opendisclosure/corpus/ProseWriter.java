package io.github.opendisclosure.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The sentences of a generated report, in the wordings of the labelled set (the extractor's prose
 * rules): each states its numbers plainly, so that every number it prints is in the ground truth.
 */
final class ProseWriter {

  private final CorpusOffice office;
  private final int year;
  private final YearFigures figures;
  private final NumberStyle style;
  private final SplittableRandom random;

  ProseWriter(CorpusOffice office, int year, YearFigures figures, NumberStyle style, SplittableRandom random) {
    this.office = office;
    this.year = year;
    this.figures = figures;
    this.style = style;
    this.random = random;
  }

  private String self() {
    return office.selfReference();
  }

  /** 主动公开政府信息N条, or N余条 when {@code approximate} (then N is the round figure stated). */
  ProseStatement proactive(boolean approximate, boolean withReadingPoints) {
    ProseStatement.Builder sentence = new ProseStatement.Builder();
    long items = figures.proactiveItems();
    if (approximate) {
      sentence.text("全年主动公开各类政府信息").number(items / 100 * 100, style, "proactive_items").text("余条");
    } else {
      sentence.text(random.nextBoolean() ? year + "年，" + self() + "主动公开政府信息" : "全年共主动公开政府信息")
          .number(items, style, "proactive_items").text("条");
    }
    sentence.text("，重点公开财政资金、重大项目、民生实事等信息");
    if (withReadingPoints && figures.readingPoints() > 0) {
      sentence.text("，设立政府信息公开查阅点").number(figures.readingPoints(), style, "reading_points").text("个");
    }
    return sentence.text("。").build();
  }

  /**
   * The requests received; {@code allOnTime} adds 均在法定期限内答复 (all answered in time: the
   * completed counts are the number received).
   */
  ProseStatement requests(boolean allOnTime) {
    long received = figures.receivedTotal();
    ProseStatement.Builder sentence = new ProseStatement.Builder();
    if (received == 0) {
      return sentence.text("本年度" + self()).words("未收到", 0, "requests_received")
          .text("公民、法人或其他组织提出的政府信息公开申请。").build();
    }
    if (allOnTime) {
      return sentence.text("全年共受理政府信息公开申请")
          .number(received, style, "requests_received", "completed_total", "completed_on_time")
          .text("件，均在法定期限内答复。").build();
    }
    return sentence.text("全年共收到政府信息公开申请").number(received, style, "requests_received").text("件。").build();
  }

  /** No fee was collected: 未收取任何费用 states 0. */
  ProseStatement noFees() {
    return new ProseStatement.Builder().text("本年度" + self() + "在依申请公开工作中")
        .words("未收取任何费用", 0, "fees_collected_yuan").text("。").build();
  }

  /** 行政复议 and 行政诉讼 in prose, with the 复议 outcomes when there were some. */
  ProseStatement review() {
    long reconsiderations = figures.reviewTotal(0);
    long lawsuits = figures.reviewTotal(1) + figures.reviewTotal(2);
    ProseStatement.Builder sentence = new ProseStatement.Builder();
    if (reconsiderations == 0 && lawsuits == 0) {
      return sentence.text("本年度" + self()).words("未发生", 0, "reconsideration_total", "litigation_total")
          .text("因政府信息公开申请行政复议、提起行政诉讼的情况。").build();
    }
    sentence.text("全年发生因政府信息公开申请行政复议").number(reconsiderations, style, "reconsideration_total").text("件");
    if (reconsiderations > 0) {
      long[] review = figures.review();
      sentence.text("，其中结果维持").number(review[0], style, "reconsideration_upheld")
          .text("件，结果纠正").number(review[1], style, "reconsideration_corrected")
          .text("件，其他结果").number(review[2], style, "reconsideration_other")
          .text("件，尚未审结").number(review[3], style, "reconsideration_pending").text("件");
    }
    if (lawsuits == 0) {
      return sentence.text("；").words("未发生", 0, "litigation_total").text("行政诉讼。").build();
    }
    return sentence.text("；被提起行政诉讼").number(lawsuits, style, "litigation_total").text("件。").build();
  }

  /** 行政复议 and 行政诉讼 counts only, as the old reports write them beside their 统计表. */
  ProseStatement reviewTotals() {
    long reconsiderations = figures.reviewTotal(0);
    long lawsuits = figures.reviewTotal(1) + figures.reviewTotal(2);
    if (reconsiderations == 0 && lawsuits == 0) {
      return review();
    }
    return new ProseStatement.Builder().text("全年发生因政府信息公开申请行政复议")
        .number(reconsiderations, style, "reconsideration_total").text("件，行政诉讼")
        .number(lawsuits, style, "litigation_total").text("件。").build();
  }

  /** Who does the work: 专职 and 兼职 people, or only the number of people. */
  ProseStatement staff() {
    long fullTime = figures.staffFullTime();
    long partTime = figures.staffPartTime();
    ProseStatement.Builder sentence = new ProseStatement.Builder();
    if (random.nextDouble() < 0.3) {
      return sentence.text(self() + "明确").number(figures.staffTotal(), style, "staff_total")
          .text("名人员负责政府信息公开工作。").build();
    }
    if (fullTime == 0) {
      return sentence.text(self() + "确定政府信息公开兼职人员").number(partTime, style, "staff_part_time")
          .text("名，负责各科室政府信息的报送工作。").build();
    }
    sentence.text(self() + "配备专职人员").number(fullTime, style, "staff_full_time", "staff_total").text("名");
    if (partTime > 0) {
      sentence.text("、兼职人员").number(partTime, style, "staff_part_time").text("名").states(fullTime + partTime, "staff_total");
    }
    return sentence.text("，负责政府信息公开日常工作。").build();
  }

  /** Meetings and training with explicit counts. */
  ProseStatement training() {
    return new ProseStatement.Builder().text("全年召开政府信息公开工作会议").number(figures.meetings(), style, "meetings")
        .text("次，举办培训班").number(figures.trainingSessions(), style, "training_sessions")
        .text("期，培训").number(figures.trainees(), style, "trainees").text("人次。").build();
  }

  /** Paragraphs that state no number, as every real report has them. */
  ProseStatement boilerplate(List<String> bank) {
    return ProseStatement.plain(bank.get(random.nextInt(bank.size())).replace("{S}", self())
        .replace("{Y1}", String.valueOf(year + 1)).replace("{Y}", String.valueOf(year)));
  }
}
