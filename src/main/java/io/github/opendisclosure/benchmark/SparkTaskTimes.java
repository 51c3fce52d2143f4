package io.github.opendisclosure.benchmark;

import java.util.List;

/**
 * What the tasks of one Spark application did, from its event log: per Spark stage, how many tasks it
 * ran and their time together, and how long at least one task was running. The rest of the
 * application's time is the driver's alone (the JVM's and Spark's start, listing, planning, Delta's
 * commits), which more executors do not shorten.
 *
 * @param busySeconds wall time during which at least one task ran
 * @param stages      every attempt of a Spark stage that ran tasks, in the order they were submitted
 */
record SparkTaskTimes(double busySeconds, List<StageTasks> stages) {

  /** One attempt of a Spark stage: its tasks, and their times from launch to finish added up. */
  record StageTasks(int tasks, double taskSeconds) {}

  /** The tasks' times added up: the work the cores share. */
  double taskSeconds() {
    return stages.stream().mapToDouble(StageTasks::taskSeconds).sum();
  }

  /**
   * How long the tasks take on {@code cores} cores, shared evenly: every Spark stage must then split
   * into at least as many tasks as there are cores. The extraction does (it makes tasks per core); the
   * shuffles make {@code spark.sql.shuffle.partitions} tasks, which a cluster must raise to its cores.
   */
  double secondsOn(int cores) {
    return taskSeconds() / cores;
  }

  /** The tasks' time in Spark stages of at most {@code tasks} tasks, which no more cores than that share. */
  double taskSecondsInStagesOfAtMost(int tasks) {
    return stages.stream().filter(stage -> stage.tasks() <= tasks).mapToDouble(StageTasks::taskSeconds).sum();
  }
}
