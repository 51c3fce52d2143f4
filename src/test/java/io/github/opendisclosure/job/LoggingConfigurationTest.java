package io.github.opendisclosure.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;

/** The jobs' console logging, {@code conf/log4j2.properties}, as the launchers give it to every local job. */
class LoggingConfigurationTest {

  @Test
  void sparksStackTraceOfASessionThatCannotStartIsLeftToTheJobAndItsOtherErrorsStay() {
    List<String> console = consoleOf(context -> {
      Logger spark = context.getLogger("org.apache.spark.SparkContext");
      spark.error("Error initializing SparkContext.", new IllegalStateException("File file:/tmp/events does not exist"));
      context.getLogger("org.apache.spark.metrics.MetricsSystem").warn("Stopping a MetricsSystem that is not running");
      spark.error("Failed to add file:/missing.jar to Spark environment");
    });

    assertEquals(List.of("ERROR SparkContext: Failed to add file:/missing.jar to Spark environment"), console);
  }

  /**
   * What {@code logging} logs under the jobs' configuration, each line as the console shows it without
   * the time. Written to a writer in place of the console: every console appender of the JVM shares the
   * one stream that the first of them found.
   */
  private static List<String> consoleOf(Consumer<LoggerContext> logging) {
    LoggerContext context = new LoggerContext("jobs");
    StringWriter written = new StringWriter();
    try {
      context.start(new PropertiesConfigurationFactory().getConfiguration(context,
          ConfigurationSource.fromUri(Path.of("conf/log4j2.properties").toUri())));
      Appender writer = WriterAppender.newBuilder().setName("writer").setTarget(written)
          .setLayout(PatternLayout.newBuilder().withPattern("%p %c{1}: %m%n").build()).build();
      writer.start();
      LoggerConfig root = context.getConfiguration().getRootLogger();
      List.copyOf(root.getAppenders().keySet()).forEach(root::removeAppender);
      root.addAppender(writer, null, null);
      context.updateLoggers();
      logging.accept(context);
    } finally {
      context.stop();
    }
    return written.toString().lines().toList();
  }
}
