package io.github.opendisclosure.corpus;

/** Escapes text for an HTML page the corpus writes. */
final class HtmlText {

  private HtmlText() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
