package io.github.opendisclosure.corpus;

import io.github.opendisclosure.job.JobUserError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report years of a corpus, written {@code 2008-2024} or one year {@code 2023}. */
public record YearRange(int first, int last) {

  /** The regulation on government information disclosure took effect on 1 May 2008. */
  public static final int FIRST_REPORT_YEAR = 2008;
  /** A bound on typing mistakes such as 20224, not a forecast. */
  private static final int LAST_YEAR = 2100;
  private static final Pattern RANGE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  public static YearRange parse(String text) {
    Matcher matcher = RANGE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new JobUserError("--years must be YEAR or FIRST-LAST, e.g. 2008-2024, not '" + text + "'");
    }
    int first = Integer.parseInt(matcher.group(1));
    int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
    if (last < first) {
      throw new JobUserError("--years " + text + ": the first year comes first, e.g. " + last + "-" + first);
    }
    if (first < FIRST_REPORT_YEAR) {
      throw new JobUserError("--years " + text + ": the reports begin with " + FIRST_REPORT_YEAR
          + ", when the regulation on government information disclosure took effect");
    }
    if (last > LAST_YEAR) {
      throw new JobUserError("--years " + text + ": the last year can be " + LAST_YEAR + " at the most");
    }
    return new YearRange(first, last);
  }

  @Override
  public String toString() {
    return first == last ? String.valueOf(first) : first + "-" + last;
  }
}
