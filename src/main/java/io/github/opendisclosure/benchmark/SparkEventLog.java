package io.github.opendisclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the event logs a Spark child JVM wrote ({@code spark.eventLog.enabled}): how long the jobs with
 * a given description ran, from submission to completion, as the Spark UI shows them, which separates
 * one step of a job (the extraction of the ingest) from the JVM's start and the Delta writes around it;
 * and what the tasks did, which the cluster extrapolation spreads over more cores.
 */
final class SparkEventLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkEventLog() {}

  /** The Spark settings that make a child JVM write its event log into {@code folder}. */
  static List<String> settingsWritingInto(Path folder) throws IOException {
    Files.createDirectories(folder);
    return List.of("--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=" + folder.toUri());
  }

  /** Seconds the jobs described as {@code description} took together in the logs under {@code folder}. */
  static OptionalDouble secondsOfJobsDescribed(Path folder, String description) {
    Map<Long, Long> submitted = new HashMap<>();
    double[] seconds = {0};
    boolean[] found = {false};
    forEachEvent(folder, "SparkListenerJob", event -> {
      String kind = event.path("Event").asText();
      long job = event.path("Job ID").asLong();
      if (kind.equals("SparkListenerJobStart")
          && description.equals(event.path("Properties").path("spark.job.description").asText(null))) {
        submitted.put(job, event.path("Submission Time").asLong());
      } else if (kind.equals("SparkListenerJobEnd") && submitted.containsKey(job)) {
        seconds[0] += (event.path("Completion Time").asLong() - submitted.get(job)) / 1e3;
        found[0] = true;
      }
    });
    return found[0] ? OptionalDouble.of(seconds[0]) : OptionalDouble.empty();
  }

  /** What the tasks in the logs under {@code folder} did, Spark stage by Spark stage. */
  static SparkTaskTimes taskTimes(Path folder) {
    Map<String, StageTally> stages = new HashMap<>();
    List<long[]> intervals = new ArrayList<>();
    forEachEvent(folder, "SparkListenerTaskEnd", event -> {
      if (!event.path("Event").asText().equals("SparkListenerTaskEnd")) {
        return;
      }
      long launched = event.path("Task Info").path("Launch Time").asLong();
      long finished = event.path("Task Info").path("Finish Time").asLong();
      intervals.add(new long[] {launched, finished});
      stages.computeIfAbsent(event.path("Stage ID").asText() + "." + event.path("Stage Attempt ID").asText(),
          attempt -> new StageTally()).add(launched, finished);
    });
    List<SparkTaskTimes.StageTasks> inOrder = stages.values().stream()
        .sorted(Comparator.comparingLong(stage -> stage.firstLaunch))
        .map(stage -> new SparkTaskTimes.StageTasks(stage.tasks, stage.millis / 1e3)).toList();
    return new SparkTaskTimes(unionMillis(intervals) / 1e3, inOrder);
  }

  /** The tasks of one stage attempt seen so far. */
  private static final class StageTally {
    long firstLaunch = Long.MAX_VALUE;
    int tasks;
    long millis;

    void add(long launched, long finished) {
      firstLaunch = Math.min(firstLaunch, launched);
      tasks++;
      millis += finished - launched;
    }
  }

  /** How long at least one of the intervals covers. */
  private static long unionMillis(List<long[]> intervals) {
    intervals.sort(Comparator.comparingLong(interval -> interval[0]));
    long covered = 0;
    long coveredUntil = Long.MIN_VALUE;
    for (long[] interval : intervals) {
      long from = Math.max(interval[0], coveredUntil);
      if (interval[1] > from) {
        covered += interval[1] - from;
      }
      coveredUntil = Math.max(coveredUntil, interval[1]);
    }
    return covered;
  }

  /**
   * Every event of the logs under {@code folder} whose line contains {@code marker}: a log holds
   * hundreds of megabytes of query plans that no caller here reads, so only the lines that may matter
   * are parsed.
   */
  private static void forEachEvent(Path folder, String marker, Consumer<JsonNode> action) {
    try (Stream<Path> logs = Files.list(folder)) {
      for (Path log : logs.filter(Files::isRegularFile).sorted().toList()) {
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.contains(marker)) {
              action.accept(JSON.readTree(line));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Spark event logs in " + folder, e);
    }
  }
}
