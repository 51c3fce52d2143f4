package io.github.opendisclosure.corpus;

/** One cell of a generated table; merged cells sit in their first row and column only, as in HTML. */
record TableCell(String text, int rowspan, int colspan, boolean numeric) {

  static TableCell label(String text) {
    return new TableCell(text, 1, 1, false);
  }

  static TableCell label(String text, int rowspan, int colspan) {
    return new TableCell(text, rowspan, colspan, false);
  }

  /** A number cell; null is a blank cell. */
  static TableCell number(Object value) {
    return new TableCell(value == null ? "" : value.toString(), 1, 1, true);
  }
}
