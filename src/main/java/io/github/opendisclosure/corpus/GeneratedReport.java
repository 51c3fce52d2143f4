package io.github.opendisclosure.corpus;

import io.github.opendisclosure.extract.accuracy.ExpectedRecord;
import java.util.List;
import java.util.Set;

/**
 * One generated report: its file name and raw bytes, the record the extractor should make of it
 * (the labelled set's expected format), and how it was made.
 *
 * @param index      its position in the corpus
 * @param baseName   the file name without extension, shared by the report and its expected record
 * @param noise      the kinds of noise it carries
 */
public record GeneratedReport(int index, String baseName, String extension, byte[] bytes, ExpectedRecord expected,
    String layout, String encoding, Set<NoiseKind> noise) {

  public String fileName() {
    return baseName + "." + extension;
  }

  /** The issue codes the extractor should raise for its noise, in code order. */
  public List<String> expectedIssues() {
    return noise.stream().map(NoiseKind::expectedIssue).filter(issue -> issue != null).sorted().toList();
  }
}
