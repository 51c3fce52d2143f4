package io.github.opendisclosure.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The Jupyter kernel spec ({@code kernel.json}) of the notebooks' Java kernel (rapaio-jupyter-kernel),
 * with Spark, Delta and the project on the kernel JVM's own class path and the module openings Spark
 * needs on Java 17.
 *
 * <p>Spark must be on the JVM's class path at launch: added through the kernel's class-path variable it
 * lands in a child class loader, and reads then fail in Spark's generated code.
 */
public final class NotebookKernelSpec {

  /** The kernel name the notebooks ask for in their metadata. */
  public static final String NAME = "disclosure-java";
  static final String KERNEL_MAIN_CLASS = "org.rapaio.jupyter.kernel.MainApp";

  private NotebookKernelSpec() {}

  /**
   * Writes {@code <kernelsFolder>/disclosure-java/kernel.json}.
   *
   * @param classPath the kernel JVM's class path: the kernel jar, Spark, Delta, the project, JFreeChart
   * @param logConfiguration the log4j2 file that keeps Spark's console output to warnings
   */
  public static Path write(Path kernelsFolder, String classPath, Path logConfiguration) {
    Path folder = kernelsFolder.resolve(NAME);
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split("\\s+")));
    argv.add("-Djava.awt.headless=true");
    argv.add("-Dlog4j2.configurationFile=" + logConfiguration.toAbsolutePath());
    argv.add("-cp");
    argv.add(classPath);
    argv.add(KERNEL_MAIN_CLASS);
    argv.add("{connection_file}");
    Map<String, String> environment = new LinkedHashMap<>();
    // The kernel reads these at start; empty values keep its defaults.
    environment.put("RJK_CLASSPATH", "");
    environment.put("RJK_COMPILER_OPTIONS", "");
    environment.put("RJK_INIT_SCRIPT", "");
    environment.put("RJK_TIMEOUT_MILLIS", "-1");
    environment.put("RJK_MIMA_CACHE", folder.resolve("mima_cache").toAbsolutePath().toString());
    // A notebook's Spark talks to itself only.
    environment.put("SPARK_LOCAL_IP", "127.0.0.1");
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("argv", argv);
    spec.put("display_name", "Java (disclosure pipeline)");
    spec.put("language", "java");
    spec.put("interrupt_mode", "message");
    spec.put("env", environment);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve("kernel.json");
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), spec);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the kernel spec under " + folder, e);
    }
  }
}
