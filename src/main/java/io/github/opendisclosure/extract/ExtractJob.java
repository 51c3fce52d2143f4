package io.github.opendisclosure.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.opendisclosure.job.PipelineVersion;
import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.OutputFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jobs/extract}: report records from raw files, without Spark. On a folder it writes JSON
 * Lines, one record per file; on a single file it prints the record for a person to read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Extracts the report record of every .txt/.html/.htm file under --input (a",
        "folder, or one file). With --output, writes JSON Lines: one record per input",
        "file, unreadable files as quarantined records with the reason. Without it,",
        "prints the records as indented JSON for a person to read. No Spark needed."})
public final class ExtractJob implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "DIR|FILE", description = "A folder of reports, or one report.")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "The JSON Lines file to write.")
  Path output;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new ExtractJob(), args));
  }

  @Override
  public Integer call() throws IOException {
    if (output != null) {
      OutputFile.require("--output", output, "the JSON Lines file to write", "records.jsonl");
    }
    List<Path> files = reportFiles(input);
    ReportExtractor extractor = ReportExtractor.shared();
    // Files are extracted in parallel and written in path order, so the output is the same every run.
    List<ReportRecord> records = files.parallelStream().map(file -> extract(extractor, file)).toList();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      for (ReportRecord record : records) {
        out.println(ReportRecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(record));
      }
      return 0;
    }
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (ReportRecord record : records) {
        writer.write(jsonLine(record));
        writer.newLine();
      }
    }
    long quarantined = records.stream().filter(ReportRecord::isQuarantined).count();
    spec.commandLine().getErr().printf("Extracted %d files into %s (%d quarantined)%n",
        records.size(), output, quarantined);
    return 0;
  }

  /** The report files under a folder, in path order, or the one file given. */
  static List<Path> reportFiles(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input)) {
      throw new JobUserError("Input not found: " + input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      // Pipes and links to missing files are listed too, to come out as unreadable records.
      return walk.filter(file -> !Files.isDirectory(file)).filter(ExtractJob::isReportFile).sorted().toList();
    }
  }

  private static boolean isReportFile(Path file) {
    return SourceDocument.isReportFileName(file.getFileName().toString());
  }

  private static ReportRecord extract(ReportExtractor extractor, Path file) {
    if (!Files.isRegularFile(file)) {
      // Reading a named pipe would wait for a writer forever.
      return ReportExtractor.unreadableFile(file.toString(),
          "not a regular file (a named pipe, a device or a link to a missing file)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return ReportExtractor.unreadableFile(file.toString(), "the file cannot be read: " + e.getMessage());
    }
    return extractor.extract(SourceDocument.of(file, bytes));
  }

  private static String jsonLine(ReportRecord record) {
    try {
      return ReportRecordJson.mapper().writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A report record always serializes", e);
    }
  }
}
