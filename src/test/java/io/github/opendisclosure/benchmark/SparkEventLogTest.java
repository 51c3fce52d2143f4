package io.github.opendisclosure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job times read back from an event log in Spark's format, lines as Spark 3.5 writes them. */
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

  private static String job(int id, long submitted, String description) {
    return "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":" + id + ",\"Submission Time\":" + submitted
        + ",\"Stage IDs\":[" + id + "],\"Properties\":{\"spark.job.description\":\"" + description + "\"}}";
  }

  private static String end(int id, long completed) {
    return "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":" + id + ",\"Completion Time\":" + completed
        + ",\"Job Result\":{\"Result\":\"JobSucceeded\"}}";
  }
}
