package io.github.opendisclosure.extract.accuracy;

import java.nio.file.Path;

/**
 * One input file of a labelled set and the record a person expects the extractor to make of it.
 *
 * @param reportFile the input file, as the extractor would be given it
 * @param expected   its labels, from {@code expected/<base name>.json}
 */
public record LabelledReport(Path reportFile, ExpectedRecord expected) {

  /** The input file's name, which names the report in every mismatch. */
  public String fileName() {
    return reportFile.getFileName().toString();
  }
}
