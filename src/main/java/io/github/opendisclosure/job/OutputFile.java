package io.github.opendisclosure.job;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any work, that a file a job writes can be one: a folder in its place is a mistake, and
 * so is a file, or a folder that cannot be written to, in the place of the folder it goes into.
 */
public final class OutputFile {

  private OutputFile() {}

  /**
   * {@code file}, which need not exist yet; a {@link JobUserError} naming {@code setting}, what the file
   * {@code is} and an {@code example} of one when a folder is there instead.
   */
  public static Path require(String setting, Path file, String is, String example) {
    if (Files.isDirectory(file)) {
      throw new JobUserError(setting + " " + file + " is a folder; give " + is + ", e.g. " + example);
    }
    OutputFolder.requireCreatable(setting, file);
    return file;
  }
}
