package io.github.opendisclosure.assessment;

import io.github.opendisclosure.job.PipelineConfiguration;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rubric FILE} flag of the jobs that assess or show scores, and the rubric it names. */
public final class RubricOption {

  @Option(names = "--rubric", paramLabel = "FILE",
      description = "The rubric (default: assessment.rubric of the configuration, conf/assessment-rubric.conf).")
  Path rubricFile;

  /** The rubric of the flag, else of the configuration; read and checked, so a mistake is told before any work. */
  public AssessmentRubric rubric(PipelineConfiguration configuration) {
    return rubricFile != null ? RubricFile.read(rubricFile) : RubricFile.configured(configuration);
  }
}
