package io.github.opendisclosure.lakehouse;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** What the lakehouse holds, table by table, for the jobs to print after they ran. */
public final class LakehouseSummary {

  private LakehouseSummary() {}

  /**
   * One line per Delta table under the root: name, rows, version and location. Tables are found by
   * their folders rather than from a list, so every stage's tables show without this class knowing them.
   */
  public static String describe(Lakehouse lakehouse) {
    List<String> tableNames = deltaTableNames(lakehouse);
    int nameWidth = tableNames.stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    lines.add("Lakehouse " + lakehouse.root() + ":");
    for (String tableName : tableNames) {
      String path = lakehouse.root() + "/" + tableName;
      DeltaTable table = DeltaTable.forPath(lakehouse.spark(), path);
      long rows = table.toDF().count();
      long version = table.history(1).select("version").head().getLong(0);
      lines.add(String.format("  %-" + nameWidth + "s %8d rows  (version %d)  %s", tableName, rows, version, path));
    }
    return String.join(System.lineSeparator(), lines);
  }

  /** The folders directly under the root that hold a Delta table, by name. */
  public static List<String> deltaTableNames(Lakehouse lakehouse) {
    Path root = new Path(lakehouse.root());
    try {
      FileSystem fileSystem = root.getFileSystem(lakehouse.spark().sparkContext().hadoopConfiguration());
      if (!fileSystem.exists(root)) {
        return List.of();
      }
      return Arrays.stream(fileSystem.listStatus(root))
          .filter(FileStatus::isDirectory)
          .map(status -> status.getPath().getName())
          .filter(name -> DeltaTable.isDeltaTable(lakehouse.spark(), lakehouse.root() + "/" + name))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the lakehouse " + root, e);
    }
  }
}
