package io.github.opendisclosure.extract;

import static io.github.opendisclosure.testing.ReportFiles.proseReport;
import static io.github.opendisclosure.testing.ReportFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opendisclosure.job.JobCommandLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractJobTest {

  @TempDir
  Path folder;

  @Test
  void aFolderBecomesOneJsonLinePerFileInPathOrderUnreadableOnesIncluded() throws IOException {
    Path input = folder.resolve("reports");
    write(input, "a.txt", proseReport("平江县民政局", 2017, 128));
    write(input.resolve("gbk"), "b.html", "<html><body><p>" + proseReport("平江县财政局", 2018, 40)
        + "</p></body></html>", Charset.forName("GBK"));
    write(input, "c.txt", new byte[0]);
    write(input, "notes.doc", new byte[] {1, 2, 3});
    Path output = folder.resolve("out/records.jsonl");

    assertEquals(0, run("--input", input.toString(), "--output", output.toString()));

    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(output)) {
      records.add(ReportRecordJson.mapper().readTree(line));
    }
    assertEquals(List.of("a.txt", "c.txt", "b.html"),
        records.stream().map(record -> record.get("source_file").asText()).toList());
    assertEquals(128, records.get(0).get("metrics").get("proactive_items").asInt());
    assertEquals(2017, records.get(0).get("year").asInt());
    assertEquals("empty_document", records.get(1).get("quarantine_reason").asText());
    assertEquals("GB18030", records.get(2).get("source_encoding").asText());
    assertEquals(40, records.get(2).get("metrics").get("proactive_items").asInt());
  }

  @Test
  void aNamedPipeAndALinkToAMissingFileBecomeUnreadableRecordsWithoutWaiting() throws Exception {
    Path input = folder.resolve("reports");
    write(input, "a.txt", proseReport("平江县民政局", 2017, 128));
    assertEquals(0, new ProcessBuilder("mkfifo", input.resolve("pipe.txt").toString()).start().waitFor());
    Files.createSymbolicLink(input.resolve("gone.txt"), folder.resolve("deleted.txt"));
    Path output = folder.resolve("records.jsonl");

    int exitCode = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> run("--input", input.toString(), "--output", output.toString()));

    assertEquals(0, exitCode);
    List<String> reasons = new ArrayList<>();
    for (String line : Files.readAllLines(output)) {
      JsonNode record = ReportRecordJson.mapper().readTree(line);
      reasons.add(record.get("source_file").asText() + " " + record.get("quarantine_reason").asText());
    }
    assertEquals(List.of("a.txt null", "gone.txt unreadable_file", "pipe.txt unreadable_file"), reasons);
  }

  @Test
  void aMissingInputIsOneLineAndExitCodeTwo() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new ExtractJob());
    commandLine.setErr(new PrintWriter(err));
    assertEquals(JobCommandLine.USER_ERROR, JobCommandLine.execute(commandLine, "--input", folder.resolve("none").toString()));
    assertEquals("error: Input not found: " + folder.resolve("none"), err.toString().strip());
  }

  private static int run(String... args) {
    return JobCommandLine.execute(new ExtractJob(), args);
  }
}
