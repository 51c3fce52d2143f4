package io.github.opendisclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Parquet files of a Delta table's current snapshot, from its transaction log: the files of the
 * last checkpoint (read with DuckDB, which reads the checkpoint's Parquet), then every later commit's
 * {@code add} and {@code remove} actions in order. So a peer engine reads exactly the rows Spark sees,
 * without a Delta reader of its own and without a copy. A file with a deletion vector (rows a MERGE
 * marked gone) would be read whole, so a snapshot with one is refused; the benchmark reads the
 * tables right after a first ingest, which has none.
 */
final class DeltaSnapshotFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = "_delta_log";

  private DeltaSnapshotFiles() {}

  static List<Path> of(Path table, Connection duckDb) throws IOException, SQLException {
    Path log = table.resolve(LOG);
    Set<String> files = new LinkedHashSet<>();
    long checkpointVersion = -1;
    Path lastCheckpoint = log.resolve("_last_checkpoint");
    if (Files.exists(lastCheckpoint)) {
      JsonNode checkpoint = JSON.readTree(lastCheckpoint.toFile());
      if (checkpoint.has("parts")) {
        throw new IOException(table + " has a multi-part checkpoint, which this benchmark does not read");
      }
      checkpointVersion = checkpoint.get("version").asLong();
      Path parquet = log.resolve(String.format("%020d.checkpoint.parquet", checkpointVersion));
      try (PreparedStatement query = duckDb.prepareStatement(
          "SELECT \"add\".path, \"add\".deletionVector IS NOT NULL FROM read_parquet(?) WHERE \"add\" IS NOT NULL")) {
        query.setString(1, parquet.toString());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            if (rows.getBoolean(2)) {
              throw withDeletionVector(table, rows.getString(1));
            }
            files.add(rows.getString(1));
          }
        }
      }
    }
    List<Path> commits;
    try (Stream<Path> entries = Files.list(log)) {
      commits = entries.filter(file -> file.getFileName().toString().matches("\\d{20}\\.json")).sorted().toList();
    }
    for (Path commit : commits) {
      if (Long.parseLong(commit.getFileName().toString().substring(0, 20)) <= checkpointVersion) {
        continue;
      }
      for (String line : Files.readAllLines(commit, StandardCharsets.UTF_8)) {
        JsonNode action = JSON.readTree(line);
        if (action.has("add")) {
          JsonNode add = action.get("add");
          if (add.hasNonNull("deletionVector")) {
            throw withDeletionVector(table, add.get("path").asText());
          }
          files.add(add.get("path").asText());
        } else if (action.has("remove")) {
          files.remove(action.get("remove").get("path").asText());
        }
      }
    }
    // Log paths are relative to the table and URI-encoded (year=2008/part-....parquet).
    return files.stream().map(path -> table.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)))
        .toList();
  }

  private static IOException withDeletionVector(Path table, String file) {
    return new IOException(table + " has rows deleted by a deletion vector in " + file
        + ", which this benchmark's reader does not apply");
  }
}
