package io.github.opendisclosure.testing;

import io.github.opendisclosure.assessment.RubricFile;
import io.github.opendisclosure.job.ConsoleProgress;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.pipeline.Refresh;
import io.github.opendisclosure.publish.DashboardOutput;
import io.github.opendisclosure.pipeline.RefreshResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * A copy of the bundled sample reports (data/sample-reports) refreshed once per test JVM, in a folder
 * under target/: what the first {@code jobs/refresh} makes of them, for the tests of the refresh and of
 * the dashboard it publishes. RefreshJobTest changes a report of the copy and refreshes again; the export
 * folder of this first refresh stays as it is, as every published export does.
 */
public final class SampleRefresh {

  /** The copied input, its lakehouse, the first refresh and the folder the refreshes write their files under. */
  public record Refreshed(Path input, Lakehouse lakehouse, RefreshResult first, Path folder) {

    /** A refresh of the copy with the bundled rubric, its assessment and dashboard files in folders named {@code name}. */
    public RefreshResult refresh(boolean fullRebuild, String name) {
      Refresh.Settings settings = new Refresh.Settings(input.toString(), fullRebuild, RubricFile.bundled(),
          Optional.of(folder.resolve(name + "-assessment")), new DashboardOutput(folder.resolve(name + "-dashboard"), 0));
      return new Refresh(lakehouse, ConsoleProgress.silent()).run(settings, fullRebuild ? List.of("--full") : List.of());
    }
  }

  private static Refreshed refreshed;

  private SampleRefresh() {}

  public static synchronized Refreshed once(SparkSession spark) {
    if (refreshed == null) {
      try {
        Files.createDirectories(Path.of("target"));
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "sample-refresh-");
        Path input = folder.resolve("reports");
        Folders.copy(Path.of("data/sample-reports"), input);
        Refreshed fresh = new Refreshed(input, new Lakehouse(spark, folder.resolve("lakehouse").toString()), null, folder);
        refreshed = new Refreshed(input, fresh.lakehouse(), fresh.refresh(false, "first"), folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return refreshed;
  }
}
