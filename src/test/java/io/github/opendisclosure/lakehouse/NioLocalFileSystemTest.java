package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest extends SparkSessionTest {

  @TempDir
  Path folder;

  @Test
  void theSessionReachesLocalFoldersThroughBothJavaNioFileSystems() throws IOException {
    Configuration conf = spark().sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder.toUri());
    assertEquals(NioLocalFileSystem.class, path.getFileSystem(conf).getClass());
    assertEquals(NioLocalFs.class, FileContext.getFileContext(path.toUri(), conf).getDefaultFileSystem().getClass());
  }

  @Test
  void setsThePermissionsItIsAskedFor() throws IOException {
    FileSystem fileSystem = localFileSystem();
    org.apache.hadoop.fs.Path file = hadoopPath(folder.resolve("report.txt"));
    try (FSDataOutputStream out = fileSystem.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20,
        null)) {
      out.write("x".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("report.txt"))));

    fileSystem.setPermission(file, new FsPermission((short) 0604));
    assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("report.txt"))));
  }

  @Test
  void describesFilesLinksAndMissingFilesAsHadoopsOwnDoes() throws IOException {
    Path file = Files.writeString(folder.resolve("report.txt"), "x");
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), file);
    Configuration conf = spark().sparkContext().hadoopConfiguration();
    RawLocalFileSystem hadoops = new RawLocalFileSystem();
    hadoops.initialize(folder.toUri(), conf);
    NioRawLocalFileSystem nio = new NioRawLocalFileSystem();
    nio.initialize(folder.toUri(), conf);

    for (Path path : new Path[] {file, link}) {
      FileStatus expected = hadoops.getFileLinkStatus(hadoopPath(path));
      FileStatus actual = nio.getFileLinkStatus(hadoopPath(path));
      assertEquals(expected.getPath(), actual.getPath());
      assertEquals(expected.isSymlink(), actual.isSymlink());
      assertEquals(expected.getLen(), actual.getLen());
      assertEquals(expected.getModificationTime(), actual.getModificationTime());
    }
    assertEquals(1, nio.getFileLinkStatus(hadoopPath(file)).getLen());
    assertThrows(FileNotFoundException.class, () -> nio.getFileLinkStatus(hadoopPath(folder.resolve("none.txt"))));
  }

  /** What Delta's log store does with each commit: write a temporary file, then rename it without overwriting. */
  @Test
  void renamesThroughFileContextAsDeltaCommits() throws IOException {
    FileContext context = FileContext.getFileContext(folder.toUri(), spark().sparkContext().hadoopConfiguration());
    org.apache.hadoop.fs.Path temporary = hadoopPath(folder.resolve(".00001.json.tmp"));
    try (FSDataOutputStream out = context.create(temporary, EnumSet.of(CreateFlag.CREATE))) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    org.apache.hadoop.fs.Path commit = hadoopPath(folder.resolve("00001.json"));
    context.rename(temporary, commit, Options.Rename.NONE);

    assertEquals("{}", Files.readString(folder.resolve("00001.json")));
    assertFalse(Files.exists(folder.resolve(".00001.json.tmp")));
    Files.writeString(folder.resolve("other.tmp"), "{}");
    assertThrows(org.apache.hadoop.fs.FileAlreadyExistsException.class,
        () -> context.rename(hadoopPath(folder.resolve("other.tmp")), commit, Options.Rename.NONE));
  }

  private FileSystem localFileSystem() throws IOException {
    return hadoopPath(folder).getFileSystem(spark().sparkContext().hadoopConfiguration());
  }

  private static org.apache.hadoop.fs.Path hadoopPath(Path path) {
    return new org.apache.hadoop.fs.Path(path.toUri());
  }
}
