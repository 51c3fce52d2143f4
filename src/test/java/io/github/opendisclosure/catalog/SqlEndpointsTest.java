package io.github.opendisclosure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.job.JobUserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/sql and jobs/serve-sql refuse, before Spark starts, a lakehouse that holds no table. */
class SqlEndpointsTest {

  @TempDir
  Path folder;

  @Test
  void aMissingOrEmptyLakehouseIsAMistakeInTheCall() throws IOException {
    Path missing = folder.resolve("typo");
    assertEquals("No lakehouse tables in " + missing + ": run jobs/pipeline first, or give --lakehouse the folder of one",
        assertThrows(JobUserError.class, () -> SqlEndpoints.requireTables(missing.toString())).getMessage());
    Path empty = Files.createDirectories(folder.resolve("empty/_catalog"));
    assertThrows(JobUserError.class, () -> SqlEndpoints.requireTables(empty.getParent().toString()));
    Files.createDirectories(folder.resolve("lakehouse/reports/_delta_log"));
    SqlEndpoints.requireTables(folder.resolve("lakehouse").toString());
    SqlEndpoints.requireTables("s3a://bucket/lakehouse");
  }
}
