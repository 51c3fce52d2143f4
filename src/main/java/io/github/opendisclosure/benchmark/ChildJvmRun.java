package io.github.opendisclosure.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one of the project's launchers ({@code jobs/ingest}, ...) as its own JVM with a capped heap,
 * the way a user runs it, and measures it from the outside: wall time from start to exit (JVM and
 * Spark start included), the peak heap in use from its GC log (the heap just before the fullest
 * collection; garbage-collector logs are written by the JVM itself, so nothing in the job changes),
 * and its peak resident memory (VmHWM of {@code /proc/PID/status}, polled while it runs).
 */
final class ChildJvmRun {

  /**
   * The heap before and after a pause, as every collector logs it: "GC(3) Pause Young (Allocation Failure)
   * 310M->45M(1963M) 12.3ms" from the parallel collector the launchers choose, "(G1 Evacuation Pause)" from G1.
   */
  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
  private static final long POLL_MILLIS = 200;

  /** What a run gave: its exit code, time, memory and the last lines it printed. */
  record Result(int exitCode, double seconds, long peakHeapBytes, long peakRssBytes, List<String> output) {
    String lastLine() {
      return output.isEmpty() ? "" : output.get(output.size() - 1);
    }
  }

  private ChildJvmRun() {}

  static Result run(Path projectRoot, String heap, Path logFolder, String name, List<String> command)
      throws IOException, InterruptedException {
    Files.createDirectories(logFolder);
    Path gcLog = logFolder.resolve(name + "-gc.log");
    Path outputLog = logFolder.resolve(name + ".log");
    Files.deleteIfExists(gcLog);
    ProcessBuilder builder = new ProcessBuilder(command).directory(projectRoot.toFile())
        .redirectErrorStream(true).redirectOutput(outputLog.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("JAVA_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog.toAbsolutePath());
    long started = System.nanoTime();
    Process process = builder.start();
    long peakRss = -1;
    // The launcher execs java, so the process is the JVM itself.
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    while (process.isAlive()) {
      peakRss = Math.max(peakRss, residentPeak(status));
      process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<String> output = Files.readAllLines(outputLog, StandardCharsets.UTF_8);
    return new Result(process.exitValue(), seconds, peakHeapFromGcLog(gcLog), peakRss,
        output.subList(Math.max(0, output.size() - 20), output.size()));
  }

  /** The largest heap occupancy any collection started from, in bytes; -1 without a log. */
  static long peakHeapFromGcLog(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return -1;
    }
    long peak = -1;
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher matcher = GC_HEAP.matcher(line);
      if (matcher.find()) {
        peak = Math.max(peak, bytes(matcher.group(1), matcher.group(2)));
      }
    }
    return peak;
  }

  private static long bytes(String number, String unit) {
    long value = Long.parseLong(number);
    return switch (unit) {
      case "K" -> value << 10;
      case "M" -> value << 20;
      default -> value << 30;
    };
  }

  private static long residentPeak(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        Matcher matcher = VM_HWM.matcher(line);
        if (matcher.matches()) {
          return Long.parseLong(matcher.group(1)) << 10;
        }
      }
    } catch (IOException e) {
      // The process exited between two polls: its last reading stands.
    }
    return -1;
  }

  /**
   * The command that runs {@code mainClass} as the launchers of {@code jobs/} run a Spark job: the same
   * JVM options, class path and {@code conf/pipeline.conf}.
   */
  static List<String> sparkMain(Path projectRoot, Class<?> mainClass, String... arguments) {
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "source \"$0/jobs/_launcher.sh\" && run_spark_job \"$@\"", projectRoot.toString(), mainClass.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  /** The command that runs a launcher of {@code jobs/} with its arguments. */
  static List<String> launcher(Path projectRoot, String job, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(projectRoot.resolve("jobs").resolve(job).toString());
    command.addAll(List.of(arguments));
    return command;
  }
}
