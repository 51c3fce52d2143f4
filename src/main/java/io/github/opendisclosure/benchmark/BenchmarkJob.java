package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.YearRange;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.OutputFile;
import io.github.opendisclosure.job.OutputFolder;
import io.github.opendisclosure.job.PipelineVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/benchmark}: generates corpora, measures every stage on each, and writes BENCHMARKS.md. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Generates corpora of each --sizes (10,000 and 100,000 reports by default; add",
        "--million for 1,000,000) and measures in one run: the raw read, the extractor",
        "alone on one thread (scored against the ground truth on the 10,000 corpus),",
        "jobs/ingest, jobs/indicators and jobs/assess each in its own JVM with a capped",
        "heap, DuckDB on the same reports, and on the largest corpus jobs/refresh twice:",
        "first over the ingested lakehouse, then after --changed reports change.",
        "Writes the figures to --output."})
public final class BenchmarkJob implements Callable<Integer> {

  private static final int MILLION = 1_000_000;
  private static final int ACCURACY_REPORTS = 10_000;
  /** What java's -Xmx takes: a number of bytes, or of kilo-, mega- or gigabytes. */
  private static final Pattern JVM_HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

  @Option(names = "--project-root", required = true, paramLabel = "DIR", hidden = true,
      description = "The project folder whose jobs/ launchers run the Spark stages (jobs/benchmark passes it).")
  Path projectRoot;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
      description = "Corpus sizes, smallest first (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--million", description = "Also measure a 1,000,000-report corpus (hours on a laptop).")
  boolean million;

  @Option(names = "--work", defaultValue = "target/benchmark", paramLabel = "DIR",
      description = "Scratch folder for corpora, lakehouses and logs (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--years", defaultValue = "2008-2024", paramLabel = "FIRST-LAST",
      description = "Report years of the corpora (default: ${DEFAULT-VALUE}).")
  String years;

  @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE",
      description = "-Xmx of each Spark stage's JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--changed", defaultValue = "100", paramLabel = "N",
      description = "Reports changed before the incremental refresh (default: ${DEFAULT-VALUE}).")
  int changed;

  @Option(names = "--no-spark", description = "Only the stages without Spark: generation, raw read, extraction.")
  boolean noSpark;

  @Option(names = "--output", defaultValue = "BENCHMARKS.md", paramLabel = "FILE",
      description = "The report to write (default: ${DEFAULT-VALUE}); its hand-written analysis is kept.")
  Path output;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new BenchmarkJob(), args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException, SQLException {
    BenchmarkSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    double loadAtStart = MachineDescription.loadAverage();
    String startedAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String previous = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : null;
    List<CorpusRun> runs = new BenchmarkRunner(settings, out, soFar -> write(soFar, startedAt, loadAtStart, previous)).run();
    for (BenchmarkTargets.Target target : BenchmarkTargets.judge(runs, Runtime.getRuntime().availableProcessors())) {
      out.printf("%-14s %s: %s%n", target.met().map(met -> met ? "met" : "MISSED").orElse("not measured"),
          target.target(), target.measured());
    }
    out.println("benchmark: wrote " + output);
    return 0;
  }

  /** Writes the report with the figures so far: a run stopped midway leaves what it measured. */
  private void write(List<CorpusRun> runs, String startedAt, double loadAtStart, String previous) {
    BenchmarksMarkdown.Run run = new BenchmarksMarkdown.Run(runs, MachineDescription.current(), startedAt, loadAtStart,
        MachineDescription.loadAverage(), command(), seed, years);
    try {
      Files.writeString(output, BenchmarksMarkdown.write(run, previous), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BenchmarkSettings settings() {
    List<Integer> corpusSizes = new ArrayList<>(sizes);
    if (million && !corpusSizes.contains(MILLION)) {
      corpusSizes.add(MILLION);
    }
    for (int i = 0; i < corpusSizes.size(); i++) {
      if (corpusSizes.get(i) <= 0 || i > 0 && corpusSizes.get(i) <= corpusSizes.get(i - 1)) {
        throw new JobUserError("--sizes must be positive and increasing, not " + corpusSizes);
      }
    }
    if (changed < 0) {
      throw new JobUserError("--changed must be 0 or more, not " + changed);
    }
    if (!Files.isDirectory(projectRoot.resolve("jobs"))) {
      throw new JobUserError("--project-root " + projectRoot + " has no jobs/ folder");
    }
    OutputFolder.require("--work", work, "the corpora and lakehouses");
    OutputFile.require("--output", output, "the report's file", "BENCHMARKS.md");
    if (!JVM_HEAP_SIZE.matcher(heap).matches()) {
      throw new JobUserError("--heap takes a size as java -Xmx does, e.g. 2g or 4096m, not '" + heap + "'");
    }
    int accuracySize = corpusSizes.contains(ACCURACY_REPORTS) ? ACCURACY_REPORTS : corpusSizes.get(0);
    return new BenchmarkSettings(projectRoot, work.toAbsolutePath(), List.copyOf(corpusSizes), seed, YearRange.parse(years),
        accuracySize, heap, changed, !noSpark);
  }

  private String command() {
    List<String> arguments = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    int root = arguments.indexOf("--project-root");
    if (root >= 0) {
      arguments.subList(root, root + 2).clear(); // the launcher adds it
    }
    return ("jobs/benchmark " + String.join(" ", arguments)).strip();
  }
}
