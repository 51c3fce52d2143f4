package io.github.opendisclosure.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What one publish wrote: the export's folder, the tables it came from and how many agency-years it shows. */
public record Publication(Path folder, List<SourceTable> sources, int agencyYears) {

  /** One line for the console and the run log. */
  public String describe() {
    return String.format("publish: %d agency-years from %s into %s", agencyYears,
        sources.stream().map(source -> source.table() + " v" + source.version()).collect(Collectors.joining(", ")),
        folder.resolve(DashboardFiles.PAGE));
  }
}
