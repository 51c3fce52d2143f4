package io.github.opendisclosure.catalog;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/** The command line of a program started in its own JVM with the test class path, as the launchers start jobs. */
final class ChildJvm {

  private ChildJvm() {}

  /** The test JVM's class path: Spark, Delta, the project's classes and the test libraries. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }

  static List<String> command(Class<?> mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split("\\s+")));
    command.add("-Xmx1g");
    command.add("-Dlog4j2.configurationFile=" + new File("conf/log4j2.properties").getAbsolutePath());
    command.add("-cp");
    command.add(classPath());
    command.add(mainClass.getName());
    command.addAll(Arrays.asList(arguments));
    return command;
  }
}
