package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PipelineConfigurationTest {

  @TempDir
  Path folder;

  @Test
  void theBundledDefaultsNameTheSampleInputAndALocalSpark() {
    PipelineConfiguration defaults = PipelineConfiguration.bundledDefaults();
    assertEquals("data/sample-reports", defaults.input());
    // Relative to the folder the job runs in, and absolute, as Delta wants it.
    assertEquals(Path.of("lakehouse").toAbsolutePath().toString(), defaults.lakehouse());
    assertEquals("local[*]", defaults.sparkSettings().get("spark.master"));
    assertEquals("io.delta.sql.DeltaSparkSessionExtension", defaults.sparkSettings().get("spark.sql.extensions"));
  }

  @Test
  void filesOverrideDefaultsAndResolveRelativePathsAgainstTheirOwnFolder() throws IOException {
    Path file = Files.writeString(folder.resolve("site.conf"),
        "input = reports\nlakehouse = s3a://lake/disclosure\nspark.sql.shuffle.partitions = 64\n");
    PipelineConfiguration configuration = PipelineConfiguration.bundledDefaults().withFile(file);
    assertEquals(folder.resolve("reports").toString(), configuration.input());
    assertEquals("s3a://lake/disclosure", configuration.lakehouse());
    assertEquals("64", configuration.sparkSettings().get("spark.sql.shuffle.partitions"));
  }

  @Test
  void flagsOverrideFiles() throws IOException {
    Path file = Files.writeString(folder.resolve("site.conf"), "input = reports\n");
    JobOptions options = new JobOptions();
    new CommandLine(options).parseArgs("--config", file.toString(), "--input", "hdfs://nn/reports",
        "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=3");
    PipelineConfiguration configuration = options.configuration();
    assertEquals("hdfs://nn/reports", configuration.input());
    assertEquals(Map.of("spark.master", "local[2]", "spark.sql.shuffle.partitions", "3"), Map.of(
        "spark.master", configuration.sparkSettings().get("spark.master"),
        "spark.sql.shuffle.partitions", configuration.sparkSettings().get("spark.sql.shuffle.partitions")));
  }

  @Test
  void relativePathsInFlagsAreTheCurrentFolders() {
    JobOptions options = new JobOptions();
    new CommandLine(options).parseArgs("--input", "reports/2024", "--lakehouse", "target/lake");
    PipelineConfiguration configuration = options.configuration();
    assertEquals(Path.of("reports/2024").toAbsolutePath().toString(), configuration.input());
    assertEquals(Path.of("target/lake").toAbsolutePath().toString(), configuration.lakehouse());
  }

  @Test
  void aMissingConfigurationFileIsAUserErrorNamingIt() {
    JobUserError error = assertThrows(JobUserError.class,
        () -> PipelineConfiguration.bundledDefaults().withFile(folder.resolve("missing.conf")));
    assertTrue(error.getMessage().contains("missing.conf"), error.getMessage());
  }

  @Test
  void aBadCallExitsWithTheUserErrorCodeAndOneLine() {
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine commandLine = new CommandLine(new io.github.opendisclosure.lakehouse.IngestJob());
    commandLine.setErr(new java.io.PrintWriter(err));
    assertEquals(JobCommandLine.USER_ERROR, JobCommandLine.execute(commandLine,
        "--config", folder.resolve("missing.conf").toString()));
    assertEquals("error: Configuration file not found: " + folder.resolve("missing.conf"), err.toString().strip());
  }
}
