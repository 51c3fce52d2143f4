package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.assessment.AssessJob;
import io.github.opendisclosure.benchmark.BenchmarkJob;
import io.github.opendisclosure.catalog.SqlServer;
import io.github.opendisclosure.extract.ExtractJob;
import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.pipeline.PipelineJob;
import io.github.opendisclosure.pipeline.RefreshJob;
import io.github.opendisclosure.publish.PublishJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every job entry point answers a mistake in its call (a mistyped flag, a bad value, a missing or
 * broken configuration file, a path that does not exist) with exit code 2 and one line on stderr
 * saying what is wrong: no usage dump, no stack trace, and no Spark session started.
 */
class JobCommandLineTest {

  @TempDir
  static Path folder;

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("mistakes")
  void aMistakeInTheCallIsOneLineAndExitCodeTwo(String job, List<String> arguments, String expectedLine,
      Supplier<Object> command) {
    assertMistake(command, arguments, expectedLine);
  }

  @Test
  void aPortAnotherProgramListensOnIsOneLineAndExitCodeTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());
      List<String> arguments = List.of("--lakehouse", folder.resolve("served").toString(), "--host", "127.0.0.1",
          "--port", port);
      assertMistake(SqlServer::new, arguments, "error: Cannot listen on 127.0.0.1:" + port
          + " (Address already in use): another program may be serving there; give another --port or --host");
    }
  }

  private static void assertMistake(Supplier<Object> command, List<String> arguments, String expectedLine) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command.get());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));

    int exitCode = JobCommandLine.execute(commandLine, arguments.toArray(String[]::new));

    assertEquals(JobCommandLine.USER_ERROR, exitCode, err.toString());
    assertEquals(List.of(expectedLine), err.toString().lines().toList());
    assertEquals("", out.toString());
  }

  static Stream<Arguments> mistakes() throws IOException {
    Path missingConfig = folder.resolve("missing.conf");
    Path brokenConfig = Files.writeString(folder.resolve("broken.conf"), "input = \\uZZZZ\n", StandardCharsets.UTF_8);
    Path sentenceConfig = Files.writeString(folder.resolve("sentence.conf"),
        "# a comment \\\nlakehouse = /tmp/lh\nlong.value = a, \\\n  b\nthis line is broken\n", StandardCharsets.UTF_8);
    Path noLakehouseConfig = Files.writeString(folder.resolve("no-lakehouse.conf"), "lakehouse =\n");
    Path typoConfig = Files.writeString(folder.resolve("typo.conf"), "publish.kep = 3\n");
    String ownSettings = "the pipeline's own settings are assessment.output, assessment.rubric, catalog.database,"
        + " catalog.metastore, input, lakehouse, publish.keep, publish.output, sql.server.host, sql.server.port"
        + " (conf/pipeline.conf says what each does); Spark's start with spark.";
    String missingFolder = folder.resolve("no-such-folder").toString();
    String emptyLakehouse = Files.createDirectories(folder.resolve("empty-lakehouse")).toString();

    List<Arguments> mistakes = new ArrayList<>();
    for (SparkJob job : SparkJob.values()) {
      mistakes.add(mistake(job, List.of("--bogus"), "error: Unknown option: '--bogus' (--help lists the options)"));
      mistakes.add(mistake(job, List.of("--conf", "spark.sql.shuffle.partitions"),
          "error: Value for option option '--conf' (KEY=VALUE) should be in KEY=VALUE format but was "
              + "spark.sql.shuffle.partitions (--help lists the options)"));
      mistakes.add(mistake(job, List.of("--config", missingConfig.toString()),
          "error: Configuration file not found: " + missingConfig));
      mistakes.add(mistake(job, List.of("--config", brokenConfig.toString()),
          "error: Cannot read configuration file " + brokenConfig + ": Malformed \\uxxxx encoding."));
      mistakes.add(mistake(job, List.of("--config", sentenceConfig.toString()),
          "error: " + sentenceConfig + ":5: expected 'key = value', found 'this line is broken'"));
      // With paths no job could run on, should the typo get through.
      List<String> nowhere = List.of("--input", missingFolder, "--lakehouse", emptyLakehouse);
      mistakes.add(mistake(job, concat(nowhere, List.of("--conf", "lakehose=/tmp/lakehouse")),
          "error: Unknown setting 'lakehose' in --conf: " + ownSettings));
      mistakes.add(mistake(job, concat(nowhere, List.of("--config", typoConfig.toString())),
          "error: Unknown setting 'publish.kep' in configuration file " + typoConfig + ": " + ownSettings));
      mistakes.add(mistake(job, List.of("--config", noLakehouseConfig.toString()),
          "error: The setting 'lakehouse' is missing: give it in a --config file or as a flag"));
    }
    Path aFile = Files.writeString(folder.resolve("a-file.txt"), "not a folder\n");
    for (SparkJob job : SparkJob.values()) {
      mistakes.add(mistake(job, List.of("--lakehouse", aFile.toString()),
          "error: The lakehouse " + aFile + " is a file; give the folder of the Delta tables (a new one is created)"));
    }
    mistakes.add(Arguments.of("assess", List.of("--year", "2024", "--output", aFile.toString()),
        "error: --output " + aFile + " is a file; give the folder of the workbook and CSV files (a new one is created)",
        (Supplier<Object>) AssessJob::new));
    mistakes.add(Arguments.of("publish", List.of("--output", aFile.toString()),
        "error: --output " + aFile + " is a file; give the folder of the dashboard exports (a new one is created)",
        (Supplier<Object>) PublishJob::new));
    for (SparkJob job : List.of(SparkJob.INGEST, SparkJob.PIPELINE)) {
      mistakes.add(mistake(job, List.of("--input", missingFolder), "error: Input folder not found: " + missingFolder));
      mistakes.add(mistake(job, List.of("--input", aFile.toString()), "error: The input " + aFile
          + " is a file; give the folder of the reports (jobs/extract --input reads one file)"));
      mistakes.add(mistake(job, List.of("--lakehouse", aFile.resolve("lakehouse").toString()),
          "error: The lakehouse " + aFile.resolve("lakehouse") + " cannot be created: " + aFile + " is a file"));
    }
    mistakes.add(mistake(SparkJob.INDICATORS, List.of("--lakehouse", emptyLakehouse),
        "error: No reports table at " + emptyLakehouse + "/reports: run jobs/ingest first"));
    mistakes.add(Arguments.of("extract", List.of("--output", "x.jsonl"),
        "error: Missing required option: '--input=DIR|FILE' (--help lists the options)", (Supplier<Object>) ExtractJob::new));
    mistakes.add(Arguments.of("extract", List.of("--input", "data/sample-reports", "--output", folder.toString()),
        "error: --output " + folder + " is a folder; give the JSON Lines file to write, e.g. records.jsonl",
        (Supplier<Object>) ExtractJob::new));
    mistakes.add(Arguments.of("extract", List.of("--inptu", "data/sample-reports"),
        "error: Unknown option: '--inptu' (--help lists the options)", (Supplier<Object>) ExtractJob::new));
    mistakes.add(Arguments.of("extract", List.of("--input"),
        "error: Missing required parameter for option '--input' (DIR|FILE) (--help lists the options)",
        (Supplier<Object>) ExtractJob::new));
    mistakes.add(Arguments.of("publish", List.of("--keep", "-1"),
        "error: --keep takes how many exports to keep (0 keeps every one), not '-1'", (Supplier<Object>) PublishJob::new));
    // Each with a tiny corpus, a scratch folder and a report of its own: a check that let a mistake
    // through would run a small benchmark in the test's folder, not the project's.
    String work = folder.resolve("benchmark").toString();
    String report = folder.resolve("BENCHMARKS.md").toString();
    mistakes.add(benchmarkMistake(List.of("--work", aFile.toString(), "--output", report),
        "error: --work " + aFile + " is a file; give the folder of the corpora and lakehouses (a new one is created)"));
    mistakes.add(benchmarkMistake(List.of("--work", work, "--output", folder.toString()),
        "error: --output " + folder + " is a folder; give the report's file, e.g. BENCHMARKS.md"));
    mistakes.add(benchmarkMistake(List.of("--work", work, "--output", report, "--heap", "2 GiB"),
        "error: --heap takes a size as java -Xmx does, e.g. 2g or 4096m, not '2 GiB'"));
    mistakes.add(Arguments.of("refresh", List.of("--conf", "publish.keep=all"),
        "error: publish.keep takes how many exports to keep (0 keeps every one), not 'all'",
        (Supplier<Object>) RefreshJob::new));
    return mistakes.stream();
  }

  /** A job whose work throws what it is given, as a Spark job's would. */
  @CommandLine.Command(name = "failing")
  static final class FailingJob implements java.util.concurrent.Callable<Integer> {
    private final Supplier<Throwable> failure;

    FailingJob(Supplier<Throwable> failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      Throwable thrown = failure.get();
      if (thrown instanceof Error error) {
        throw error;
      }
      throw (Exception) thrown;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aFailureIsOneLineAndOneThatRanOutOfMemorySaysHowToGiveItMore(String name, Supplier<Throwable> failure, List<String> expectedLines) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new FailingJob(failure));
    commandLine.setErr(new PrintWriter(err));

    assertEquals(JobCommandLine.FAILURE, JobCommandLine.execute(commandLine));
    assertEquals(expectedLines, err.toString().lines().toList());
  }

  static Stream<Arguments> failures() {
    String debugHint = "(set DISCLOSURE_DEBUG=1 for the stack trace)";
    return Stream.of(
        Arguments.of("heap exhausted on the job's thread", (Supplier<Throwable>) () -> new OutOfMemoryError("Java heap space"),
            List.of("error: failing failed: Java heap space", JobCommandLine.OUT_OF_MEMORY_HINT, debugHint)),
        Arguments.of("a class that could not initialize", (Supplier<Throwable>) () -> new ExceptionInInitializerError(
                new IllegalArgumentException("spark.sql.shuffle.partitions should be int, but was abc")),
            List.of("error: failing failed: spark.sql.shuffle.partitions should be int, but was abc", debugHint)),
        Arguments.of("a task's memory, inside Spark's job failure",
            (Supplier<Throwable>) () -> new IllegalStateException("Job aborted due to stage failure",
                new OutOfMemoryError("[UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 16384 bytes of memory, got 0.")),
            List.of("error: failing failed: [UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 16384 bytes of memory, got 0.",
                JobCommandLine.OUT_OF_MEMORY_HINT, debugHint)),
        Arguments.of("a file the JVM names without a reason",
            (Supplier<Throwable>) () -> new UncheckedIOException(new AccessDeniedException("/proc/reports")),
            List.of("error: failing failed: /proc/reports: permission denied", debugHint)),
        Arguments.of("any other failure", (Supplier<Throwable>) () -> new IllegalStateException("disk full"),
            List.of("error: failing failed: disk full", debugHint)));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Arguments benchmarkMistake(List<String> arguments, String expectedLine) {
    List<String> all = new ArrayList<>(List.of("--project-root", ".", "--no-spark", "--sizes", "10"));
    all.addAll(arguments);
    return Arguments.of("benchmark", all, expectedLine, (Supplier<Object>) BenchmarkJob::new);
  }

  private static Arguments mistake(SparkJob job, List<String> arguments, String expectedLine) {
    return Arguments.of(job.name().toLowerCase(java.util.Locale.ROOT), arguments, expectedLine, job.command);
  }

  /** The jobs that run in a Spark session and share the options of {@link JobOptions}. */
  private enum SparkJob {
    INGEST(IngestJob::new),
    INDICATORS(IndicatorsJob::new),
    PIPELINE(PipelineJob::new);

    private final Supplier<Object> command;

    SparkJob(Supplier<Object> command) {
      this.command = command;
    }
  }
}
