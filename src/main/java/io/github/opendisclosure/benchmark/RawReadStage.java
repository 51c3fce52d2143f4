package io.github.opendisclosure.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading the raw files on one thread: the I/O limit every later stage is bound by. */
final class RawReadStage {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RawReadStage() {}

  /** Reads every file once, on one thread. The page cache is warm: the generator just wrote them. */
  static StageMeasurement run(List<Path> files, int corpusReports) throws IOException {
    PeakHeap.reset();
    long bytes = 0;
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    for (Path file : files) {
      bytes += Files.readAllBytes(file).length;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new StageMeasurement(BenchmarkRunner.RAW_READ, corpusReports, seconds, files.size(), bytes, cpu,
        PeakHeap.bytes(), -1, "Files.readAllBytes of every report, warm page cache");
  }
}
