package io.github.opendisclosure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A job's {@code main} run in a JVM of its own, for tests that kill a run midway or start two at once:
 * the test's class path and the test JVM's own module openings (the ones Spark needs on Java 17,
 * surefire's argLine), a small heap, and its output in a file the test can show when it fails.
 */
public final class ChildJvm implements AutoCloseable {

  private static final String HEAP = "-Xmx1g";
  /**
   * For a JVM that runs a job on a few sample files while other tests run: C2's compiling and G1's
   * parallel threads would pay off only in a longer run, and take CPU from the tests beside it (two cores
   * on CI). A pipeline run on the sample reports used 164 CPU-seconds with the defaults, 113 with these.
   */
  public static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code mainClass} with {@code args}; stdout and stderr go to {@code output}. */
  public static ChildJvm start(Class<?> mainClass, Path output, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.addAll(SHORT_RUN_OPTIONS);
    command.addAll(moduleOptionsOfThisJvm());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      return new ChildJvm(builder.start(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Spark arguments every child job gets: a small local Spark like the test session's. */
  public static List<String> localSparkArguments() {
    return List.of("--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=2",
        "--conf", "spark.databricks.delta.snapshotPartitions=2");
  }

  /**
   * Waits until {@code condition} holds, polling often so that the test acts within milliseconds of
   * the progress it watches for. Returns false when the process ended first or the time ran out.
   */
  public boolean awaitWhileRunning(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!process.isAlive()) {
        return condition.getAsBoolean();
      }
      Thread.sleep(5);
    }
    return false;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the JVM at once (SIGKILL: no shutdown hook, no finally block runs) and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The exit code, waiting at most {@code timeout}; the process is killed when it has not ended by then. */
  public int exitCode(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new AssertionError("The child JVM did not end within " + timeout + "; its output:\n" + output());
    }
    return process.exitValue();
  }

  /** Everything the child printed. */
  public String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Asks the JVM to stop (SIGTERM, so shutdown hooks release what it holds), killing it after a minute. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /** The flags Spark needs on Java 17, as surefire passed them to this JVM (pom.xml's spark.java17.options). */
  private static List<String> moduleOptionsOfThisJvm() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(argument -> argument.startsWith("--add-opens") || argument.startsWith("--add-exports")
            || argument.equals("-XX:+IgnoreUnrecognizedVMOptions") || argument.startsWith("-Djdk.reflect."))
        .toList();
  }
}
