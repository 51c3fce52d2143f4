package io.github.opendisclosure.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags every Spark job shares: configuration files and the settings they most often override. */
public final class JobOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "A configuration file (conf/pipeline.conf format); repeatable, later files win.")
  List<Path> configFiles = new ArrayList<>();

  @Option(names = "--input", paramLabel = "DIR|URI", description = "Where raw reports are read from.")
  String input;

  @Option(names = "--lakehouse", paramLabel = "DIR|URI", description = "The lakehouse root folder.")
  String lakehouse;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[4] or yarn (jobs/ launchers send non-local masters to spark-submit).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Any setting, e.g. spark.sql.shuffle.partitions=4.")
  Map<String, String> settings = new LinkedHashMap<>();

  /** The bundled defaults, then the files, then the flags. */
  public PipelineConfiguration configuration() {
    PipelineConfiguration configuration = PipelineConfiguration.bundledDefaults();
    for (Path file : configFiles) {
      configuration = configuration.withFile(file);
    }
    PipelineConfiguration.requireKnownSettings(settings.keySet(), "--conf");
    Map<String, String> flags = new LinkedHashMap<>(settings);
    // Relative paths in flags are the current folder's: Delta and the catalog want absolute ones.
    Path currentFolder = Path.of("").toAbsolutePath();
    if (input != null) {
      flags.put(PipelineConfiguration.INPUT, PipelineConfiguration.resolveAgainst(currentFolder, input));
    }
    if (lakehouse != null) {
      flags.put(PipelineConfiguration.LAKEHOUSE, PipelineConfiguration.resolveAgainst(currentFolder, lakehouse));
    }
    if (master != null) {
      flags.put("spark.master", master);
    }
    return configuration.with(flags);
  }
}
