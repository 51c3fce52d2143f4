package io.github.opendisclosure.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.extract.accuracy.LabelledSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCorpusJobTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new GenerateCorpusJob());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return JobCommandLine.execute(commandLine, args);
  }

  @Test
  void writesALabelledFolder(@TempDir Path folder) throws IOException {
    Path corpus = folder.resolve("corpus");
    assertEquals(0, run("--reports", "20", "--years", "2019-2021", "--seed", "4", "--output", corpus.toString()));
    assertTrue(out.toString().startsWith("generate-corpus: 20 reports"), out.toString());
    assertEquals(20, LabelledSet.load(corpus).size());
    assertTrue(Files.readString(corpus.resolve(CorpusFolder.SUMMARY)).contains("\"years\" : \"2019-2021\""));
    assertTrue(LabelledSet.load(corpus).stream().allMatch(report -> report.expected().year() >= 2019
        && report.expected().year() <= 2021));
  }

  @Test
  void mistakesAreOneLineAndExitCode2(@TempDir Path folder) throws IOException {
    assertEquals(2, run("--reports", "5", "--years", "2024-2008", "--output", folder.resolve("a").toString()));
    assertTrue(err.toString().startsWith("error: --years 2024-2008"), err.toString());
    Files.writeString(folder.resolve("taken.txt"), "x");
    assertEquals(2, run("--reports", "5", "--output", folder.toString()));
    assertEquals(2, run("--reports", "-1", "--output", folder.resolve("b").toString()));
    assertEquals(2, run("--reports", "many", "--output", folder.resolve("c").toString()));
    assertEquals(4, err.toString().lines().count(), err.toString());
  }

  @Test
  void yearsOutOfOrderOrBefore2008AreToldApart(@TempDir Path folder) {
    assertEquals(2, run("--reports", "5", "--years", "2024-2019", "--output", folder.resolve("a").toString()));
    assertTrue(err.toString().contains("the first year comes first, e.g. 2019-2024"), err.toString());
    assertEquals(2, run("--reports", "5", "--years", "2005-2010", "--output", folder.resolve("b").toString()));
    assertTrue(err.toString().contains("the reports begin with 2008"), err.toString());
    assertEquals(2, run("--reports", "5", "--years", "2019-2999", "--output", folder.resolve("c").toString()));
    assertTrue(err.toString().contains("the last year can be 2100 at the most"), err.toString());
    assertFalse(Files.exists(folder.resolve("a")), "no folder is created for a call that is refused");
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsAMistakeInTheCall(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("taken.txt"), "x");
    assertEquals(2, run("--reports", "5", "--output", file.resolve("corpus").toString()));
    assertTrue(err.toString().startsWith("error: --output " + file.resolve("corpus") + " cannot be created: "),
        err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }
}
