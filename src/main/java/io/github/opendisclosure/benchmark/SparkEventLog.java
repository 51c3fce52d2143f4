package io.github.opendisclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Reads the event logs a Spark child JVM wrote ({@code spark.eventLog.enabled}): how long the jobs with
 * a given description ran, from submission to completion, as the Spark UI shows them. That separates
 * one step of a job (the extraction of the ingest) from the JVM's start and the Delta writes around it.
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
    double seconds = 0;
    boolean found = false;
    try (Stream<Path> logs = Files.list(folder)) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            JsonNode event = JSON.readTree(line);
            String kind = event.path("Event").asText();
            long job = event.path("Job ID").asLong();
            if (kind.equals("SparkListenerJobStart")
                && description.equals(event.path("Properties").path("spark.job.description").asText(null))) {
              submitted.put(job, event.path("Submission Time").asLong());
            } else if (kind.equals("SparkListenerJobEnd") && submitted.containsKey(job)) {
              seconds += (event.path("Completion Time").asLong() - submitted.get(job)) / 1e3;
              found = true;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Spark event logs in " + folder, e);
    }
    return found ? OptionalDouble.of(seconds) : OptionalDouble.empty();
  }
}
