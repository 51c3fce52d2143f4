package io.github.opendisclosure.publish;

import io.github.opendisclosure.job.PipelineConfiguration;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --output DIR} flag of the jobs that publish the dashboard, and the folder it names. */
public final class DashboardOutputOption {

  @Option(names = "--output", paramLabel = "DIR",
      description = "Folder of the dashboard exports (default: publish.output, out/dashboard).")
  Path outputFolder;

  /** The flag's folder, else the configuration's {@code publish.output}, else {@code out/dashboard}. */
  public Path folder(PipelineConfiguration configuration) {
    if (outputFolder != null) {
      return outputFolder;
    }
    String configured = configuration.get(PipelineConfiguration.PUBLISH_OUTPUT);
    return Path.of(configured == null || configured.isBlank() ? "out/dashboard" : configured);
  }
}
