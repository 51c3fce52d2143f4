package io.github.opendisclosure.lakehouse;

import io.github.opendisclosure.extract.SourceDocument;
import io.github.opendisclosure.job.JobUserError;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The report files under an input folder: listed once on the driver, read on the executors.
 *
 * <p>Spark's file sources are not used: they list the folder a second time, plan one task per few
 * small files (hundreds of tasks for ten thousand reports, each paying for the wide record's code
 * generation) and fail or skip without a word on a file they cannot read. Here every listed file is
 * one row, spread over a few tasks of similar size, and a file that cannot be read is a row saying so.
 */
public final class InputFiles implements Serializable {

  /** One listed file. */
  public static final StructType LISTED_SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("size_bytes", DataTypes.LongType, false)
      // False for a named pipe, socket or device: opening one could wait for a writer forever.
      .add("openable", DataTypes.BooleanType, false)
      // Null where the file system does not say.
      .add("modified_at", DataTypes.TimestampType, true);

  /** A task reads about this many bytes of reports, so a large input still gives a few tasks per core. */
  private static final long BYTES_PER_TASK = 32L << 20;
  private static final int TASKS_PER_CORE = 2;
  private static final String LOCAL_SCHEME = "file";

  private final Broadcast<SerializableConfiguration> hadoopConfiguration;

  private InputFiles(Broadcast<SerializableConfiguration> hadoopConfiguration) {
    this.hadoopConfiguration = hadoopConfiguration;
  }

  /** A reader of input files with the session's Hadoop settings (credentials for s3a:// and the like). */
  public static InputFiles of(SparkSession spark) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new InputFiles(context.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration())));
  }

  /**
   * Every report file under the input folder; a missing folder is the user's mistake. A local folder is
   * walked with java.nio, which reads each entry's attributes in the walk: Hadoop's {@code listStatus}
   * asks for each file's status again, 40 s for a million reports. Other file systems are listed with
   * {@code listStatus}: Hadoop's recursive {@code listFiles} builds a located status per file, which on a
   * local disk without Hadoop's native library forks {@code ls} once per file (35 s for ten thousand).
   */
  public List<FileStatus> list(String input) {
    Path folder = new Path(input);
    try {
      FileSystem fileSystem = folder.getFileSystem(hadoopConfiguration.value().value());
      if (!fileSystem.exists(folder)) {
        throw new JobUserError("Input folder not found: " + input);
      }
      return LOCAL_SCHEME.equals(fileSystem.getUri().getScheme())
          ? localReportFiles(Paths.get(fileSystem.makeQualified(folder).toUri()))
          : reportFilesListedByHadoop(fileSystem, folder);
    } catch (IOException | UncheckedIOException e) {
      throw new JobUserError("Cannot list the input folder " + input + ": " + e.getMessage());
    }
  }

  /** The report files under {@code folder}, listed folder by folder with Hadoop's {@code listStatus}. */
  static List<FileStatus> reportFilesListedByHadoop(FileSystem fileSystem, Path folder) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>(List.of(folder));
    while (!folders.isEmpty()) {
      for (FileStatus status : fileSystem.listStatus(folders.pop())) {
        if (status.isDirectory()) {
          folders.push(status.getPath());
        } else if (SourceDocument.isReportFileName(status.getPath().getName())) {
          files.add(status);
        }
      }
    }
    return files;
  }

  /**
   * The report files under a local folder, named as Hadoop names them, following links as Hadoop does.
   * A link to a file that no longer exists is listed too, with no size or time (Hadoop's listing leaves
   * it out without a word): it is quarantined as unreadable instead of silently missing. So is a named
   * pipe, socket or device, which {@link #asRows} marks as not to be opened.
   */
  private static List<FileStatus> localReportFiles(java.nio.file.Path folder) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attributes) {
        if (SourceDocument.isReportFileName(file.getFileName().toString())) {
          // Under FOLLOW_LINKS only a dangling link shows its own attributes.
          boolean dangling = attributes.isSymbolicLink();
          files.add(new FileStatus(dangling ? 0 : attributes.size(), false, 0, 0,
              dangling ? 0 : attributes.lastModifiedTime().toMillis(), new Path(file.toUri())));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException) {
          throw new JobUserError("The input folder " + folder + " holds a link back to a folder above it: " + file);
        }
        throw e;
      }
    });
    return files;
  }

  /**
   * The listed files as rows of {@link #LISTED_SCHEMA}, in tasks of similar size. Not a local relation,
   * though Spark plans one 1.5 s faster for a hundred thousand files: it ships them in as many tasks as
   * there are cores, 7 MB each, which Spark warns about and a cluster pays for.
   */
  public Dataset<Row> asRows(SparkSession spark, List<FileStatus> files) {
    List<Row> rows = new ArrayList<>(files.size());
    long totalBytes = 0;
    for (FileStatus status : files) {
      rows.add(RowFactory.create(status.getPath().toString(), status.getLen(),
          status.getLen() > 0 || !isSpecialLocalFile(status),
          status.getModificationTime() > 0 ? new Timestamp(status.getModificationTime()) : null));
      totalBytes += status.getLen();
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int tasks = taskCount(files.size(), totalBytes, context.defaultParallelism());
    return spark.createDataFrame(context.parallelize(rows, tasks), LISTED_SCHEMA);
  }

  /** Enough tasks to keep every core busy and each task's reading bounded, never more than one per file. */
  public static int taskCount(long files, long totalBytes, int cores) {
    long bySize = (totalBytes + BYTES_PER_TASK - 1) / BYTES_PER_TASK;
    return (int) Math.max(1, Math.min(files, Math.max((long) cores * TASKS_PER_CORE, bySize)));
  }

  /** The bytes of a listed file, or null when it cannot be read. */
  public byte[] read(String path, boolean openable) {
    if (!openable) {
      return null;
    }
    Path file = new Path(path);
    try {
      // A local file is read directly: Hadoop's local file system checks for a .crc file beside each
      // one and copies through its checksum stream, which made reading 100,000 reports 4x slower.
      if (LOCAL_SCHEME.equals(file.toUri().getScheme())) {
        return Files.readAllBytes(Paths.get(file.toUri()));
      }
      try (FSDataInputStream in = file.getFileSystem(hadoopConfiguration.value().value()).open(file)) {
        return in.readAllBytes();
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return null;
    }
  }

  /** The SHA-256 of a listed file's bytes; that of no bytes when it cannot be read, as its quarantined record has. */
  public String sha256(String path, boolean openable) {
    byte[] bytes = read(path, openable);
    return SourceDocument.sha256Hex(bytes == null ? new byte[0] : bytes);
  }

  /** A named pipe, socket, device or dangling link in a local folder: listed, but holding no report. */
  private static boolean isSpecialLocalFile(FileStatus status) {
    URI uri = status.getPath().toUri();
    return LOCAL_SCHEME.equals(uri.getScheme()) && !Files.isRegularFile(Paths.get(uri));
  }
}
