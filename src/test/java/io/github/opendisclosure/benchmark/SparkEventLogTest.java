package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job and task times read back from an event log in Spark's format, lines as Spark 3.5 writes them. */
class SparkEventLogTest {

  @Test
  void addsTheTimeOfEveryJobWithTheDescriptionAndOnlyThose(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("local-1"), List.of(
        "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"ingest\",\"Timestamp\":1000}",
        job(1, 2_000, "extract"), end(1, 5_500),
        job(2, 6_000, "MERGE operation - materialize source"), end(2, 9_000),
        job(3, 10_000, "extract"), end(3, 10_250),
        "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":4,\"Submission Time\":11000,\"Properties\":{}}", end(4, 12_000)));

    assertEquals(3.75, SparkEventLog.secondsOfJobsDescribed(folder, "extract").orElseThrow(), 1e-9);
    assertTrue(SparkEventLog.secondsOfJobsDescribed(folder, "hash").isEmpty());
  }

  @Test
  void addsEachStageAttemptsTaskTimesAndTheTimeAnyTaskRan(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("local-1"), List.of(
        "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"ingest\",\"Timestamp\":500}",
        task(1, 0, 5_000, 6_000),
        task(0, 0, 1_000, 3_000),
        task(0, 0, 1_500, 2_500),
        "{\"Event\":\"SparkListenerStageCompleted\",\"Stage Info\":{\"Stage ID\":0}}",
        task(1, 1, 7_000, 7_500)));

    SparkTaskTimes times = SparkEventLog.taskTimes(folder);

    assertEquals(3.5, times.busySeconds(), 1e-9, "1-3 s, 5-6 s and 7-7.5 s had a task running");
    assertEquals(List.of(new SparkTaskTimes.StageTasks(2, 3.0), new SparkTaskTimes.StageTasks(1, 1.0),
        new SparkTaskTimes.StageTasks(1, 0.5)), times.stages(), "in the order the attempts launched");
    assertEquals(4.5, times.taskSeconds(), 1e-9);
  }

  private static String task(int stage, int attempt, long launched, long finished) {
    return "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":" + stage + ",\"Stage Attempt ID\":" + attempt
        + ",\"Task Type\":\"ResultTask\",\"Task Info\":{\"Task ID\":1,\"Launch Time\":" + launched
        + ",\"Finish Time\":" + finished + ",\"Failed\":false}}";
  }

  private static String job(int id, long submitted, String description) {
    return "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":" + id + ",\"Submission Time\":" + submitted
        + ",\"Stage IDs\":[" + id + "],\"Properties\":{\"spark.job.description\":\"" + description + "\"}}";
  }

  private static String end(int id, long completed) {
    return "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":" + id + ",\"Completion Time\":" + completed
        + ",\"Job Result\":{\"Result\":\"JobSucceeded\"}}";
  }
}
