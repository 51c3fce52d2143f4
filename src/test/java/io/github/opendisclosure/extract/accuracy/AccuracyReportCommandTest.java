package io.github.opendisclosure.extract.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccuracyReportCommandTest {

  private static final String SEED = "003_b9921c248366ac19";

  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new AccuracyReportCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return command.execute(args);
  }

  @Test
  void aMissingFolderIsOneLineWithoutAStackTrace() {
    Path missing = folder.resolve("nowhere");

    assertEquals(AccuracyReportCommand.UNUSABLE_FOLDER, run("--labelled", missing.toString()));
    assertEquals("error: labelled folder not found: " + missing + System.lineSeparator(), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aFolderWithoutExpectedLabelsSaysWhatIsMissing() throws IOException {
    Files.createDirectories(folder.resolve("reports"));

    assertEquals(AccuracyReportCommand.UNUSABLE_FOLDER, run("--labelled", folder.toString()));
    assertEquals("error: " + folder.resolve("expected") + " is missing; a labelled folder holds reports/ and expected/"
        + System.lineSeparator(), err.toString());
  }

  @Test
  void printsTheTableAndExitsWithOneWhenAThresholdIsUnmet() throws Exception {
    copyBundled("reports/" + SEED + ".txt");
    copyBundled("expected/" + SEED + ".json");

    int passing = run("--labelled", folder.toString(), "--fail-below-precision", "0", "--fail-below-recall", "0");
    assertEquals(0, passing, err.toString());
    assertTrue(out.toString().contains("Accuracy over 1 labelled reports"), out.toString());
    assertTrue(out.toString().contains("proactive_items"), out.toString());

    int failing = run("--labelled", folder.toString(), "--fail-below-recall", "100.1");
    assertEquals(AccuracyReportCommand.THRESHOLD_UNMET, failing);
    assertTrue(err.toString().contains("fail: recall"), err.toString());
  }

  private void copyBundled(String relativePath) throws Exception {
    Path source = Path.of(getClass().getResource("/labelled/" + relativePath).toURI());
    Path target = folder.resolve(relativePath);
    Files.createDirectories(target.getParent());
    Files.copy(source, target);
  }
}
