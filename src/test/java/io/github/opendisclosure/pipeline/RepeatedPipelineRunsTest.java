package io.github.opendisclosure.pipeline;

import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.indicators.IndicatorTable;
import io.github.opendisclosure.indicators.IndicatorTables;
import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.lakehouse.IngestJob;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.testing.ChildJvm;
import io.github.opendisclosure.testing.RunsBesideOtherTests;
import io.github.opendisclosure.testing.SparkSessionTest;
import io.github.opendisclosure.testing.TableContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same tables however the pipeline is run: twice from scratch, or twice at
 * the same moment into one lakehouse. Compared are every table but the run log (a record of runs, which
 * differ), without the columns that hold the time of a run ({@link TableContents#RUN_TIME_COLUMNS}).
 */
@RunsBesideOtherTests
class RepeatedPipelineRunsTest extends SparkSessionTest {

  @TempDir
  static Path folder;

  private static Path input;
  private static Map<String, List<String>> firstRun;

  /** The bundled sample reports, a duplicate of one of them and an empty file, run once from scratch. */
  @BeforeAll
  static void runThePipelineOnce() throws IOException {
    input = folder.resolve("reports");
    try (Stream<Path> samples = Files.walk(Path.of("data/sample-reports"))) {
      for (Path sample : samples.filter(path -> path.toString().endsWith(".txt")).toList()) {
        write(input, sample.getFileName().toString(), Files.readAllBytes(sample));
      }
    }
    write(input.resolve("mirror"), "huaian-city-2024.txt",
        Files.readAllBytes(Path.of("data/sample-reports/huaian/003_huaian-city-gov-2024.txt")));
    write(input, "empty.txt", new byte[0]);
    firstRun = runPipelineInProcess("first");
  }

  @Test
  void aSecondRunFromScratchWritesEqualTables() {
    Map<String, List<String>> secondRun = runPipelineInProcess("second");

    assertEquals(firstRun.keySet(), secondRun.keySet());
    firstRun.forEach((table, rows) -> assertEquals(rows, secondRun.get(table), table));
    assertEquals(8, firstRun.get("reports").size(), "the eight sample reports");
    assertEquals(2, firstRun.get("quarantine").size(), "the empty file and the mirror's duplicate");
  }

  @Test
  void twoRunsStartedAtOnceEndWithTheTablesOfOneRun() throws Exception {
    Path lakehouse = folder.resolve("shared-lakehouse");
    List<String> arguments = new ArrayList<>(List.of("--input", input.toString(), "--lakehouse", lakehouse.toString()));
    arguments.addAll(ChildJvm.localSparkArguments());
    List<Integer> exitCodes = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    try (ChildJvm one = ChildJvm.start(PipelineJob.class, folder.resolve("one.log"), arguments);
        ChildJvm other = ChildJvm.start(PipelineJob.class, folder.resolve("other.log"), arguments)) {
      for (ChildJvm run : List.of(one, other)) {
        exitCodes.add(run.exitCode(Duration.ofMinutes(6)));
        outputs.add(run.output());
      }
    }

    assertTrue(exitCodes.contains(0), "at least one run succeeds: " + outputs);
    for (int i = 0; i < exitCodes.size(); i++) {
      String output = outputs.get(i);
      if (exitCodes.get(i) != 0) {
        // Failing is allowed only cleanly: one line that says why, no stack trace.
        assertEquals(1, exitCodes.get(i), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("error: pipeline failed: ")), output);
        assertFalse(output.contains("\tat "), output);
      }
    }
    Map<String, List<String>> concurrent = contents(new Lakehouse(spark(), lakehouse.toString()));
    concurrent.remove(IndicatorTable.STATE.tableName());
    Map<String, List<String>> single = new TreeMap<>(firstRun);
    single.remove(IndicatorTable.STATE.tableName());
    assertEquals(single.keySet(), concurrent.keySet());
    single.forEach((table, rows) -> assertEquals(rows, concurrent.get(table), table));
  }

  /** What jobs/pipeline does, in this JVM's Spark session, into a new lakehouse. */
  private static Map<String, List<String>> runPipelineInProcess(String name) {
    Lakehouse lakehouse = new Lakehouse(spark(), folder.resolve(name).toString());
    IngestJob.run(lakehouse, input.toString(), List.of());
    IndicatorsJob.run(lakehouse, false, List.of());
    return contents(lakehouse);
  }

  /** Every table but the run log, by name. */
  private static Map<String, List<String>> contents(Lakehouse lakehouse) {
    Map<String, List<String>> contents = new TreeMap<>();
    for (LakehouseTable table : LakehouseTable.values()) {
      if (table != LakehouseTable.RUN_LOG) {
        contents.put(table.tableName(), TableContents.of(spark(), lakehouse.pathOf(table)));
      }
    }
    IndicatorTables indicators = new IndicatorTables(lakehouse);
    for (IndicatorTable table : IndicatorTable.values()) {
      contents.put(table.tableName(), TableContents.of(spark(), indicators.pathOf(table)));
    }
    return contents;
  }
}
