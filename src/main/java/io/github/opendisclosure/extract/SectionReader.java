package io.github.opendisclosure.extract;

/** Reads one kind of section of a report (a template's table, the prose) into readings. */
public interface SectionReader {

  /**
   * Reads what this section states into {@code readings}.
   *
   * @return whether the section was found in the text
   */
  boolean read(ReportText text, MetricReadings readings);
}
