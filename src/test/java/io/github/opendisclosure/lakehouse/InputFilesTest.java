package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputFilesTest {

  private static final long MIB = 1L << 20;

  @Test
  void smallInputsGetTwoTasksPerCoreAndLargeOnesATaskPer32MiB() {
    assertEquals(4, InputFiles.taskCount(10_000, 90 * MIB, 2));
    assertEquals(29, InputFiles.taskCount(100_000, 900 * MIB, 2));
    assertEquals(16, InputFiles.taskCount(10_000, 90 * MIB, 8));
  }

  @Test
  void neverMoreTasksThanFilesNorFewerThanOne() {
    assertEquals(3, InputFiles.taskCount(3, 30_000, 8));
    assertEquals(1, InputFiles.taskCount(0, 0, 2));
  }
}
