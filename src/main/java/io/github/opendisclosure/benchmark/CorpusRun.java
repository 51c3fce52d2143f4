package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.CorpusFolder.WrittenCorpus;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured on one corpus.
 *
 * @param extraction the extraction stage with its accuracy when the corpus was scored
 */
record CorpusRun(int reports, WrittenCorpus corpus, List<StageMeasurement> stages, ExtractionStage.Result extraction) {

  Optional<StageMeasurement> stage(String name) {
    return stages.stream().filter(stage -> stage.stage().equals(name)).findFirst();
  }
}
