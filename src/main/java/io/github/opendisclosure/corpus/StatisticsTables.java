package io.github.opendisclosure.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Prints an office's figures as the pre-2019 统计表. */
final class StatisticsTables {

  /** 属于已主动公开范围, 同意公开, 同意部分公开, 不同意公开, 不属于本机关, 信息不存在, 告知更改补充, 告知其他途径. */
  private static final double[] ANSWER_WEIGHTS = {12, 30, 8, 8, 14, 12, 4, 3};
  private static final double[] CHANNEL_WEIGHTS = {3, 0.2, 6, 1.5};
  private static final String[] DENIED_KEYS = {"denied_state_secret", "denied_commercial_secret",
      "denied_personal_privacy", "denied_security_stability", "denied_not_government_information",
      "denied_other_legal_grounds"};
  private static final String[] ANSWER_KEYS = {"granted_already_public", "granted_on_request", "partially_granted",
      "denied", "unable_not_this_agency", "unable_does_not_exist", "other_asked_to_amend", "other_referred_elsewhere"};
  private static final String[] CHANNEL_KEYS = {"requests_in_person", "requests_fax", "requests_online", "requests_letter"};

  /** The rows up to 信函申请数, the last of the channels 收到申请数 is checked against. */
  static final int ROWS_THROUGH_CHANNELS = 26;

  private StatisticsTables() {}

  /**
   * The table; {@code receivedOffBy} makes 收到申请数 differ from its four channels (a total that does
   * not add up), {@code rowCount} below the form's length cuts the table.
   */
  static StatisticsTable of(YearFigures figures, long receivedOffBy, int rowCount, SplittableRandom random) {
    Map<String, String> cells = new HashMap<>();
    long proactive = figures.proactiveItems();
    put(cells, "proactive_items", proactive);
    put(cells, "proactive_normative_documents", figures.normativeDocuments());
    put(cells, "normative_documents_issued", figures.normativeDocuments() + random.nextInt(3));
    put(cells, "proactive_via_gazette", random.nextInt(20));
    put(cells, "proactive_via_website", proactive);
    put(cells, "proactive_via_weibo", random.nextInt((int) Math.min(proactive, 500) + 1));
    put(cells, "proactive_via_wechat", random.nextInt((int) Math.min(proactive, 500) + 1));
    put(cells, "proactive_via_other", random.nextInt(30));
    for (String key : new String[] {"public_concerns_answered", "responses_via_channels", "policy_interpretations",
        "responses_via_weibo_wechat", "responses_via_other"}) {
      put(cells, key, random.nextInt(12));
    }
    long conferences = random.nextInt(6);
    long interviews = random.nextInt(4);
    put(cells, "press_conferences", conferences);
    put(cells, "press_conferences_by_principal", random.nextInt((int) conferences + 1));
    put(cells, "online_interviews", interviews);
    put(cells, "online_interviews_by_principal", random.nextInt((int) interviews + 1));

    long received = figures.receivedTotal();
    put(cells, "requests_received", received + receivedOffBy);
    put(cells, CHANNEL_KEYS, FigureDistributions.split(received, CHANNEL_WEIGHTS, random));
    long late = received == 0 || random.nextDouble() < 0.8 ? 0 : random.nextInt((int) Math.min(received, 5) + 1);
    put(cells, "completed_total", received);
    put(cells, "completed_on_time", received - late);
    put(cells, "completed_late", late);
    put(cells, "total_handled", received);
    long[] answers = FigureDistributions.split(received, ANSWER_WEIGHTS, random);
    put(cells, ANSWER_KEYS, answers);
    put(cells, DENIED_KEYS, FigureDistributions.split(answers[3], new double[] {0.5, 1, 2, 0.5, 3, 1}, random));

    long[] review = figures.review();
    put(cells, "reconsideration_upheld", review[0]);
    put(cells, "reconsideration_corrected", review[1]);
    put(cells, "reconsideration_other", review[2] + review[3]);
    put(cells, "reconsideration_total", figures.reviewTotal(0));
    put(cells, "litigation_upheld", review[4] + review[8]);
    put(cells, "litigation_corrected", review[5] + review[9]);
    put(cells, "litigation_other", review[6] + review[7] + review[10] + review[11]);
    put(cells, "litigation_total", figures.reviewTotal(1) + figures.reviewTotal(2));
    put(cells, "complaints_total", random.nextInt(3));
    cells.put("fees_collected_yuan", "0");
    put(cells, "disclosure_offices", 1);
    put(cells, "reading_points", figures.readingPoints());
    put(cells, "staff_total", figures.staffTotal());
    put(cells, "staff_full_time", figures.staffFullTime());
    put(cells, "staff_part_time", figures.staffPartTime());
    cells.put("disclosure_budget_yuan", random.nextInt(80) / 10 + "." + random.nextInt(10));
    put(cells, "meetings", figures.meetings());
    put(cells, "training_sessions", figures.trainingSessions());
    put(cells, "trainees", figures.trainees());
    return new StatisticsTable(cells, rowCount);
  }

  /**
   * Where a table may be cut: after the application rows begin and before its last section (会议和培训).
   * A cut inside that section leaves a table that ends like one with blank last cells, which no reader
   * can tell from a cut one; the extractor does not flag it, so the corpus does not make it.
   */
  static int cutRowCount(SplittableRandom random) {
    int firstApplicationRow = 22;
    int lastSectionHeading = StatisticsTable.ROWS.length - 4;
    return firstApplicationRow + random.nextInt(lastSectionHeading - firstApplicationRow + 1);
  }

  private static void put(Map<String, String> cells, String key, long value) {
    cells.put(key, Long.toString(value));
  }

  private static void put(Map<String, String> cells, String[] keys, long[] values) {
    for (int i = 0; i < keys.length; i++) {
      put(cells, keys[i], values[i]);
    }
  }
}
