package io.github.opendisclosure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobUserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line refuses a bad rubric or year before any work: exit code 2 and one line naming the mistake. */
class AssessJobTest {

  @TempDir
  Path folder;

  @Test
  void aRubricWithAnUnknownMetricIsRefusedWithItsFileAndLine() throws IOException {
    Path rubric = folder.resolve("rubric.conf");
    String sample = Files.readString(Path.of("conf/assessment-rubric.conf"), StandardCharsets.UTF_8);
    Files.writeString(rubric, sample.replace("criterion.transparency.indicator = proactive_items",
        "criterion.transparency.metric = proactive_itemz"), StandardCharsets.UTF_8);
    int line = (int) sample.lines().takeWhile(text -> !text.contains("criterion.transparency.indicator")).count() + 1;

    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new AssessJob());
    commandLine.setErr(new PrintWriter(err));
    int exitCode = JobCommandLine.execute(commandLine, "--year", "2024", "--rubric", rubric.toString(),
        "--lakehouse", folder.resolve("no-lakehouse").toString());

    assertEquals(JobCommandLine.USER_ERROR, exitCode);
    assertEquals("error: " + rubric + ":" + line + ": unknown metric 'proactive_itemz' (the column names of the "
        + "reports table, e.g. requests_received; README.md lists them)", err.toString().strip());
  }

  @Test
  void yearsAndRangesMakeOneSortedSet() {
    assertEquals(List.of(2017, 2021, 2022, 2023), List.copyOf(AssessJob.years(List.of("2021-2023", "2017", "2022"))));
    assertEquals("--year takes a year (2023) or a range (2021-2024), not '23'",
        assertThrows(JobUserError.class, () -> AssessJob.years(List.of("23"))).getMessage());
    assertEquals("--year 2024-2021: the range ends before it starts",
        assertThrows(JobUserError.class, () -> AssessJob.years(List.of("2024-2021"))).getMessage());
  }
}
