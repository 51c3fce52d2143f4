package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.CorpusFolder.WrittenCorpus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything measured on one corpus.
 *
 * @param extraction the extraction stage with its accuracy when the corpus was scored
 * @param sparkTasks what the tasks of each Spark stage did, by stage name, from its event log
 */
record CorpusRun(int reports, WrittenCorpus corpus, List<StageMeasurement> stages, ExtractionStage.Result extraction,
    Map<String, SparkTaskTimes> sparkTasks) {

  /** The stage's measurement when it ran to the end: a failed stage's time is not compared with anything. */
  Optional<StageMeasurement> stage(String name) {
    return completedStages().stream().filter(stage -> stage.stage().equals(name)).findFirst();
  }

  List<StageMeasurement> completedStages() {
    return stages.stream().filter(stage -> !stage.failed()).toList();
  }

  /** A completed Spark stage with its tasks, for the cluster extrapolation. */
  Optional<ClusterExtrapolation.Measured> sparkStage(String name) {
    return stage(name).filter(stage -> sparkTasks.containsKey(name))
        .map(stage -> new ClusterExtrapolation.Measured(reports, stage.seconds(), sparkTasks.get(name)));
  }
}
