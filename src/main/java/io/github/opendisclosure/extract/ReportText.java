package io.github.opendisclosure.extract;

import java.util.List;

/**
 * The readable text of one report after decoding and cleaning: web-page boilerplate removed,
 * full-width digits and punctuation folded to ASCII, HTML tables rendered one row a line with
 * cells separated by {@code " | "}. Readers see the same shape whatever the source format was.
 *
 * @param text  the cleaned text, lines joined by {@code '\n'}
 * @param lines the same text split into lines, blank lines removed
 */
public record ReportText(String text, List<String> lines) {

  public static ReportText of(String cleanedText) {
    List<String> lines = cleanedText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    return new ReportText(String.join("\n", lines), lines);
  }
}
