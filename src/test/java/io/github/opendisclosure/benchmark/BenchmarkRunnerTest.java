package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.corpus.YearRange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage runner on tiny corpora, without Spark, and the BENCHMARKS.md it writes. No timing is asserted. */
class BenchmarkRunnerTest {

  @Test
  void measuresTheStagesAndWritesTheReport(@TempDir Path work) throws Exception {
    BenchmarkSettings settings = new BenchmarkSettings(Path.of("."), work, List.of(40, 80), 9, YearRange.parse("2017-2022"),
        40, "2g", 5, false);
    List<CorpusRun> runs = new BenchmarkRunner(settings, new PrintWriter(new StringWriter()), soFar -> { }).run();
    assertEquals(2, runs.size());
    assertEquals(List.of(BenchmarkRunner.GENERATE, BenchmarkRunner.RAW_READ, BenchmarkRunner.EXTRACTION),
        runs.get(0).stages().stream().map(StageMeasurement::stage).toList());
    assertEquals(80, runs.get(1).stage(BenchmarkRunner.EXTRACTION).orElseThrow().items());

    BenchmarksMarkdown.Run run = new BenchmarksMarkdown.Run(runs, MachineDescription.current(), "2026-01-01 00:00 UTC", 0.5,
        0.5, "jobs/benchmark --sizes 40,80", 9, "2017-2022");
    String markdown = BenchmarksMarkdown.write(run, "# Benchmarks\n\nold figures\n\n## Analysis\n\nWhy it is slow.\n");
    for (String heading : List.of("## Machine", "## Corpora", "## Stages", "## Ratios", "## Extraction accuracy on the 40-report corpus",
        "## Targets", "## Analysis\n\nWhy it is slow.\n")) {
      assertTrue(markdown.contains(heading), heading);
    }
    assertTrue(markdown.contains("| 80 | " + BenchmarkRunner.EXTRACTION + " | "), markdown);
    assertTrue(markdown.contains("| extraction accuracy on the generated corpus >= 99% for every field | lowest field "), markdown);
    assertTrue(markdown.contains("| incremental refresh after 100 changed reports < 60 s, JVM start included | not measured | not measured |"));
    assertTrue(!markdown.contains("old figures"));
  }
}
