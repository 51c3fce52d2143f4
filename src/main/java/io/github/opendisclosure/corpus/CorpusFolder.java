package io.github.opendisclosure.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Writes a generated corpus as a labelled folder that {@code jobs/accuracy --labelled DIR} scores
 * directly: {@code reports/} the raw files, {@code expected/} one expected record each,
 * {@code manifest.jsonl} a line per report (its noise and expected issues) and {@code corpus.json}
 * what was generated with which seed.
 */
public final class CorpusFolder {

  public static final String REPORTS = "reports";
  public static final String EXPECTED = "expected";
  public static final String MANIFEST = "manifest.jsonl";
  public static final String SUMMARY = "corpus.json";

  /** What was written: the folder, the reports and their raw bytes. */
  public record WrittenCorpus(Path folder, int reports, long rawBytes, int missingReports, int offices) {}

  private CorpusFolder() {}

  /** Writes every report of {@code generator} under {@code folder} on {@code threads} threads. */
  public static WrittenCorpus write(CorpusGenerator generator, Path folder, int threads, long seed, String years)
      throws IOException {
    Path reports = Files.createDirectories(folder.resolve(REPORTS));
    Path expected = Files.createDirectories(folder.resolve(EXPECTED));
    String[] manifest = new String[generator.size()];
    long[] sizes = new long[generator.size()];
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> IntStream.range(0, generator.size()).parallel().forEach(index -> {
        GeneratedReport report = generator.report(index);
        writeReport(report, reports, expected);
        manifest[index] = GroundTruthJson.manifestLine(report);
        sizes[index] = report.bytes().length;
      })).join();
    } finally {
      pool.shutdown();
    }
    Files.writeString(folder.resolve(MANIFEST), manifest.length == 0 ? "" : String.join("\n", manifest) + "\n",
        StandardCharsets.UTF_8);
    long rawBytes = 0;
    for (long size : sizes) {
      rawBytes += size;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("seed", seed);
    summary.put("years", years);
    summary.put("reports", generator.size());
    summary.put("offices", generator.officeCount());
    summary.put("missing_reports", generator.missingReports());
    summary.put("raw_bytes", rawBytes);
    Files.writeString(folder.resolve(SUMMARY), GroundTruthJson.summary(summary), StandardCharsets.UTF_8);
    return new WrittenCorpus(folder, generator.size(), rawBytes, generator.missingReports(), generator.officeCount());
  }

  /** Writes one report and its expected record (also used to replace reports with revised ones). */
  public static void writeReport(GeneratedReport report, Path reports, Path expected) {
    try {
      Files.write(reports.resolve(report.fileName()), report.bytes());
      Files.writeString(expected.resolve(report.baseName() + ".json"), GroundTruthJson.expectedRecord(report.expected()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
