package io.github.opendisclosure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.testing.ChildJvm;
import io.github.opendisclosure.testing.RunsBesideOtherTests;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/serve-sql end to end: the server starts in its own JVM on a free loopback port with the sample
 * lakehouse and its embedded metastore, a JDBC client (Hive's driver, as BI tools use) queries a table
 * by name, and the server stops. While it runs, a second program cannot open the catalog and says so.
 */
@RunsBesideOtherTests
class SqlServerTest extends SparkSessionTest {

  /** A generous bound for a JVM to start Spark, Hive and the server on a busy CI machine. */
  private static final long START_SECONDS = 240;

  @TempDir
  Path folder;

  @Test
  void servesTheLakehouseTablesOverJdbc() throws Exception {
    Path lakehouse = SampleLakehouse.root(spark());
    int port = freeLoopbackPort();
    Path log = folder.resolve("serve-sql.log");
    try (ChildJvm server = ChildJvm.start(SqlServer.class, log, List.of("--lakehouse", lakehouse.toString(),
        "--port", String.valueOf(port), "--conf", "spark.master=local[1]", "--conf", "spark.sql.shuffle.partitions=1"))) {
      try (Connection connection = connect(port, server); Statement statement = connection.createStatement()) {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SHOW TABLES IN disclosure")) {
          while (rows.next()) {
            tables.add(rows.getString("tableName"));
          }
        }
        assertTrue(tables.containsAll(List.of("reports", "documents", "agency_year_indicators")), tables.toString());
        try (ResultSet rows = statement.executeQuery("SELECT year, requests_received FROM disclosure.agency_year_indicators "
            + "WHERE agency_name = '淮安市人民政府'")) {
          assertTrue(rows.next(), "no row for 淮安市人民政府");
          assertEquals(2024, rows.getInt(1));
          assertEquals(3119L, rows.getLong(2));
        }
        JobUserError inUse = assertThrows(JobUserError.class, () -> EmbeddedMetastore.under(lakehouse.toString()).open());
        assertTrue(inUse.getMessage().contains("is open in another program"), inUse.getMessage());
      }
    }
    assertTrue(Files.readString(log, StandardCharsets.UTF_8)
        .contains("listening on jdbc:hive2://127.0.0.1:" + port + "/disclosure"));
  }

  private static Connection connect(int port, ChildJvm server) throws Exception {
    String url = "jdbc:hive2://127.0.0.1:" + port + "/disclosure";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        fail("serve-sql exited early:\n" + server.output());
      }
      // Knock before calling: the driver logs a warning for every refused connection.
      try (Socket knock = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return DriverManager.getConnection(url, "analyst", "");
      } catch (IOException | SQLException notYet) {
        Thread.sleep(1000);
      }
    }
    fail("serve-sql did not answer within " + START_SECONDS + " s:\n" + server.output());
    return null;
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
