package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.SparkSessions;
import io.github.opendisclosure.lakehouse.ReportIngestion;
import io.github.opendisclosure.lakehouse.ScopedSessionSettings;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The benchmark's child JVM that runs the ingest's Spark extraction twice over the same files, writing
 * nothing: the first pass as a fresh JVM runs it, the JIT compiler busy beside the tasks, and the second
 * in steady state, as a long ingest spends most of its time. It prints {@link #resultLine}.
 */
@Command(name = "spark-extraction-passes", hidden = true)
public final class SparkExtractionPasses implements Callable<Integer> {

  private static final Pattern NUMBER = Pattern.compile("[0-9]+\\.[0-9]+");
  private static final String RESULT_PREFIX = "passes:";
  private static final String RESULT_FORMAT = RESULT_PREFIX + " cold %.3f s (JIT %.3f s), warm %.3f s (JIT %.3f s)";

  @Mixin
  JobOptions options;

  @Spec
  CommandSpec spec;

  /** Wall seconds of one pass, and the seconds of JIT compiling meanwhile (summed over its threads). */
  record Pass(double seconds, double compilerSeconds) {}

  record Passes(Pass cold, Pass warm) {}

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new SparkExtractionPasses(), args));
  }

  @Override
  public Integer call() {
    String input = options.configuration().existingInput();
    try (SparkSession spark = SparkSessions.create("disclosure-extraction-passes", options.configuration())) {
      Dataset<Row> extracted = ReportIngestion.extractedRowsOf(spark, input);
      // Cold first, then warm, run as the ingest runs its queries.
      Passes passes = ScopedSessionSettings.runWith(spark, ReportIngestion.INTERPRETED_EXECUTION,
          () -> new Passes(timed(extracted), timed(extracted)));
      spec.commandLine().getOut().println(resultLine(passes));
    }
    return 0;
  }

  static String resultLine(Passes passes) {
    return String.format(Locale.ROOT, RESULT_FORMAT, passes.cold().seconds(), passes.cold().compilerSeconds(),
        passes.warm().seconds(), passes.warm().compilerSeconds());
  }

  /** The passes from the child's output: its result line, wherever Spark's own lines put it. */
  static Passes parse(List<String> output) {
    String line = output.stream().filter(printed -> printed.startsWith(RESULT_PREFIX)).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalArgumentException("no line starting with '" + RESULT_PREFIX + "' in: " + output));
    Matcher numbers = NUMBER.matcher(line);
    double[] values = new double[4];
    for (int i = 0; i < values.length; i++) {
      if (!numbers.find()) {
        throw new IllegalArgumentException("not a result line: " + line);
      }
      values[i] = Double.parseDouble(numbers.group());
    }
    return new Passes(new Pass(values[0], values[1]), new Pass(values[2], values[3]));
  }

  /** One pass: Spark's no-op sink pulls every row. */
  private static Pass timed(Dataset<Row> extracted) {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    long compiledBefore = compiler.getTotalCompilationTime();
    long started = System.nanoTime();
    extracted.write().format("noop").mode("overwrite").save();
    return new Pass((System.nanoTime() - started) / 1e9, (compiler.getTotalCompilationTime() - compiledBefore) / 1e3);
  }
}
