package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster extrapolation, worked by hand, and its section of BENCHMARKS.md. */
class ClusterExtrapolationTest {

  /** 60 s in all, 20 s of it with tasks running: 40 s of driver alone; 30 s of tasks in 4, 8 s in 8. */
  private static final ClusterExtrapolation.Measured SMALL = new ClusterExtrapolation.Measured(10_000, 60,
      new SparkTaskTimes(20, List.of(new SparkTaskTimes.StageTasks(4, 30), new SparkTaskTimes.StageTasks(8, 8))));

  /** 150 s in all, 90 s with tasks running: 60 s of driver alone; 160 s of tasks in 200, 16 s in 8. */
  private static final ClusterExtrapolation.Measured LARGE = new ClusterExtrapolation.Measured(100_000, 150,
      new SparkTaskTimes(90, List.of(new SparkTaskTimes.StageTasks(200, 160), new SparkTaskTimes.StageTasks(8, 16))));

  @Test
  void keepsTheDriversTimeAndSharesTheTasksTimeAmongTheCores() {
    assertEquals(40, SMALL.driverAloneSeconds(), 1e-9);
    assertEquals(40 + 38 / 2.0, SMALL.modelledSeconds(2), 1e-9);
    assertEquals(40 + 38, SMALL.modelledSeconds(1), 1e-9);
    assertEquals(60 + 176 / 32.0, LARGE.modelledSeconds(32), 1e-9);
    assertEquals(16, LARGE.tasks().taskSecondsInStagesOfAtMost(8), 1e-9, "the 8-task stage, which 8 cores at most share");
  }

  @Test
  void followsTheLineThroughTheTwoLargestCorporaAndNeverFallsWithMoreReports() {
    ClusterExtrapolation extrapolation = ClusterExtrapolation.of(List.of(LARGE, SMALL));

    assertEquals(100_000, extrapolation.largestMeasured());
    assertEquals(LARGE.modelledSeconds(2), extrapolation.seconds(100_000, 2), 1e-9);
    // Driver alone: 40 s at 10,000 and 60 s at 100,000, so 260 s at a million.
    assertEquals(260, extrapolation.driverAloneSeconds(1_000_000), 1e-9);
    // Tasks: 38 s at 10,000 and 176 s at 100,000, so 1,556 s at a million, 778 s on 2 cores.
    assertEquals(260 + 778, extrapolation.seconds(1_000_000, 2), 1e-9);
    ClusterExtrapolation falling = ClusterExtrapolation.of(List.of(SMALL, new ClusterExtrapolation.Measured(100_000, 50,
        new SparkTaskTimes(20, List.of(new SparkTaskTimes.StageTasks(200, 176))))));
    assertEquals(30, falling.driverAloneSeconds(1_000_000), 1e-9, "40 s, then 30 s: stays at 30 s with more reports");
  }

  @Test
  void oneCorpusGivesMoreCoresButNotMoreReports() {
    ClusterExtrapolation extrapolation = ClusterExtrapolation.of(List.of(LARGE));

    assertFalse(extrapolation.followsReports());
    assertEquals(LARGE.modelledSeconds(8), extrapolation.seconds(100_000, 8), 1e-9);
    assertThrows(IllegalStateException.class, () -> extrapolation.seconds(1_000_000, 8));
    assertEquals(0, new ClusterExtrapolation.Measured(10, 1, new SparkTaskTimes(2, List.of())).driverAloneSeconds(),
        "tasks that ran longer than the measured wall time leave no negative driver time");
  }

  @Test
  void benchmarksMarkdownChecksTheModelOnOneCoreAndProjectsTheCountrysReports() {
    CorpusRun small = run(10_000, Map.of(BenchmarkRunner.INGEST, SMALL, BenchmarkRunner.INDICATORS, SMALL,
        BenchmarkRunner.ASSESSMENT, SMALL), List.of());
    CorpusRun large = run(100_000, Map.of(BenchmarkRunner.INGEST, LARGE, BenchmarkRunner.INDICATORS, LARGE,
        BenchmarkRunner.ASSESSMENT, LARGE), List.of(new StageMeasurement(BenchmarkRunner.INGEST_ONE_CORE, 100_000, 240,
            100_000, 0, -1, -1, -1, "own JVM")));
    MachineDescription machine = new MachineDescription(2, 24L << 30, "17", "Linux", "a CPU");
    String markdown = BenchmarksMarkdown.write(new BenchmarksMarkdown.Run(List.of(small, large), machine,
        "2026-01-01 00:00 UTC", 0.5, 0.5, "jobs/benchmark", 1, "2008-2024"), null);

    assertTrue(markdown.contains("## Extrapolation to a cluster"), markdown);
    assertTrue(markdown.contains("| " + BenchmarkRunner.INGEST + " | 150 s | 148 s | 240 s | 236 s | 60 s | 176 s | 16 s |"),
        markdown);
    assertTrue(markdown.contains("| " + BenchmarkRunner.INDICATORS + " | 150 s | "), markdown);
    assertTrue(markdown.contains("| " + BenchmarkRunner.ASSESSMENT + " | 3,000,000 | "), markdown);
    assertTrue(markdown.contains("| **whole pipeline** | 1,000,000 | "), markdown);
    assertTrue(markdown.contains("| reports | 2 cores | 8 cores | 32 cores | 128 cores | driver alone |"), markdown);
    // 260 s of driver alone and 1,556 s of tasks at a million.
    assertTrue(markdown.contains("| " + BenchmarkRunner.INGEST + " | 1,000,000 | 17.3 min | 455 s | 309 s | 272 s | 260 s |"),
        markdown);
  }

  private static CorpusRun run(int reports, Map<String, ClusterExtrapolation.Measured> spark, List<StageMeasurement> more) {
    List<StageMeasurement> stages = new ArrayList<>(more);
    spark.forEach((stage, measured) -> stages.add(MadeUpCorpusRuns.measured(stage, reports, measured.wallSeconds())));
    Map<String, SparkTaskTimes> tasks = new HashMap<>();
    spark.forEach((stage, measured) -> tasks.put(stage, measured.tasks()));
    return MadeUpCorpusRuns.run(reports, stages, tasks);
  }
}
