package io.github.opendisclosure.extract;

import java.util.Locale;

/** Why an input file could not become a valid report record. */
public enum QuarantineReason {
  /** The file could not be read at all (permissions, I/O error). */
  UNREADABLE_FILE,
  /** The file has no bytes, or only white space. */
  EMPTY_DOCUMENT,
  /** The bytes are not text (an image, an archive, a PDF). */
  BINARY_CONTENT,
  /** The bytes decode neither as UTF-8 nor as GB18030. */
  UNDECODABLE_TEXT,
  /** The text names no year the report covers. */
  NO_REPORT_YEAR,
  /** The text names no agency. */
  NO_AGENCY_NAME,
  /** The extractor itself failed on this document: a bug to report, with the document attached. */
  EXTRACTION_FAILED,
  /** Another file reports on the same agency and year and was kept by the duplicate rule. */
  DUPLICATE_AGENCY_YEAR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
