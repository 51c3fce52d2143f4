package io.github.opendisclosure.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date a report was published: the page's metadata, else a date line at its end. */
public final class PublicationDateFinder {

  private static final Pattern METADATA_DATE = Pattern.compile(
      "(发布时间|发布日期|生成日期|发文日期|成文日期)\\s*[:：]?\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  /** The words {@link #METADATA_DATE} starts with: no match starts before the first of them. */
  private static final List<String> METADATA_WORDS = List.of("发布时间", "发布日期", "生成日期", "发文日期", "成文日期");
  private static final Pattern SIGNATURE_DATE =
      Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
  /** The signature date is among the last lines, before any page footer or attachment list. */
  private static final int SIGNATURE_LINES = 12;

  private PublicationDateFinder() {}

  public static Optional<LocalDate> find(ReportText text) {
    Matcher metadata = METADATA_DATE.matcher(text.text());
    int firstWord = firstIndexOfAny(text.text(), METADATA_WORDS);
    if (firstWord >= 0 && metadata.find(firstWord)) {
      Optional<LocalDate> date = date(metadata.group(2), metadata.group(3), metadata.group(4));
      if (date.isPresent()) {
        return date;
      }
    }
    List<String> lines = text.lines();
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGNATURE_LINES); i--) {
      Matcher signature = SIGNATURE_DATE.matcher(lines.get(i));
      if (signature.matches()) {
        return date(signature.group(1), signature.group(2), signature.group(3));
      }
    }
    return Optional.empty();
  }

  private static int firstIndexOfAny(String text, List<String> words) {
    int first = -1;
    for (String word : words) {
      int at = text.indexOf(word);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
