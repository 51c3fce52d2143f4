package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers in jobs/ refuse a cluster run they cannot start in one line, before building anything. */
class JobLaunchersTest {

  @TempDir
  Path folder;

  @Test
  void aClusterMasterWithoutSparkSubmitOnThePathIsAMistakeInTheCall() throws Exception {
    // A PATH with the one command the launchers need before they choose how to run, and no spark-submit.
    Path commands = Files.createDirectory(folder.resolve("bin"));
    Files.createSymbolicLink(commands.resolve("dirname"), onThePath("dirname"));

    Launch launch = launch(Map.of("PATH", commands.toString()), "jobs/ingest", "--master", "yarn", "--input", "reports");

    assertEquals(JobCommandLine.USER_ERROR, launch.exitCode());
    assertEquals(List.of("error: --master yarn runs the job through spark-submit, which is not on the PATH: install"
        + " Spark 3.5 or set SPARK_SUBMIT=/path/to/spark-submit (a run on this machine needs neither: leave out"
        + " --master, or --master 'local[*]')"), launch.output());
  }

  @Test
  void aSparkSubmitSettingThatIsNotAnExecutableIsAMistakeInTheCall() throws Exception {
    String missing = folder.resolve("spark/bin/spark-submit").toString();

    Launch launch = launch(Map.of("SPARK_SUBMIT", missing), "jobs/refresh", "--input", "reports");

    assertEquals(JobCommandLine.USER_ERROR, launch.exitCode());
    assertEquals(List.of("error: SPARK_SUBMIT=" + missing + " is not an executable file: point it at the"
        + " spark-submit of a Spark 3.5 installation"), launch.output());
  }

  private record Launch(int exitCode, List<String> output) {}

  /** Runs a launcher with bash, {@code environment} set over this JVM's and SPARK_SUBMIT unset unless given. */
  private Launch launch(Map<String, String> environment, String... command) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(onThePath("bash").toString()));
    arguments.addAll(List.of(command));
    Path output = folder.resolve("launcher.out");
    ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().remove("SPARK_SUBMIT");
    builder.environment().putAll(environment);
    int exitCode = builder.start().waitFor();
    return new Launch(exitCode, Files.readAllLines(output, StandardCharsets.UTF_8));
  }

  private static Path onThePath(String command) throws IOException {
    for (String directory : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, command);
      if (Files.isExecutable(candidate)) {
        return candidate.toRealPath();
      }
    }
    throw new IOException(command + " is not on the PATH");
  }
}
