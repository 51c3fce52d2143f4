package io.github.opendisclosure.lakehouse;

import static io.github.opendisclosure.lakehouse.ReportColumns.field;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta tables of the lakehouse, each a folder under the lakehouse root, created with an
 * explicit schema and the Change Data Feed on, so later jobs can read only what changed.
 */
public enum LakehouseTable implements DefinedTable {

  /** One row per raw input file (keyed by path): its bytes' hash, its text and what it became. */
  DOCUMENTS("documents", "One row per raw input file: hash, size, encoding, text and its extracted report",
      new StructType()
          .add(field("source_path", DataTypes.StringType, false, "Input file path or URI (the key)"))
          .add(field("file_name", DataTypes.StringType, false, "Input file name"))
          .add(field("sha256", DataTypes.StringType, false, "SHA-256 of the raw bytes"))
          .add(field("size_bytes", DataTypes.LongType, false, "Size of the raw file"))
          .add(field("encoding", DataTypes.StringType, true, "Encoding the text was decoded from"))
          .add(field("text", DataTypes.StringType, true, "The decoded text"))
          .add(field("status", DataTypes.StringType, false, "extracted or quarantined"))
          .add(field("quarantine_reason", DataTypes.StringType, true, "Why it could not become a record"))
          .add(field("quarantine_message", DataTypes.StringType, true, "The reason in words"))
          .add(field("extractor_version", DataTypes.StringType, false, "Version of the extractor that read it"))
          .add(field("report", ReportColumns.NULLABLE_SCHEMA, true, "The record extracted from it, duplicates included"))
          .add(field("ingested_at", DataTypes.TimestampType, false, "When this version was ingested"))
          .add(field("modified_at", DataTypes.TimestampType, true,
              "The file's modification time when read; with its size, an unchanged file is not read again")),
      List.of()),

  /** One row per agency and year: the report chosen for it, with every metric as a typed column. */
  REPORTS("reports", "One row per agency and year: every metric typed, with evidence and issues",
      ReportColumns.SCHEMA, List.of("year")),

  /** Every input that is not a valid record in the reports table, with the reason. */
  QUARANTINE("quarantine", "Inputs that did not become a report: unreadable files and duplicates, with the reason",
      new StructType()
          .add(field("source_path", DataTypes.StringType, false, "Input file path or URI (the key)"))
          .add(field("source_file", DataTypes.StringType, false, "Input file name"))
          .add(field("source_sha256", DataTypes.StringType, false, "SHA-256 of the raw bytes"))
          .add(field("reason", DataTypes.StringType, false, "Reason code, e.g. empty_document, duplicate_agency_year"))
          .add(field("message", DataTypes.StringType, false, "The reason in words"))
          .add(field("agency_key", DataTypes.StringType, true, "For a duplicate: its agency"))
          .add(field("agency_name", DataTypes.StringType, true, "For a duplicate: its agency's name"))
          .add(field("year", DataTypes.IntegerType, true, "For a duplicate: its year"))
          .add(field("kept_source_path", DataTypes.StringType, true, "For a duplicate: the file kept instead"))
          .add(field("quarantined_at", DataTypes.TimestampType, false, "When it was quarantined")),
      List.of()),

  /** One row per job run. */
  RUN_LOG("run_log", "One row per job run: job, arguments, start, end, rows in and out, outcome",
      new StructType()
          .add(field("run_id", DataTypes.StringType, false, "Unique id of the run"))
          .add(field("job", DataTypes.StringType, false, "Job name, e.g. ingest"))
          .add(field("arguments", DataTypes.StringType, false, "The command-line arguments"))
          .add(field("started_at", DataTypes.TimestampType, false, "Start time"))
          .add(field("ended_at", DataTypes.TimestampType, false, "End time"))
          .add(field("rows_in", DataTypes.LongType, true, "Rows (files, records) the run read"))
          .add(field("rows_out", DataTypes.LongType, true, "Rows the run wrote or changed"))
          .add(field("outcome", DataTypes.StringType, false, "succeeded, failed or unchanged"))
          .add(field("message", DataTypes.StringType, true, "Summary or the error in one line")),
      List.of());

  private final TableDefinition definition;

  LakehouseTable(String tableName, String comment, StructType schema, List<String> partitionColumns) {
    this.definition = new TableDefinition(tableName, comment, schema, partitionColumns);
  }

  @Override
  public TableDefinition definition() {
    return definition;
  }
}
