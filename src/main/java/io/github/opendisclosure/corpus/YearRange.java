package io.github.opendisclosure.corpus;

import io.github.opendisclosure.job.JobUserError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report years of a corpus, written {@code 2008-2024} or one year {@code 2023}. */
public record YearRange(int first, int last) {

  /** The regulation on government information disclosure took effect on 1 May 2008. */
  public static final int FIRST_REPORT_YEAR = 2008;
  private static final Pattern RANGE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  public static YearRange parse(String text) {
    Matcher matcher = RANGE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new JobUserError("--years must be YEAR or FIRST-LAST, e.g. 2008-2024, not '" + text + "'");
    }
    int first = Integer.parseInt(matcher.group(1));
    int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
    if (first < FIRST_REPORT_YEAR || last < first || last > 2100) {
      throw new JobUserError("--years " + text + ": the years must run forward from " + FIRST_REPORT_YEAR);
    }
    return new YearRange(first, last);
  }

  @Override
  public String toString() {
    return first == last ? String.valueOf(first) : first + "-" + last;
  }
}
