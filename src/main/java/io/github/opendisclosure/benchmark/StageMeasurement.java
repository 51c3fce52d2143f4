package io.github.opendisclosure.benchmark;

/**
 * One stage measured on one corpus.
 *
 * @param seconds      wall-clock time of the stage (for a child JVM: from its start to its exit)
 * @param items        what the stage went through (reports, or rows for the indicator stages)
 * @param bytes        raw bytes the stage read, 0 when it does not read the corpus files
 * @param cpuSeconds   CPU time of the measuring thread, for single-threaded in-process stages; -1 otherwise
 * @param peakHeapBytes the peak heap the stage used, -1 when not measured
 * @param peakRssBytes peak resident memory of a child JVM (VmHWM), -1 for in-process stages
 * @param note         how it ran, in a few words
 */
public record StageMeasurement(String stage, int corpusReports, double seconds, long items, long bytes,
    double cpuSeconds, long peakHeapBytes, long peakRssBytes, String note) {

  private static final String FAILURE = "FAILED with exit code ";

  /** The note of a stage whose JVM exited with {@code exitCode}: its time measures nothing. */
  static String failureNote(int exitCode, String lastLine) {
    return FAILURE + exitCode + ": " + lastLine;
  }

  /** Whether the stage did not run to the end (its note says how it failed). */
  public boolean failed() {
    return note.contains(FAILURE);
  }

  public double itemsPerSecond() {
    return seconds > 0 ? items / seconds : 0;
  }

  public double megabytesPerSecond() {
    return seconds > 0 ? bytes / 1e6 / seconds : 0;
  }

  /** Items per second of CPU time: what the stage would do on an idle core. */
  public double itemsPerCpuSecond() {
    return cpuSeconds > 0 ? items / cpuSeconds : 0;
  }
}
