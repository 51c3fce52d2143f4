package io.github.opendisclosure.job;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that a folder a job writes into can be one: a file in its place is a mistake. */
public final class OutputFolder {

  private OutputFolder() {}

  /**
   * {@code folder}, which need not exist yet; a {@link JobUserError} naming {@code setting} (a flag or a
   * configuration key) and what the folder {@code holds} when a file is there instead.
   */
  public static Path require(String setting, Path folder, String holds) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new JobUserError(setting + " " + folder + " is a file; give the folder of " + holds
          + " (a new one is created)");
    }
    return folder;
  }
}
