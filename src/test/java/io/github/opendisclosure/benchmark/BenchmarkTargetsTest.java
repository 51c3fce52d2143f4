package io.github.opendisclosure.benchmark;

import static io.github.opendisclosure.benchmark.MadeUpCorpusRuns.measured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkTargetsTest {

  /** A stage whose JVM ran out of memory after 463 s measured no time: no target may count it as met. */
  @Test
  void aFailedStageMeetsNoTargetAndGrowsNothing() {
    CorpusRun small = run(10_000, measured(BenchmarkRunner.INGEST, 10_000, 60),
        measured(BenchmarkRunner.INDICATORS, 10_000, 50), measured(BenchmarkRunner.ASSESSMENT, 10_000, 5));
    CorpusRun large = run(100_000, measured(BenchmarkRunner.INGEST, 100_000, 150),
        measured(BenchmarkRunner.INDICATORS, 100_000, 60),
        failed(BenchmarkRunner.ASSESSMENT, 100_000, 463),
        failed(BenchmarkRunner.REFRESH, 100_000, 20));

    List<BenchmarkTargets.Target> targets = BenchmarkTargets.judge(List.of(small, large), 2);

    assertEquals(Optional.empty(), target(targets, "whole pipeline").met(), "the pipeline's assessment failed");
    BenchmarkTargets.Target refresh = target(targets, "incremental refresh");
    assertEquals(Optional.of(false), refresh.met());
    assertTrue(refresh.measured().startsWith("failed: "), refresh.measured());
    BenchmarkTargets.Target growth = target(targets, "each stage's time");
    assertEquals(Optional.of(true), growth.met(), "463 s against 5 s is no growth: " + growth.measured());
    assertTrue(large.stage(BenchmarkRunner.ASSESSMENT).isEmpty());
  }

  private static BenchmarkTargets.Target target(List<BenchmarkTargets.Target> targets, String opening) {
    return targets.stream().filter(target -> target.target().startsWith(opening)).findFirst().orElseThrow();
  }

  private static CorpusRun run(int reports, StageMeasurement... stages) {
    return MadeUpCorpusRuns.run(reports, List.of(stages), Map.of());
  }

  private static StageMeasurement failed(String stage, int reports, double seconds) {
    return new StageMeasurement(stage, reports, seconds, reports, 0, -1, -1, -1,
        "own JVM; " + StageMeasurement.failureNote(1, "java.lang.OutOfMemoryError: Java heap space"));
  }
}
