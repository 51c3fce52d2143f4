package io.github.opendisclosure.extract.accuracy;

import io.github.opendisclosure.extract.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  /** The input file's bytes, as the extractor is given them. */
  public SourceDocument readDocument() {
    try {
      return SourceDocument.of(reportFile, Files.readAllBytes(reportFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reportFile, e);
    }
  }
}
