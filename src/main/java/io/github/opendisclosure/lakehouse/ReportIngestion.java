package io.github.opendisclosure.lakehouse;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.github.opendisclosure.extract.QuarantineReason;
import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.SourceDocument;
import io.github.opendisclosure.job.StageProgress;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Lands raw reports in the lakehouse, idempotently.
 *
 * <ul>
 *   <li>Only new files (by path), changed files (by SHA-256 against the documents table) and files
 *       read by an older extractor version are extracted; a rerun on the same input writes nothing.
 *   <li>A changed file replaces its agency-year in the reports table through MERGE; Delta time
 *       travel keeps the old value readable.
 *   <li>Several files for one agency-year: {@link DuplicateReportRule} keeps one, the others are
 *       recorded in the quarantine table with the file kept instead.
 *   <li>The documents table is merged last: a run that dies midway left it untouched, so the next
 *       run sees the same files as changed and finishes the work without duplicating a row.
 * </ul>
 */
public final class ReportIngestion {

  /** What the Spark UI and event log call the job that reads and extracts the new and changed files. */
  public static final String EXTRACTION_JOB = "ingest: read and extract the new and changed files";

  /** The local property {@link SparkContext#setJobDescription} sets. */
  private static final String JOB_DESCRIPTION_PROPERTY = "spark.job.description";
  /** Delta's setting for copying a MERGE source before reading it (all, auto or none). */
  private static final String MERGE_MATERIALIZE_SOURCE = "spark.databricks.delta.merge.materializeSource";
  private static final String DELETE_FLAG = "_delete";
  private static final String TOUCHED_FLAG = "_touched";
  private static final String CHANGED_FLAG = "_changed";
  private static final String[] REPORT_KEY = {"agency_key", "year"};
  private static final StructType FINGERPRINTED_SCHEMA = InputFiles.LISTED_SCHEMA
      .add("sha256", DataTypes.StringType, false);

  private final Lakehouse lakehouse;
  private final StageProgress progress;

  public ReportIngestion(Lakehouse lakehouse) {
    this(lakehouse, null);
  }

  /** An ingestion that counts the files it reads on {@code progress} (none when null). */
  public ReportIngestion(Lakehouse lakehouse, StageProgress progress) {
    this.lakehouse = lakehouse;
    this.progress = progress;
  }

  /**
   * Ingests every report file under {@code input}; {@code ingestedAt} stamps the rows this run writes.
   * A run that another ingest of the same lakehouse overtook is redone from the start (see
   * {@link ConcurrentWriteRetry}): ingest is idempotent, so the second attempt writes only what is
   * still missing.
   */
  public IngestionResult ingest(String input, Timestamp ingestedAt) {
    InputFiles inputFiles = InputFiles.of(lakehouse.spark());
    List<FileStatus> listed = inputFiles.list(input);
    return ConcurrentWriteRetry.run("ingest", () -> ingestOnce(inputFiles, listed, ingestedAt));
  }

  private IngestionResult ingestOnce(InputFiles inputFiles, List<FileStatus> listed, Timestamp ingestedAt) {
    lakehouse.createMissingTables();
    Dataset<Row> files = inputFiles.asRows(lakehouse.spark(), listed);
    long filesRead = listed.size();
    if (progress != null) {
      progress.countingTo(filesRead, "files read");
    }

    // Every decision below is made against this one version of the documents table.
    long documentsVersion = lakehouse.version(LakehouseTable.DOCUMENTS);
    Dataset<Row> documentsBefore = lakehouse.spark().read().format("delta").option("versionAsOf", documentsVersion)
        .load(lakehouse.pathOf(LakehouseTable.DOCUMENTS));
    // A file is read again when its bytes changed, and when a newer extractor would read it differently.
    Dataset<Row> currentDocuments = documentsBefore.where(col("extractor_version").equalTo(ReportExtractor.VERSION))
        .select(col("source_path").as("path"), col("sha256"), col("size_bytes"), col("modified_at"));
    // A file at a path not ingested yet is new without reading it. A known file with the size and
    // modification time it had when read is unchanged without reading it either, as make and rsync
    // judge. The others are hashed: only those whose bytes changed are read again to be extracted, so
    // no file's bytes are shuffled or held; those that were only touched get their new time recorded.
    String[] byPath = {"path"};
    Dataset<Row> knownPaths = currentDocuments.select("path");
    Dataset<Row> newFiles = counted(files.join(knownPaths, byPath, "left_anti"));
    Dataset<Row> touchedFiles = counted(files.join(knownPaths, byPath, "left_semi"))
        .join(currentDocuments.select("path", "size_bytes", "modified_at"),
            new String[] {"path", "size_bytes", "modified_at"}, "left_anti");
    Dataset<Row> hashed = fingerprinted(inputFiles, touchedFiles).localCheckpoint(true);
    String[] byContent = {"path", "sha256"};
    Dataset<Row> changedKnownFiles = hashed.join(currentDocuments.select("path", "sha256"), byContent, "left_anti")
        .drop("sha256");
    Dataset<Row> onlyTouched = hashed.join(currentDocuments.select("path", "sha256"), byContent, "left_semi")
        .select(col("path").as("source_path"), col("sha256"), col("modified_at")).localCheckpoint(true);
    Dataset<Row> changedFiles = newFiles.unionByName(changedKnownFiles).localCheckpoint(true);
    Row changedTotals = changedFiles.agg(count(lit(1)), coalesce(sum("size_bytes"), lit(0L))).first();
    long changed = changedTotals.getLong(0);
    if (changed == 0) {
      if (!onlyTouched.isEmpty()) {
        recordModificationTimes(onlyTouched);
      }
      return new IngestionResult(filesRead, 0, 0, 0);
    }
    int tasks = InputFiles.taskCount(changed, changedTotals.getLong(1), lakehouse.spark().sparkContext().defaultParallelism());
    // Checkpointed, here and below: every MERGE reads these rows several times, and re-planning the
    // window and unions over the ~150-column report struct inside each MERGE costs minutes and
    // gigabytes of driver heap even for a handful of files.
    Dataset<Row> extracted = describedAs(EXTRACTION_JOB,
        () -> extract(inputFiles, changedFiles.repartition(tasks), ingestedAt).localCheckpoint(true));
    // The few columns ranking and quarantine read, apart: the checkpointed rows are not columnar, so
    // each step that read them whole would read every text again.
    Dataset<Row> extractedOutline = DuplicateReportRule.outlineOf(extracted).localCheckpoint(true);
    Dataset<Row> candidates = rankedCandidates(documentsBefore, extractedOutline).localCheckpoint(true);
    long reportsWritten = mergeReports(documentsBefore, extracted, candidates);
    long quarantined = mergeQuarantine(extractedOutline, candidates, ingestedAt);
    // Another ingest that landed documents meanwhile may have ranked other files of the same
    // agency-years; this run's choice was made without them, so it starts over and ranks them all.
    if (lakehouse.version(LakehouseTable.DOCUMENTS) != documentsVersion) {
      throw new ConcurrentWriteRetry.TableChangedMeanwhile("the documents table changed during this ingest");
    }
    mergeDocuments(extracted, onlyTouched);
    return new IngestionResult(filesRead, changed, reportsWritten, quarantined);
  }

  /** Runs {@code work} with its Spark jobs described as {@code description}. */
  private <T> T describedAs(String description, Supplier<T> work) {
    SparkContext context = lakehouse.spark().sparkContext();
    String previous = context.getLocalProperty(JOB_DESCRIPTION_PROPERTY);
    context.setJobDescription(description);
    try {
      return work.get();
    } finally {
      context.setJobDescription(previous);
    }
  }

  /** The files, each counted on the progress as Spark checks it. */
  private Dataset<Row> counted(Dataset<Row> files) {
    return progress == null ? files : countedOn(progress.counter(), files);
  }

  /** Static, so that the function Spark ships to the executors holds the accumulator only. */
  private static Dataset<Row> countedOn(LongAccumulator read, Dataset<Row> files) {
    MapFunction<Row, Row> count = file -> {
      read.add(1);
      return file;
    };
    return files.map(count, Encoders.row(files.schema()));
  }

  /** Each listed file with the SHA-256 of its bytes. */
  private static Dataset<Row> fingerprinted(InputFiles inputFiles, Dataset<Row> files) {
    MapFunction<Row, Row> hash = file -> {
      String path = file.getAs("path");
      boolean openable = file.getAs("openable");
      return RowFactory.create(path, file.getAs("size_bytes"), openable, file.getAs("modified_at"),
          inputFiles.sha256(path, openable));
    };
    return files.map(hash, Encoders.row(FINGERPRINTED_SCHEMA));
  }

  /**
   * The documents-table rows of every file under {@code input}, extracted in as many tasks as the
   * ingest would use, and written nowhere: the extraction in Spark on its own, for measuring it.
   */
  public static Dataset<Row> extractedRowsOf(SparkSession spark, String input) {
    InputFiles inputFiles = InputFiles.of(spark);
    List<FileStatus> listed = inputFiles.list(input);
    long bytes = listed.stream().mapToLong(FileStatus::getLen).sum();
    int tasks = InputFiles.taskCount(listed.size(), bytes, spark.sparkContext().defaultParallelism());
    return extract(inputFiles, inputFiles.asRows(spark, listed).repartition(tasks),
        new Timestamp(System.currentTimeMillis()));
  }

  /**
   * Reads and extracts the listed files into documents-table rows, one at a time as Spark pulls them,
   * so a partition's texts are never all held at once.
   */
  static Dataset<Row> extract(InputFiles inputFiles, Dataset<Row> files, Timestamp ingestedAt) {
    MapFunction<Row, Row> extractFile = file -> {
      String path = file.getAs("path");
      byte[] content = inputFiles.read(path, file.getAs("openable"));
      ReportExtractor.ExtractedDocument extracted = content != null
          ? ReportExtractor.shared().read(new SourceDocument(path, content))
          : new ReportExtractor.ExtractedDocument(
              ReportExtractor.unreadableFile(path, "the file is listed but cannot be read"), null);
      return DocumentRows.toDocumentRow(extracted, file.getAs("modified_at"), ingestedAt);
    };
    return files.map(extractFile, Encoders.row(LakehouseTable.DOCUMENTS.schema()));
  }

  /**
   * Every report of the agency-years this run touches, ranked by {@link DuplicateReportRule}: the
   * changed files' new records, and the records of unchanged files for the same agency-years. An
   * agency-year a changed file used to belong to is touched too, so a corrected year moves cleanly.
   * Only the columns the rule reads are ranked; {@link #keptRecords} fetches the whole records kept.
   */
  private static Dataset<Row> rankedCandidates(Dataset<Row> documentsBefore, Dataset<Row> extractedOutline) {
    Dataset<Row> changedPaths = extractedOutline.select("source_path");
    Dataset<Row> previousVersions = documentsBefore.join(changedPaths, "source_path");
    Dataset<Row> changedCandidates = DuplicateReportRule.rankingColumnsOf(extractedOutline).withColumn(CHANGED_FLAG, lit(true));
    Dataset<Row> touchedKeys = changedCandidates.select(REPORT_KEY[0], REPORT_KEY[1])
        .union(DuplicateReportRule.rankingColumnsOf(previousVersions).select(REPORT_KEY[0], REPORT_KEY[1]))
        .distinct();
    Dataset<Row> unchangedCandidates = DuplicateReportRule.rankingColumnsOf(
        documentsBefore.join(changedPaths, new String[] {"source_path"}, "left_anti")).withColumn(CHANGED_FLAG, lit(false));
    Dataset<Row> candidates = changedCandidates.unionByName(unchangedCandidates)
        .join(touchedKeys, REPORT_KEY, "left_semi");
    Dataset<Row> ranked = candidates
        .withColumn("rank", row_number().over(DuplicateReportRule.ranking()))
        .withColumn("kept_source_path", first(col("source_path")).over(DuplicateReportRule.ranking()));
    // Keys with no candidate left (a file now reads as another year) are kept so their old row can go.
    Dataset<Row> orphanKeys = touchedKeys.join(candidates, REPORT_KEY, "left_anti").withColumn("orphan", lit(true));
    return ranked.withColumn("orphan", lit(false)).unionByName(orphanKeys, true);
  }

  private static Dataset<Row> reportsOf(Dataset<Row> documents) {
    return documents.where(col("report").isNotNull()).select("report.*");
  }

  /** Upserts the kept report of every touched agency-year and deletes those left without one. */
  private long mergeReports(Dataset<Row> documentsBefore, Dataset<Row> extracted, Dataset<Row> candidates) {
    Dataset<Row> kept = candidates.where(col("rank").equalTo(1));
    Dataset<Row> orphanKeys = candidates.where(col("orphan")).select(REPORT_KEY[0], REPORT_KEY[1]);
    upsertAndDelete(LakehouseTable.REPORTS, keptRecords(documentsBefore, extracted, kept), orphanKeys,
        "t.year = s.year AND t.agency_key = s.agency_key",
        "t.source_sha256 <> s.source_sha256 OR t.source_path <> s.source_path"
            + " OR t.extractor_version <> s.extractor_version");
    return kept.count();
  }

  /**
   * The whole records of the kept reports that may differ from those in the reports table. A changed
   * file's comes from this run's extraction. An unchanged file's is already there unless it wins only now,
   * because the file kept before changed or went to another year; only then are the documents'
   * records read.
   */
  private Dataset<Row> keptRecords(Dataset<Row> documentsBefore, Dataset<Row> extracted, Dataset<Row> kept) {
    Dataset<Row> changedRecords = reportsOf(extracted)
        .join(kept.where(col(CHANGED_FLAG)).select("source_path"), new String[] {"source_path"}, "left_semi");
    String[] byPlace = {"source_path", REPORT_KEY[0], REPORT_KEY[1]};
    // Checkpointed: a MERGE source that scans its own target confuses Delta's deletion-vector plan.
    Dataset<Row> keptOnlyNow = kept.where(not(col(CHANGED_FLAG))).select("source_path", REPORT_KEY)
        .join(lakehouse.read(LakehouseTable.REPORTS).select("source_path", REPORT_KEY), byPlace, "left_anti")
        .select("source_path").localCheckpoint(true);
    if (keptOnlyNow.isEmpty()) {
      return changedRecords;
    }
    return changedRecords.unionByName(reportsOf(documentsBefore).join(keptOnlyNow, new String[] {"source_path"}, "left_semi"));
  }

  /**
   * Quarantines the changed files that could not be read and the duplicates that lost to another
   * file, and releases quarantine rows that no longer apply (a file fixed, a duplicate now kept).
   */
  private long mergeQuarantine(Dataset<Row> extractedOutline, Dataset<Row> candidates, Timestamp quarantinedAt) {
    Dataset<Row> unreadable = extractedOutline.where(col("report").isNull()).select(
        col("source_path"), col("file_name").as("source_file"), col("sha256").as("source_sha256"),
        col("quarantine_reason").as("reason"), col("quarantine_message").as("message"),
        lit(null).cast("string").as("agency_key"), lit(null).cast("string").as("agency_name"),
        lit(null).cast("int").as("year"), lit(null).cast("string").as("kept_source_path"),
        lit(quarantinedAt).as("quarantined_at"));
    Dataset<Row> duplicates = candidates.where(col("rank").gt(1)).select(
        col("source_path"), col("source_file"), col("source_sha256"),
        lit(QuarantineReason.DUPLICATE_AGENCY_YEAR.code()).as("reason"),
        concat(lit("same agency and year as "), col("kept_source_path"),
            lit(", which was kept (" + DuplicateReportRule.DESCRIPTION + ")")).as("message"),
        col("agency_key"), col("agency_name"), col("year"), col("kept_source_path"),
        lit(quarantinedAt).as("quarantined_at"));
    Dataset<Row> quarantine = unreadable.unionByName(duplicates);

    Dataset<Row> touchedKeys = candidates.select(REPORT_KEY[0], REPORT_KEY[1]).distinct();
    Dataset<Row> existing = lakehouse.read(LakehouseTable.QUARANTINE);
    Dataset<Row> releasedFiles = existing.join(extractedOutline.select("source_path"), "source_path");
    Dataset<Row> releasedDuplicates = existing
        .where(col("reason").equalTo(QuarantineReason.DUPLICATE_AGENCY_YEAR.code()))
        .join(touchedKeys, REPORT_KEY, "left_semi");
    // Checkpointed: a MERGE source that scans its own target confuses Delta's deletion-vector plan
    // ([AMBIGUOUS_REFERENCE] filePath).
    Dataset<Row> released = releasedFiles.unionByName(releasedDuplicates).distinct()
        .join(quarantine.select("source_path"), new String[] {"source_path"}, "left_anti")
        .select("source_path").localCheckpoint(true);

    upsertAndDelete(LakehouseTable.QUARANTINE, quarantine, released, "t.source_path = s.source_path",
        "t.source_sha256 <> s.source_sha256 OR t.reason <> s.reason"
            + " OR NOT (t.kept_source_path <=> s.kept_source_path)");
    return quarantine.count();
  }

  /**
   * One MERGE, so one table version, that writes {@code upserts} (rows whose {@code changed} condition
   * holds against their match, and new rows) and removes the rows matching the keys of {@code deletes}.
   */
  private void upsertAndDelete(LakehouseTable table, Dataset<Row> upserts, Dataset<Row> deletes,
      String matchCondition, String changed) {
    Dataset<Row> changes = upserts.withColumn(DELETE_FLAG, lit(false))
        .unionByName(deletes.withColumn(DELETE_FLAG, lit(true)), true);
    mergeWithoutCopyingTheSource(() -> lakehouse.deltaTable(table).as("t")
        .merge(changes.as("s"), matchCondition)
        .whenMatched("s." + DELETE_FLAG).delete()
        .whenMatched("NOT s." + DELETE_FLAG + " AND (" + changed + ")").updateAll()
        .whenNotMatched("NOT s." + DELETE_FLAG).insertAll()
        .execute());
  }

  /**
   * Writes the extracted files' rows and the new modification time of files touched without a change,
   * in one MERGE, so one table version. A time is recorded only beside the hash it was compared with:
   * another ingest may have read other bytes of the file meanwhile.
   */
  private void mergeDocuments(Dataset<Row> extracted, Dataset<Row> onlyTouched) {
    Dataset<Row> changes = extracted.withColumn(TOUCHED_FLAG, lit(false))
        .unionByName(onlyTouched.withColumn(TOUCHED_FLAG, lit(true)), true);
    mergeWithoutCopyingTheSource(() -> lakehouse.deltaTable(LakehouseTable.DOCUMENTS).as("t")
        .merge(changes.as("s"), "t.source_path = s.source_path")
        .whenMatched("s." + TOUCHED_FLAG + " AND t.sha256 = s.sha256")
        .updateExpr(Map.of("modified_at", "s.modified_at"))
        .whenMatched("NOT s." + TOUCHED_FLAG).updateAll()
        .whenNotMatched("NOT s." + TOUCHED_FLAG).insertAll()
        .execute());
  }

  /**
   * Runs a MERGE whose source Delta does not copy first. Delta copies a source that is not a plain Delta
   * scan, because it reads the source twice and the two reads must agree. Every source here is
   * checkpointed rows or a fixed table version, which read the same twice, so the copy would only move
   * every record and text once more.
   */
  private void mergeWithoutCopyingTheSource(Runnable merge) {
    RuntimeConfig conf = lakehouse.spark().conf();
    String previous = conf.get(MERGE_MATERIALIZE_SOURCE, null);
    conf.set(MERGE_MATERIALIZE_SOURCE, "none");
    try {
      merge.run();
    } finally {
      if (previous == null) {
        conf.unset(MERGE_MATERIALIZE_SOURCE);
      } else {
        conf.set(MERGE_MATERIALIZE_SOURCE, previous);
      }
    }
  }

  private void recordModificationTimes(Dataset<Row> onlyTouched) {
    mergeDocuments(lakehouse.spark().createDataFrame(List.of(), LakehouseTable.DOCUMENTS.schema()), onlyTouched);
  }
}
