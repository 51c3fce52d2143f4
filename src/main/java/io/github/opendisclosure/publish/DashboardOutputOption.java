package io.github.opendisclosure.publish;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.OutputFolder;
import io.github.opendisclosure.job.PipelineConfiguration;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --output DIR} and {@code --keep N} flags of the jobs that publish the dashboard. */
public final class DashboardOutputOption {

  /**
   * Exports kept when neither the flag nor the configuration says: a nightly refresh adds an export of
   * the whole dashboard every time a table changed (450 MB for 100,000 reports, 4.4 GB for 1,000,000).
   */
  private static final int DEFAULT_KEEP = 10;
  private static final String HOLDS = "the dashboard exports";

  @Option(names = "--output", paramLabel = "DIR",
      description = "Folder of the dashboard exports (default: publish.output, out/dashboard).")
  Path outputFolder;

  @Option(names = "--keep", paramLabel = "N", description = "Keep the N newest exports in the output folder and"
      + " remove older ones after publishing; 0 keeps every one (default: publish.keep, 10).")
  Integer keep;

  /** The flags' folder and number, else the configuration's {@code publish.output} and {@code publish.keep}. */
  public DashboardOutput output(PipelineConfiguration configuration) {
    return new DashboardOutput(folder(configuration), keep(configuration));
  }

  private Path folder(PipelineConfiguration configuration) {
    if (outputFolder != null) {
      return OutputFolder.require("--output", outputFolder, HOLDS);
    }
    String configured = configuration.get(PipelineConfiguration.PUBLISH_OUTPUT);
    return OutputFolder.require(PipelineConfiguration.PUBLISH_OUTPUT,
        Path.of(configured == null || configured.isBlank() ? "out/dashboard" : configured), HOLDS);
  }

  private int keep(PipelineConfiguration configuration) {
    if (keep != null) {
      return requireCount("--keep", keep);
    }
    String configured = configuration.get(PipelineConfiguration.PUBLISH_KEEP);
    if (configured == null || configured.isBlank()) {
      return DEFAULT_KEEP;
    }
    try {
      return requireCount(PipelineConfiguration.PUBLISH_KEEP, Integer.parseInt(configured.strip()));
    } catch (NumberFormatException e) {
      throw notACount(PipelineConfiguration.PUBLISH_KEEP, configured.strip());
    }
  }

  private static int requireCount(String name, int count) {
    if (count < 0) {
      throw notACount(name, String.valueOf(count));
    }
    return count;
  }

  private static JobUserError notACount(String name, String value) {
    return new JobUserError(name + " takes how many exports to keep (0 keeps every one), not '" + value + "'");
  }
}
