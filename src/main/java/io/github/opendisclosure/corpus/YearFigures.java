package io.github.opendisclosure.corpus;

/**
 * The true figures of one office's year, before any template prints them: requests by applicant,
 * their outcomes by reason, appeals, staff and what was published. Outcomes add up to the requests
 * handled; the templates and the noise decide what of this a report states.
 *
 * @param received   new requests by applicant column (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)
 * @param outcomes   予以公开, 部分公开, then the 8 不予公开, 3 无法提供, 5 不予处理 and 3 其他处理 reasons
 * @param review     行政复议, 未经复议直接起诉, 复议后起诉: 结果维持, 结果纠正, 其他结果, 尚未审结 each
 */
record YearFigures(long[] received, long carried, long[] outcomes, long nextYear, long[] review,
    long staffFullTime, long staffPartTime, long proactiveItems, long readingPoints, long meetings,
    long trainingSessions, long trainees, long normativeDocuments, long licensingDecisions, long penaltyDecisions,
    long enforcementDecisions) {

  static final int GRANTED = 0;
  static final int PARTIAL = 1;
  static final int DENIED_FROM = 2;
  static final int UNABLE_FROM = 10;
  static final int NOT_PROCESSED_FROM = 13;
  static final int OTHER_FROM = 18;
  static final int OUTCOMES = 21;

  long receivedTotal() {
    return sum(received, 0, received.length);
  }

  long handled() {
    return sum(outcomes, 0, OUTCOMES);
  }

  long outcomes(int from, int to) {
    return sum(outcomes, from, to);
  }

  long staffTotal() {
    return staffFullTime + staffPartTime;
  }

  /** The sum of one review group's four outcomes (group 0 行政复议, 1 直接起诉, 2 复议后起诉). */
  long reviewTotal(int group) {
    return sum(review, group * 4, group * 4 + 4);
  }

  static long sum(long[] values, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum;
  }
}
