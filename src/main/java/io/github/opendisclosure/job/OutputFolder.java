package io.github.opendisclosure.job;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any work, that a folder a job writes into can be one: a file in its place, or in the
 * place of a folder above it, is a mistake, and so is a folder above it that cannot be written to.
 */
public final class OutputFolder {

  private OutputFolder() {}

  /**
   * {@code folder}, which need not exist yet; a {@link JobUserError} naming {@code setting} (a flag or a
   * configuration key) and what the folder {@code holds} when a file is there instead, or when it cannot
   * be created.
   */
  public static Path require(String setting, Path folder, String holds) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new JobUserError(setting + " " + folder + " is a file; give the folder of " + holds
          + " (a new one is created)");
    }
    requireCreatable(setting, folder);
    return folder;
  }

  /**
   * Refuses a path that cannot be created because of what is above it: the nearest part that exists must be
   * a folder this user may write to. Whatever exists at the path itself is the caller's to judge.
   */
  static void requireCreatable(String setting, Path path) {
    Path existing = path.toAbsolutePath().normalize();
    boolean atThePath = true;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
      atThePath = false;
    }
    if (existing == null || atThePath) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new JobUserError(setting + " " + path + " cannot be created: " + existing + " is a file");
    }
    if (!Files.isWritable(existing)) {
      throw new JobUserError(setting + " " + path + " cannot be created: " + existing + " is not writable");
    }
  }
}
