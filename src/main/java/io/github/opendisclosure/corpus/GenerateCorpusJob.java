package io.github.opendisclosure.corpus;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/generate-corpus}: writes a generated corpus of reports with the ground truth of each. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Writes N generated annual reports under --output/reports and the record the",
        "extractor should make of each under --output/expected (the labelled set's",
        "format: jobs/accuracy --labelled DIR scores it), with manifest.jsonl (noise and",
        "expected issues per report) and corpus.json. The same seed gives the same bytes."})
public final class GenerateCorpusJob implements Callable<Integer> {

  @Option(names = "--reports", required = true, paramLabel = "N", description = "How many reports to write.")
  int reports;

  @Option(names = "--years", defaultValue = "2008-2024", paramLabel = "FIRST-LAST",
      description = "The report years (default: ${DEFAULT-VALUE}).")
  String years;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder to write; must be empty or new.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to write with (default: every core).")
  Integer threads;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new GenerateCorpusJob(), args));
  }

  @Override
  public Integer call() throws IOException {
    if (reports < 0) {
      throw new JobUserError("--reports must be 0 or more, not " + reports);
    }
    YearRange range = YearRange.parse(years);
    requireEmptyFolder(output);
    long started = System.nanoTime();
    CorpusFolder.WrittenCorpus written = generate(reports, range, seed, output,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "generate-corpus: %d reports (%.1f MB) of %d offices, %s, seed %d, %d missing reports, into %s in %.1f s",
        written.reports(), written.rawBytes() / 1e6, written.offices(), range, seed, written.missingReports(),
        output, seconds));
    return 0;
  }

  /** Generates and writes a corpus: what the job does, for other jobs and tests. */
  public static CorpusFolder.WrittenCorpus generate(int reports, YearRange range, long seed, Path output, int threads)
      throws IOException {
    CorpusGenerator generator = new CorpusGenerator(seed, range.first(), range.last(), reports);
    return CorpusFolder.write(generator, output, threads, seed, range.toString());
  }

  /** The folder, created here so that a place it cannot be is a mistake in the call, found before any work. */
  private static void requireEmptyFolder(Path folder) throws IOException {
    if (Files.isRegularFile(folder)) {
      throw new JobUserError("--output " + folder + " is a file; give a new or empty folder");
    }
    if (Files.isDirectory(folder)) {
      try (var entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new JobUserError("--output " + folder + " is not empty; give a new or empty folder");
        }
      }
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new JobUserError("--output " + folder + " cannot be created: " + JobCommandLine.describe(e), e);
    }
  }
}
