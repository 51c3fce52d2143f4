package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.CorpusFolder;
import io.github.opendisclosure.corpus.CorpusFolder.WrittenCorpus;
import io.github.opendisclosure.corpus.CorpusGenerator;
import io.github.opendisclosure.corpus.GeneratedReport;
import io.github.opendisclosure.lakehouse.ReportIngestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs every stage on every corpus of the settings, in one run: generation, the raw read, the
 * extractor alone (scored on the accuracy corpus), then each Spark stage as its own JVM through the
 * project's launchers (ingest, indicators, assessment) with its event log, DuckDB on the same reports;
 * on the largest corpus, the ingest again on one core, which checks the cluster extrapolation; and, on the
 * refresh corpus, the scheduled refresh: once over the ingested lakehouse (it assesses every year and
 * publishes, as the first night would), then again after some reports changed.
 */
final class BenchmarkRunner {

  static final String GENERATE = "generate corpus (all cores)";
  static final String RAW_READ = "raw read (1 thread)";
  static final String EXTRACTION = "extraction alone (1 thread)";
  static final String INGEST = "Spark extract + ingest (jobs/ingest)";
  static final String INGEST_ONE_CORE = "Spark extract + ingest on 1 core (jobs/ingest --master local[1])";
  static final String SPARK_EXTRACTION = "Spark extraction job (in jobs/ingest)";
  static final String SPARK_EXTRACTION_COLD = "Spark extraction alone, first pass";
  static final String SPARK_EXTRACTION_WARM = "Spark extraction alone, second pass";
  static final String INDICATORS = "indicators (jobs/indicators --full)";
  static final String ASSESSMENT = "assessment (jobs/assess)";
  static final String DUCKDB = "DuckDB group indicators";
  static final String FIRST_REFRESH = "first refresh (jobs/refresh)";
  static final String REFRESH = "incremental refresh (jobs/refresh)";
  static final String REFRESH_LATEST_YEAR = "incremental refresh, latest year only (jobs/refresh)";

  private final BenchmarkSettings settings;
  private final PrintWriter progress;
  private final Consumer<List<CorpusRun>> afterEachStage;
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final List<CorpusRun> finished = new ArrayList<>();

  /** {@code afterEachStage} gets every figure so far, so that a run stopped midway still leaves its figures. */
  BenchmarkRunner(BenchmarkSettings settings, PrintWriter progress, Consumer<List<CorpusRun>> afterEachStage) {
    this.settings = settings;
    this.progress = progress;
    this.afterEachStage = afterEachStage;
  }

  List<CorpusRun> run() throws IOException, InterruptedException, SQLException {
    for (int size : settings.sizes()) {
      finished.add(runCorpus(size));
    }
    return List.copyOf(finished);
  }

  private CorpusRun runCorpus(int size) throws IOException, InterruptedException, SQLException {
    List<StageMeasurement> stages = new ArrayList<>();
    Map<String, SparkTaskTimes> sparkTasks = new LinkedHashMap<>();
    Path corpusFolder = settings.work().resolve("corpus-" + size);
    CorpusGenerator generator = new CorpusGenerator(settings.seed(), settings.years().first(), settings.years().last(), size);
    deleteRecursively(corpusFolder);
    PeakHeap.reset();
    long started = System.nanoTime();
    WrittenCorpus corpus = CorpusFolder.write(generator, corpusFolder, cores, settings.seed(), settings.years().toString());
    stages.add(report(new StageMeasurement(GENERATE, size, (System.nanoTime() - started) / 1e9, size, corpus.rawBytes(),
        -1, PeakHeap.bytes(), -1, cores + " threads, reports and ground truth written")));

    stages.add(report(RawReadStage.run(CorpusFiles.of(corpusFolder), size)));
    ExtractionStage.Result extraction = ExtractionStage.run(corpusFolder, size, size == settings.accuracySize());
    stages.add(report(extraction.measurement()));
    Runnable soFar = () -> {
      List<CorpusRun> runs = new ArrayList<>(finished);
      runs.add(new CorpusRun(size, corpus, List.copyOf(stages), extraction, Map.copyOf(sparkTasks)));
      afterEachStage.accept(runs);
    };
    soFar.run();
    if (settings.sparkStages()) {
      sparkStages(size, corpusFolder, generator, stages, sparkTasks, soFar);
    }
    return new CorpusRun(size, corpus, List.copyOf(stages), extraction, Map.copyOf(sparkTasks));
  }

  private void sparkStages(int size, Path corpusFolder, CorpusGenerator generator, List<StageMeasurement> stages,
      Map<String, SparkTaskTimes> sparkTasks, Runnable soFar) throws IOException, InterruptedException, SQLException {
    Path lakehouse = settings.work().resolve("lakehouse-" + size);
    Path logs = settings.work().resolve("logs-" + size);
    deleteRecursively(lakehouse);
    String input = corpusFolder.resolve(CorpusFolder.REPORTS).toString();
    stages.add(report(sparkChild(INGEST, size, logs, "ingest", sparkTasks, "ingest", "--input", input,
        "--lakehouse", lakehouse.toString())));
    SparkEventLog.secondsOfJobsDescribed(eventsOf(logs, "ingest"), ReportIngestion.EXTRACTION_JOB).ifPresent(seconds ->
        stages.add(report(new StageMeasurement(SPARK_EXTRACTION, size, seconds, size, 0, -1, -1, -1,
            "the ingest's Spark job that reads and extracts every file, on all cores, from its event log"))));
    soFar.run();
    extractionPasses(size, logs, input).forEach(stage -> stages.add(report(stage)));
    soFar.run();
    if (size == settings.refreshSize()) {
      // The cluster extrapolation's check: the same ingest on one core, against what its model predicts.
      Path oneCoreLakehouse = settings.work().resolve("lakehouse-" + size + "-one-core");
      deleteRecursively(oneCoreLakehouse);
      stages.add(report(sparkChild(INGEST_ONE_CORE, size, logs, "ingest-one-core", sparkTasks, "ingest",
          "--master", "local[1]", "--input", input, "--lakehouse", oneCoreLakehouse.toString())));
      deleteRecursively(oneCoreLakehouse);
      soFar.run();
    }
    stages.add(report(sparkChild(INDICATORS, size, logs, "indicators", sparkTasks, "indicators",
        "--lakehouse", lakehouse.toString(), "--full")));
    soFar.run();
    stages.add(report(DuckDbStage.run(lakehouse, size, cores)));
    soFar.run();
    stages.add(report(sparkChild(ASSESSMENT, size, logs, "assess", sparkTasks, "assess", "--lakehouse",
        lakehouse.toString(), "--year", settings.years().toString(), "--output",
        settings.work().resolve("assessment-" + size).toString())));
    soFar.run();
    if (size == settings.refreshSize() && settings.changedReports() > 0) {
      String dashboards = settings.work().resolve("dashboard-" + size).toString();
      stages.add(report(child(FIRST_REFRESH, size, logs, "first-refresh", "refresh", "--quiet", "--input", input,
          "--lakehouse", lakehouse.toString(), "--output", dashboards)));
      soFar.run();
      List<Integer> spread = spreadOver(IntStream.range(0, generator.size()).boxed().toList());
      List<Integer> latestYear = spreadOver(IntStream.range(0, generator.size())
          .filter(index -> generator.yearOf(index) == settings.years().last()).boxed().toList());
      try {
        changeReports(generator, corpusFolder, spread, 1);
        stages.add(report(child(REFRESH, size, logs, "refresh", "refresh", "--quiet", "--input", input,
            "--lakehouse", lakehouse.toString(), "--output", dashboards)));
        soFar.run();
        // New and corrected reports of the latest year: what a nightly refresh mostly sees.
        changeReports(generator, corpusFolder, latestYear, 2);
        stages.add(report(child(REFRESH_LATEST_YEAR, size, logs, "refresh-latest-year", "refresh", "--quiet",
            "--input", input, "--lakehouse", lakehouse.toString(), "--output", dashboards)));
        soFar.run();
      } finally {
        // The corpus stays the one its seed gives.
        changeReports(generator, corpusFolder, spread, 0);
        changeReports(generator, corpusFolder, latestYear, 0);
      }
    }
  }

  /** {@link BenchmarkSettings#changedReports} of the indices, spread evenly over them. */
  private List<Integer> spreadOver(List<Integer> indices) {
    int count = Math.min(settings.changedReports(), indices.size());
    return IntStream.range(0, count).mapToObj(i -> indices.get((int) ((long) i * indices.size() / count))).toList();
  }

  /**
   * The extraction in Spark on its own, twice in one JVM: the second pass shows the steady state the
   * first reaches once the JIT compiler is done, which shares the cores with the tasks before that.
   */
  private List<StageMeasurement> extractionPasses(int size, Path logs, String input)
      throws IOException, InterruptedException {
    progress.printf("  %s ...%n", SPARK_EXTRACTION_WARM);
    progress.flush();
    ChildJvmRun.Result result = ChildJvmRun.run(settings.projectRoot(), settings.childHeap(), logs, "extraction-passes",
        ChildJvmRun.sparkMain(settings.projectRoot(), SparkExtractionPasses.class, "--input", input));
    if (result.exitCode() != 0) {
      return List.of(new StageMeasurement(SPARK_EXTRACTION_WARM, size, result.seconds(), 0, 0, -1, -1, -1,
          StageMeasurement.failureNote(result.exitCode(), result.lastLine())));
    }
    SparkExtractionPasses.Passes passes = SparkExtractionPasses.parse(result.output());
    return List.of(
        new StageMeasurement(SPARK_EXTRACTION_COLD, size, passes.cold().seconds(), size, 0, -1, -1, -1, String.format(
            Locale.ROOT, "all cores, a fresh JVM, nothing written; JIT compiling %.0f s meanwhile", passes.cold().compilerSeconds())),
        new StageMeasurement(SPARK_EXTRACTION_WARM, size, passes.warm().seconds(), size, 0, -1, -1, -1, String.format(
            Locale.ROOT, "the same files again in the same JVM; JIT compiling %.0f s meanwhile", passes.warm().compilerSeconds())));
  }

  /** Rewrites the reports of {@code indices} with another revision of their figures. */
  private static void changeReports(CorpusGenerator generator, Path corpusFolder, List<Integer> indices, int revision) {
    for (int index : indices) {
      GeneratedReport report = generator.revisedReport(index, revision);
      CorpusFolder.writeReport(report, corpusFolder.resolve(CorpusFolder.REPORTS), corpusFolder.resolve(CorpusFolder.EXPECTED));
    }
  }

  private StageMeasurement child(String stage, int size, Path logs, String logName, String job, String... arguments)
      throws IOException, InterruptedException {
    progress.printf("  %s ...%n", stage);
    progress.flush();
    ChildJvmRun.Result result = ChildJvmRun.run(settings.projectRoot(), settings.childHeap(), logs, logName,
        ChildJvmRun.launcher(settings.projectRoot(), job, arguments));
    String note = "own JVM, -Xmx" + settings.childHeap() + ", JVM and Spark start included"
        + (result.exitCode() == 0 ? "" : "; " + StageMeasurement.failureNote(result.exitCode(), result.lastLine()));
    return new StageMeasurement(stage, size, result.seconds(), size, 0, -1, result.peakHeapBytes(), result.peakRssBytes(),
        note);
  }

  /** A Spark stage's child JVM with its event log, whose tasks go into {@code sparkTasks} when it succeeds. */
  private StageMeasurement sparkChild(String stage, int size, Path logs, String logName,
      Map<String, SparkTaskTimes> sparkTasks, String job, String... arguments) throws IOException, InterruptedException {
    Path events = eventsOf(logs, logName);
    deleteRecursively(events);
    List<String> withEventLog = new ArrayList<>(List.of(arguments));
    withEventLog.addAll(SparkEventLog.settingsWritingInto(events));
    StageMeasurement measured = child(stage, size, logs, logName, job, withEventLog.toArray(String[]::new));
    if (!measured.failed()) {
      sparkTasks.put(stage, SparkEventLog.taskTimes(events));
    }
    return measured;
  }

  private static Path eventsOf(Path logs, String logName) {
    return logs.resolve(logName + "-events");
  }

  private StageMeasurement report(StageMeasurement measurement) {
    progress.println(String.format(Locale.ROOT, "%,9d reports  %-40s %8.1f s  %s", measurement.corpusReports(),
        measurement.stage(), measurement.seconds(), measurement.failed() ? measurement.note()
            : String.format(Locale.ROOT, "%,10.0f reports/s", measurement.itemsPerSecond())));
    progress.flush();
    return measurement;
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
