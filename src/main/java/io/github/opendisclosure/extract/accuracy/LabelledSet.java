package io.github.opendisclosure.extract.accuracy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a labelled folder: {@code reports/} holds the input files, {@code expected/} one
 * {@code <base name>.json} of {@link ExpectedRecord} per report.
 *
 * <p>The set is read strictly, because a label that is silently skipped or misspelt would make every
 * accuracy figure wrong without anyone noticing: a report without labels, labels without a report, an
 * unknown or missing JSON field, a template or metric key outside {@link ReportTemplate} and
 * {@link ReportMetric}, and a prose key that is not among the metrics are all errors that name the file.
 */
public final class LabelledSet {

  public static final String REPORTS_FOLDER = "reports";
  public static final String EXPECTED_FOLDER = "expected";
  private static final String EXPECTED_SUFFIX = ".json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private LabelledSet() {}

  /**
   * Every report of the folder with its labels, in file-name order.
   *
   * @throws NoSuchFileException      when the folder or one of its two sub-folders does not exist
   * @throws IllegalArgumentException when the set is inconsistent or a label file is malformed
   */
  public static List<LabelledReport> load(Path folder) throws IOException {
    Path reports = requireDirectory(folder.resolve(REPORTS_FOLDER));
    Path expected = requireDirectory(folder.resolve(EXPECTED_FOLDER));

    Set<String> unmatchedLabels = new TreeSet<>(fileNames(expected));
    List<LabelledReport> labelled = new ArrayList<>();
    for (String reportName : fileNames(reports)) {
      String labelName = baseName(reportName) + EXPECTED_SUFFIX;
      if (!unmatchedLabels.remove(labelName)) {
        throw new IllegalArgumentException(String.format(
            "%s/%s has no labels: %s/%s is missing", REPORTS_FOLDER, reportName, EXPECTED_FOLDER, labelName));
      }
      labelled.add(new LabelledReport(reports.resolve(reportName), readLabels(expected.resolve(labelName))));
    }
    if (!unmatchedLabels.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "labels without a report in %s/: %s", EXPECTED_FOLDER, String.join(", ", unmatchedLabels)));
    }
    return List.copyOf(labelled);
  }

  /** Reads and checks one label file. */
  static ExpectedRecord readLabels(Path labelFile) throws IOException {
    String name = labelFile.getFileName().toString();
    ExpectedRecord labels;
    try {
      labels = JSON.readValue(labelFile.toFile(), ExpectedRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not a valid label file: " + e.getOriginalMessage(), e);
    }
    if (Arrays.stream(ReportTemplate.values()).noneMatch(template -> template.code().equals(labels.template()))) {
      throw new IllegalArgumentException(name + ": unknown template " + labels.template());
    }
    for (String key : labels.metrics().keySet()) {
      if (ReportMetric.forKey(key).isEmpty()) {
        throw new IllegalArgumentException(name + ": unknown metric key " + key);
      }
    }
    for (String key : labels.proseKeys()) {
      if (!labels.metrics().containsKey(key)) {
        throw new IllegalArgumentException(name + ": prose key " + key + " is not among its metrics");
      }
    }
    return labels;
  }

  private static Path requireDirectory(Path directory) throws NoSuchFileException {
    if (!Files.isDirectory(directory)) {
      throw new NoSuchFileException(directory.toString(), null, "not a directory");
    }
    return directory;
  }

  private static List<String> fileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(fileName -> !fileName.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
