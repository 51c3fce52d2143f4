package io.github.opendisclosure.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An export of the dashboard: its folder, the tables it came from, how many agency-years and pieces of
 * evidence it holds, whether its page carries the evidence (only up to a province's worth of agency-years),
 * whether this publish found it already written and wrote nothing, and the older exports removed after it.
 */
public record Publication(Path folder, List<SourceTable> sources, long agencyYears, long evidence,
    boolean evidenceEmbedded, boolean alreadyPublished, List<Path> removedExports) {

  /** The same publication, after the older exports it made room for were removed. */
  public Publication withRemovedExports(List<Path> removed) {
    return new Publication(folder, sources, agencyYears, evidence, evidenceEmbedded, alreadyPublished, List.copyOf(removed));
  }

  /** One line for the console and the run log. */
  public String describe() {
    String tables = sources.stream().map(source -> source.table() + " v" + source.version())
        .collect(Collectors.joining(", "));
    Path page = folder.resolve(DashboardFiles.PAGE);
    String line = alreadyPublished
        ? String.format("publish: unchanged, %d agency-years from %s already in %s; nothing written", agencyYears,
            tables, page)
        : String.format("publish: %d agency-years from %s into %s", agencyYears, tables, page);
    if (!evidenceEmbedded) {
      line += String.format("; the page leaves out the evidence (%d rows, in evidence.csv and evidence.json)", evidence);
    }
    return removedExports.isEmpty() ? line : line + String.format("; removed %d older export%s (--keep, publish.keep)",
        removedExports.size(), removedExports.size() == 1 ? "" : "s");
  }
}
