package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.YearRange;
import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures and where.
 *
 * @param projectRoot    the project folder, whose {@code jobs/} launchers run the Spark stages
 * @param work           scratch folder for corpora, lakehouses and logs
 * @param sizes          the corpus sizes, in order
 * @param accuracySize   the corpus whose extraction is also scored against its ground truth
 * @param childHeap      the heap cap of every Spark stage's JVM ({@code -Xmx}), e.g. {@code 2g}
 * @param changedReports how many reports change before the incremental refresh
 * @param sparkStages    whether to run the Spark stages (ingest, indicators, assessment, refresh) and DuckDB
 */
record BenchmarkSettings(Path projectRoot, Path work, List<Integer> sizes, long seed, YearRange years,
    int accuracySize, String childHeap, int changedReports, boolean sparkStages) {

  /** The refresh is measured on the largest corpus, the lakehouse a user would refresh. */
  int refreshSize() {
    return sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
