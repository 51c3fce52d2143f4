package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark session that cannot start with the settings a job was given is a mistake in the call: one line
 * and exit code 2. In a JVM of its own, since the tests' shared session would be handed out instead.
 */
class SparkStartFailureTest {

  @TempDir
  Path folder;

  @Test
  void aMasterSparkCannotParseIsOneLineAndExitCodeTwo() throws Exception {
    Path reports = Files.createDirectory(folder.resolve("reports"));
    List<String> arguments = List.of("--input", reports.toString(), "--lakehouse", folder.resolve("lakehouse").toString(),
        "--master", "local[two]");

    try (ChildJvm ingest = ChildJvm.start(IngestJob.class, folder.resolve("ingest.log"), arguments)) {
      assertEquals(JobCommandLine.USER_ERROR, ingest.exitCode(Duration.ofMinutes(2)), ingest.output());
      assertEquals(List.of("error: Spark could not start: Could not parse Master URL: 'local[two]'"
              + " (check --master and the --conf settings)"),
          ingest.output().lines().filter(line -> line.startsWith("error:")).toList(), ingest.output());
    }
  }
}
