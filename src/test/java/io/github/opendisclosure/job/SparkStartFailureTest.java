package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Spark session that cannot start with the settings a job was given is a mistake in the call: one line
 * and exit code 2. In a JVM of its own, since the tests' shared session would be handed out instead.
 */
class SparkStartFailureTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("settingsSparkCannotStartWith")
  void aSettingSparkCannotStartWithIsOneLineAndExitCodeTwo(List<String> setting, String cause) throws Exception {
    Path reports = Files.createDirectory(folder.resolve("reports"));
    List<String> arguments = new ArrayList<>(List.of("--input", reports.toString(), "--lakehouse",
        folder.resolve("lakehouse").toString()));
    arguments.addAll(setting);

    try (ChildJvm ingest = ChildJvm.start(IngestJob.class, folder.resolve("ingest.log"), arguments)) {
      assertEquals(JobCommandLine.USER_ERROR, ingest.exitCode(Duration.ofMinutes(2)), ingest.output());
      assertEquals(List.of("error: Spark could not start: " + cause + " (check --master and the --conf settings)"),
          ingest.output().lines().filter(line -> line.startsWith("error:")).toList(), ingest.output());
    }
  }

  static Stream<Arguments> settingsSparkCannotStartWith() {
    return Stream.of(
        Arguments.of(List.of("--master", "local[two]"), "Could not parse Master URL: 'local[two]'"),
        // Checked only when the session's SQL state is first built.
        Arguments.of(List.of("--conf", "spark.sql.shuffle.partitions=two"),
            "spark.sql.shuffle.partitions should be int, but was two"));
  }
}
