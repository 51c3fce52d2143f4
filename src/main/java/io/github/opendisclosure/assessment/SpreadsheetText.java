package io.github.opendisclosure.assessment;

/**
 * Text from reports (agency names, evidence) comes from untrusted web pages. A CSV cell starting with
 * = + - @, a tab or a carriage return is taken by Excel as a formula (OWASP "CSV injection"), e.g.
 * {@code =HYPERLINK("http://x","y")}; such a cell gets a leading single quote, which Excel shows as text.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  public static String neutralised(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
    return formulaStart ? "'" + text : text;
  }
}
