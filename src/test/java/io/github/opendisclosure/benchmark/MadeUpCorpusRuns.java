package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.CorpusFolder.WrittenCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Benchmark runs made up for tests of what is computed from them: a corpus of about 9 KB a report,
 * extracted on one thread at 1,500 reports/s, with the stages given.
 */
final class MadeUpCorpusRuns {

  private MadeUpCorpusRuns() {}

  static CorpusRun run(int reports, List<StageMeasurement> stages, Map<String, SparkTaskTimes> sparkTasks) {
    return new CorpusRun(reports, new WrittenCorpus(Path.of("corpus"), reports, reports * 9_000L, 0, reports / 14),
        stages, new ExtractionStage.Result(measured(BenchmarkRunner.EXTRACTION, reports, reports / 1_500.0), null,
            Map.of()), sparkTasks);
  }

  /** A stage that went through every report in {@code seconds}, in a JVM of its own. */
  static StageMeasurement measured(String stage, int reports, double seconds) {
    return new StageMeasurement(stage, reports, seconds, reports, 0, -1, -1, -1, "own JVM");
  }
}
