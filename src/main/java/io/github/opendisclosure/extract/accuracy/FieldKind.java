package io.github.opendisclosure.extract.accuracy;

import java.util.Locale;

/** Which group a compared value belongs to, which decides the standard it is held to. */
public enum FieldKind {
  /** An identity field: agency, region, year, template. */
  IDENTITY,
  /** A labelled number read from a well-formed table. */
  TABLE_NUMBER,
  /** A labelled number stated only in prose. */
  PROSE_NUMBER,
  /** A number extracted where the labels expect none. */
  UNEXPECTED_NUMBER;

  /** A short lower-case name for printed reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
