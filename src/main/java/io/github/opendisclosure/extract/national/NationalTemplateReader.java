package io.github.opendisclosure.extract.national;

import io.github.opendisclosure.extract.MetricReadings;
import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.extract.ReportText;

/**
 * Reads the three tables of the 2019 national template and its 2021 revision: 主动公开 (第二十条),
 * 收到和处理政府信息公开申请, and 行政复议 / 行政诉讼.
 */
public final class NationalTemplateReader {

  private final ProactiveTableReader proactive = new ProactiveTableReader();
  private final ApplicationTableReader applications = new ApplicationTableReader();
  private final ReviewTableReader reviews = new ReviewTableReader();

  /** Reads the tables of {@code template} into {@code readings}; returns whether the application table was found. */
  public boolean read(ReportText text, ReportTemplate template, MetricReadings readings) {
    proactive.read(text.lines(), template, readings);
    boolean applicationTable = applications.read(text.lines(), readings);
    reviews.read(text.lines(), readings);
    return applicationTable;
  }
}
