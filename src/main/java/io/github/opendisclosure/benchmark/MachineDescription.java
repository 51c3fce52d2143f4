package io.github.opendisclosure.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a benchmark ran on, as BENCHMARKS.md states it. */
record MachineDescription(int cores, long memoryBytes, String javaVersion, String os, String cpu) {

  static MachineDescription current() {
    return new MachineDescription(Runtime.getRuntime().availableProcessors(), totalMemoryBytes(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        cpuModel().orElse("unknown"));
  }

  /** The 1-minute load average, or -1 where the system does not tell. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The memory in GiB, as {@code free -g} rounds it. */
  public String memory() {
    return memoryBytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (double) (1L << 30));
  }

  private static long totalMemoryBytes() {
    return procLine("/proc/meminfo", "MemTotal:")
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) << 10).orElse(-1L);
  }

  private static Optional<String> cpuModel() {
    return procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).strip());
  }

  private static Optional<String> procLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
