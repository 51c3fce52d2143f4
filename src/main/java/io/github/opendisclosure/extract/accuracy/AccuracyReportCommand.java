package io.github.opendisclosure.extract.accuracy;

import io.github.opendisclosure.extract.ReportExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the extractor on a labelled folder and prints, per field, how many values were expected,
 * found, wrong and missed, then the totals and every mismatch.
 *
 * <p>Exit codes: 0 when the thresholds given are met, 1 when one is not, 2 when the folder cannot be
 * used as a labelled set.
 */
@Command(name = "accuracy-report", mixinStandardHelpOptions = true,
    description = "Runs the extractor on every report of a labelled folder (reports/ and expected/) and prints "
        + "precision and recall per field, the totals and every mismatch.")
public final class AccuracyReportCommand implements Callable<Integer> {

  static final int THRESHOLD_UNMET = 1;
  static final int UNUSABLE_FOLDER = 2;

  @Option(names = "--labelled", required = true, paramLabel = "DIR",
      description = "The labelled folder: reports/ with the input files, expected/ with one <name>.json each.")
  private Path labelledFolder;

  @Option(names = "--fail-below-precision", paramLabel = "PERCENT",
      description = "Exit with 1 when the precision over all numbers is below this percentage.")
  private Double minimumPrecisionPercent;

  @Option(names = "--fail-below-recall", paramLabel = "PERCENT",
      description = "Exit with 1 when the recall over all numbers is below this percentage.")
  private Double minimumRecallPercent;

  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AccuracyReportCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(labelledFolder)) {
      err.println("error: labelled folder not found: " + labelledFolder);
      return UNUSABLE_FOLDER;
    }
    List<LabelledReport> labelledSet;
    try {
      labelledSet = LabelledSet.load(labelledFolder);
    } catch (NoSuchFileException e) {
      err.println("error: " + e.getFile() + " is missing; a labelled folder holds "
          + LabelledSet.REPORTS_FOLDER + "/ and " + LabelledSet.EXPECTED_FOLDER + "/");
      return UNUSABLE_FOLDER;
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return UNUSABLE_FOLDER;
    }

    AccuracyReport report = AccuracyReport.measure(labelledSet, ReportExtractor.withBundledReferenceData());
    out.print(AccuracyReportFormatter.format(report));

    List<String> unmet = new ArrayList<>();
    FieldTally numbers = report.allNumbers();
    if (minimumPrecisionPercent != null && numbers.precision() * 100 < minimumPrecisionPercent) {
      unmet.add(String.format(Locale.ROOT, "precision %.1f%% is below %.1f%%",
          numbers.precision() * 100, minimumPrecisionPercent));
    }
    if (minimumRecallPercent != null && numbers.recall() * 100 < minimumRecallPercent) {
      unmet.add(String.format(Locale.ROOT, "recall %.1f%% is below %.1f%%", numbers.recall() * 100, minimumRecallPercent));
    }
    out.flush();
    unmet.forEach(message -> err.println("fail: " + message + " (all numbers)"));
    return unmet.isEmpty() ? 0 : THRESHOLD_UNMET;
  }
}
