package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportRecord;
import io.github.opendisclosure.extract.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts files one at a time on the calling thread and adds up the wall and CPU time of the
 * {@code extract()} calls alone (reading the file is not counted): the extractor's own speed.
 */
final class ExtractionTimer {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ReportExtractor extractor = ReportExtractor.shared();
  private long nanos;
  private long cpuNanos;
  private long bytes;
  private int reports;

  ReportRecord extract(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    ReportRecord record = extractor.extract(SourceDocument.of(file, content));
    nanos += System.nanoTime() - started;
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
    bytes += content.length;
    reports++;
    return record;
  }

  StageMeasurement measurement(int corpusReports, long peakHeapBytes) {
    return new StageMeasurement(BenchmarkRunner.EXTRACTION, corpusReports, nanos / 1e9, reports, bytes,
        cpuNanos / 1e9, peakHeapBytes, -1, "ReportExtractor.extract per file; reading the file not counted");
  }
}
