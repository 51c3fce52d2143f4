package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest extends SparkSessionTest {

  private static final long MIB = 1L << 20;

  @TempDir
  Path folder;

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

  /**
   * The documents table is keyed by the listed path: a local folder must list every file with the name,
   * size and time Hadoop's own listing gives it, or the next ingest would read every report again.
   */
  @Test
  void aLocalFolderListsWhatHadoopListsAndTheLinksToNothing() throws Exception {
    Path input = folder.resolve("input folder");
    write(input.resolve("2019/广东省 人民政府 2019年度报告.txt"), "报告");
    write(input.resolve("2019/a%20b#c%d.HTML"), "<p>1</p>");
    write(input.resolve("2020/deep/er/页面.htm"), "<p>2</p>");
    write(input.resolve("2020/notes.md"), "not a report");
    write(folder.resolve("elsewhere/outside.txt"), "linked in");
    Files.createSymbolicLink(input.resolve("linked"), folder.resolve("elsewhere"));
    Files.createSymbolicLink(input.resolve("gone.txt"), folder.resolve("deleted.txt"));

    Map<String, List<Long>> listed = namesSizesAndTimes(InputFiles.of(spark()).list(input.toString()));

    Map<String, List<Long>> expected = hadoopListing(input);
    expected.put(new org.apache.hadoop.fs.Path(input.resolve("gone.txt").toUri()).toString(), List.of(0L, 0L));
    assertEquals(5, expected.size(), "the four reports and the dangling link: " + expected.keySet());
    assertTrue(expected.keySet().stream().anyMatch(path -> path.endsWith("/input folder/linked/outside.txt")));
    assertEquals(expected, listed);
  }

  @Test
  void aLinkBackToAFolderAboveIsTheUsersMistake() throws Exception {
    Path input = folder.resolve("input");
    write(input.resolve("2019/report.txt"), "报告");
    Files.createSymbolicLink(input.resolve("2019/loop"), input);

    JobUserError error = assertThrows(JobUserError.class, () -> InputFiles.of(spark()).list(input.toString()));
    assertTrue(error.getMessage().contains("link back to a folder above it"), error.getMessage());
  }

  /** Hadoop's listStatus, folder by folder: how every earlier version of the ingest listed local files. */
  private static Map<String, List<Long>> hadoopListing(Path input) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input.toString());
    FileSystem fileSystem = root.getFileSystem(spark().sparkContext().hadoopConfiguration());
    return namesSizesAndTimes(InputFiles.reportFilesListedByHadoop(fileSystem, root));
  }

  private static Map<String, List<Long>> namesSizesAndTimes(List<FileStatus> listed) {
    Map<String, List<Long>> files = new TreeMap<>();
    for (FileStatus file : listed) {
      files.put(file.getPath().toString(), List.of(file.getLen(), file.getModificationTime()));
    }
    return files;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
