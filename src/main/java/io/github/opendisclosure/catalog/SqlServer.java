package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobOptions;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import io.github.opendisclosure.job.PipelineVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jobs/serve-sql}: Spark's Thrift JDBC/ODBC server (HiveThriftServer2) on the lakehouse, so BI
 * tools (Superset, Metabase, Tableau, DBeaver) query the tables by name. Binds to loopback by default.
 */
@Command(name = "serve-sql", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Serves the lakehouse over JDBC/ODBC (Spark's Thrift server, the HiveServer2 protocol):",
        "registers every table as disclosure.<table>, then listens until stopped (Ctrl-C).",
        "Connect with jdbc:hive2://HOST:PORT/disclosure. It has no authentication: it listens",
        "on 127.0.0.1 unless --host says otherwise.",
        "Defaults come from conf/pipeline.conf (sql.server.host, sql.server.port);",
        "--config files and flags override them."})
public final class SqlServer implements Callable<Integer> {

  /** Settings of conf/pipeline.conf for the address the server listens on. */
  public static final String HOST = "sql.server.host";
  public static final String PORT = "sql.server.port";

  @Mixin
  JobOptions options;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: the setting sql.server.host, 127.0.0.1).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: the setting sql.server.port, 10000).")
  Integer port;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new SqlServer(), args));
  }

  @Override
  public Integer call() throws InterruptedException {
    PipelineConfiguration configuration = options.configuration();
    String address = host != null ? host : configuration.get(HOST);
    int listenPort = port != null ? port : parsePort(configuration.get(PORT));
    if (address == null || address.isBlank()) {
      throw new JobUserError("The setting '" + HOST + "' is missing: give it in a --config file or as --host");
    }
    if (listenPort < 1 || listenPort > 65535) {
      throw new JobUserError("The port must be between 1 and 65535, not " + listenPort);
    }
    requireFree(address, listenPort);
    // The server reads its address from the Hive settings of the session's first Hive client, so they
    // go in before the session starts; later changes would not reach it.
    SparkSession spark = SqlEndpoints.startSession("disclosure-sql-server", configuration.with(Map.of(
        "spark.hadoop.hive.server2.thrift.bind.host", address,
        "spark.hadoop.hive.server2.thrift.port", String.valueOf(listenPort))));
    PrintWriter out = spec.commandLine().getOut();
    out.println(CatalogJob.register(spark, configuration).describe());
    HiveThriftServer2.startWithContext(spark.sqlContext());
    out.printf("serve-sql: listening on jdbc:hive2://%s:%d/%s (Ctrl-C stops it)%n",
        address, listenPort, CatalogSettings.database(configuration));
    out.flush();
    // Serve until the JVM is stopped; Spark's shutdown hook then stops the server with the session.
    new CountDownLatch(1).await();
    return 0;
  }

  /**
   * Fails in one line when the address cannot be listened on, before Spark starts: the Thrift server
   * would find out only after the catalog is registered, and log its stack trace.
   */
  private static void requireFree(String address, int listenPort) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(address, listenPort));
    } catch (IOException e) {
      throw new JobUserError("Cannot listen on " + address + ":" + listenPort + " (" + e.getMessage()
          + "): another program may be serving there; give another --port or --host");
    }
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new JobUserError("The setting '" + PORT + "' must be a port number, not: " + value);
    }
  }
}
