package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders and files are checked before any work: what is in their place, and what is above them. */
class OutputFolderTest {

  @TempDir
  Path folder;

  @Test
  void aFolderThatExistsOrCanBeCreatedPasses() {
    assertEquals(folder, OutputFolder.require("--output", folder, "the exports"));
    Path deeper = folder.resolve("a/b/c");
    assertEquals(deeper, OutputFolder.require("--output", deeper, "the exports"));
    assertEquals(deeper.resolve("x.jsonl"), OutputFile.require("--output", deeper.resolve("x.jsonl"), "a file", "x.jsonl"));
  }

  @Test
  void aFileInThePlaceOfTheFolderOrOfOneAboveItIsAMistake() throws IOException {
    Path file = Files.writeString(folder.resolve("taken.txt"), "x");
    assertEquals("--output " + file + " is a file; give the folder of the exports (a new one is created)",
        assertThrows(JobUserError.class, () -> OutputFolder.require("--output", file, "the exports")).getMessage());
    Path below = file.resolve("dashboard/latest");
    assertEquals("--output " + below + " cannot be created: " + file + " is a file",
        assertThrows(JobUserError.class, () -> OutputFolder.require("--output", below, "the exports")).getMessage());
    assertEquals("--output " + file.resolve("out.jsonl") + " cannot be created: " + file + " is a file",
        assertThrows(JobUserError.class,
            () -> OutputFile.require("--output", file.resolve("out.jsonl"), "a file", "out.jsonl")).getMessage());
  }
}
