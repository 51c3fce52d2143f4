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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Lands raw reports in the lakehouse, idempotently.
 *
 * <ul>
 *   <li>Only new files (by path), changed files (by SHA-256 against the documents table) and files
 *       read by an older extractor version are extracted; a rerun on the same input writes nothing.
 *   <li>A changed file replaces its agency-year in the reports table in one commit
 *       ({@link KeyedRowReplacement}, or MERGE for a large batch); Delta time travel keeps the old
 *       value readable.
 *   <li>Several files for one agency-year: {@link DuplicateReportRule} keeps one, the others are
 *       recorded in the quarantine table with the file kept instead.
 *   <li>The documents table is written last: a run that dies midway left it untouched, so the next
 *       run sees the same files as changed and finishes the work without duplicating a row.
 * </ul>
 */
public final class ReportIngestion {

  /** What the Spark UI and event log call the job that reads and extracts the new and changed files. */
  public static final String EXTRACTION_JOB = "ingest: read and extract the new and changed files";

  /**
   * The ingest's queries run interpreted: no whole-stage code, and expressions, projections and
   * encoders without generated classes. They carry the ~150-column document and report rows, and in a
   * fresh JVM generating and compiling code for those rows (Janino, then the JIT compiling Janino and
   * the generated classes) costs more than it saves: by hand on 2 cores, in five alternating pairs,
   * ingesting 100,000 reports took 16 s (12%) less on average and its extraction job 6.8 s less, a gain
   * smaller than that machine's variance from hour to hour (BENCHMARKS.md). Turning off whole-stage
   * code alone made no difference; the expressions' code is what costs. The indicators, over narrower
   * rows, keep Spark's code generation: theirs took 4 to 6 s longer without it.
   * {@code spark.sql.codegen.factoryMode} is Spark's internal setting (its tests use it); a Spark that
   * dropped it would generate code again, slower to start, with the same results.
   */
  public static final Map<String, String> INTERPRETED_EXECUTION = Map.of(
      "spark.sql.codegen.wholeStage", "false",
      "spark.sql.codegen.factoryMode", "NO_CODEGEN");

  /** The local property {@link SparkContext#setJobDescription} sets. */
  private static final String JOB_DESCRIPTION_PROPERTY = "spark.job.description";
  /** Delta's setting for copying a MERGE source before reading it (all, auto or none). */
  private static final String MERGE_MATERIALIZE_SOURCE = "spark.databricks.delta.merge.materializeSource";
  /** Spark's setting for compressing the columns of cached rows. */
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  private static final String DELETE_FLAG = "_delete";
  private static final String TOUCHED_FLAG = "_touched";
  private static final String CHANGED_FLAG = "_changed";
  private static final String[] REPORT_KEY = {"agency_key", "year"};
  /** The report key as the replaced rows' predicate names it: by year first, the table's partitions. */
  private static final List<String> REPLACED_REPORT_KEY = List.of("year", "agency_key");
  private static final String KNOWN_SHA256 = "known_sha256";
  private static final String KNOWN_MODIFIED_AT = "known_modified_at";
  private static final StructType LISTED_AND_KNOWN_SCHEMA = InputFiles.LISTED_SCHEMA
      .add(KNOWN_SHA256, DataTypes.StringType, true)
      .add(KNOWN_MODIFIED_AT, DataTypes.TimestampType, true);
  private static final StructType CHECKED_SCHEMA = LISTED_AND_KNOWN_SCHEMA.add("sha256", DataTypes.StringType, true);
  private static final Column[] LISTED_COLUMNS = columnsOf(InputFiles.LISTED_SCHEMA);
  private static final Column[] LISTED_AND_KNOWN_COLUMNS = columnsOf(LISTED_AND_KNOWN_SCHEMA);

  private final Lakehouse lakehouse;
  private final StageProgress progress;
  private final int mostKeysReplacedByPredicate;

  public ReportIngestion(Lakehouse lakehouse) {
    this(lakehouse, null);
  }

  /** An ingestion that counts the files it reads on {@code progress} (none when null). */
  public ReportIngestion(Lakehouse lakehouse, StageProgress progress) {
    this(lakehouse, progress, KeyedRowReplacement.MOST_KEYS);
  }

  /** One that merges, instead of replacing by predicate, batches of more than {@code mostKeysReplacedByPredicate} keys. */
  ReportIngestion(Lakehouse lakehouse, StageProgress progress, int mostKeysReplacedByPredicate) {
    this.lakehouse = lakehouse;
    this.progress = progress;
    this.mostKeysReplacedByPredicate = mostKeysReplacedByPredicate;
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
    return ScopedSessionSettings.runWith(lakehouse.spark(), INTERPRETED_EXECUTION,
        () -> ConcurrentWriteRetry.run("ingest", () -> ingestOnce(inputFiles, listed, ingestedAt)));
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
    Dataset<Row> checked = checkedAgainstDocuments(inputFiles, counted(files), documentsBefore).localCheckpoint(true);
    Dataset<Row> changedFiles = checked.where(col(KNOWN_SHA256).isNull().or(col("sha256").notEqual(col(KNOWN_SHA256))))
        .select(LISTED_COLUMNS);
    // A file whose time the file system does not give (a dangling link) is hashed on every run; the
    // same bytes and no time are no change to record.
    Dataset<Row> onlyTouched = checked.where(col("sha256").equalTo(col(KNOWN_SHA256))
            .and(not(col("modified_at").eqNullSafe(col(KNOWN_MODIFIED_AT)))))
        .select(col("path").as("source_path"), col("sha256"), col("modified_at"));
    Row changedTotals = changedFiles.agg(count(lit(1)), coalesce(sum("size_bytes"), lit(0L))).first();
    long changed = changedTotals.getLong(0);
    if (changed == 0) {
      if (!onlyTouched.isEmpty()) {
        recordModificationTimes(onlyTouched);
      }
      return new IngestionResult(filesRead, 0, 0, 0);
    }
    int tasks = InputFiles.taskCount(changed, changedTotals.getLong(1), lakehouse.spark().sparkContext().defaultParallelism());
    Dataset<Row> extracted = describedAs(EXTRACTION_JOB,
        () -> storedOnDisk(extract(inputFiles, changedFiles.repartition(tasks), ingestedAt)));
    try {
      // The few columns ranking and quarantine read, apart, and checkpointed, here and below: re-planning
      // the window and unions over the ~150-column report struct inside each write costs minutes and
      // gigabytes of driver heap even for a handful of files.
      Dataset<Row> extractedOutline = DuplicateReportRule.outlineOf(extracted).localCheckpoint(true);
      Dataset<Row> candidates = rankedCandidates(documentsBefore, extractedOutline).localCheckpoint(true);
      long reportsWritten = writeReports(documentsBefore, extracted, candidates);
      long quarantined = mergeQuarantine(extractedOutline, candidates, ingestedAt);
      // Another ingest that landed documents meanwhile may have ranked other files of the same
      // agency-years; this run's choice was made without them, so it starts over and ranks them all.
      if (lakehouse.version(LakehouseTable.DOCUMENTS) != documentsVersion) {
        throw new ConcurrentWriteRetry.TableChangedMeanwhile("the documents table changed during this ingest");
      }
      writeDocuments(documentsBefore, extracted, changed, onlyTouched);
      return new IngestionResult(filesRead, changed, reportsWritten, quarantined);
    } finally {
      // Blocking: a job that ends right after would stop Spark while the blocks are still being removed,
      // and print the executor's refusals of that work as stack traces.
      extracted.unpersist(true);
    }
  }

  /**
   * The rows, computed once and kept on the executors' local disks: every write reads them, and a first
   * ingest's texts and records are larger than the heap. A checkpoint kept them in memory first, where
   * they did not fit, and spilled them after unrolling them: extracting 100,000 reports took 73 s that
   * way and 67 s with the rows on disk. They are kept uncompressed: choosing each column's encoding
   * hashes every text, and the job took 56 to 59 s instead of 66 (by hand, two pairs of ingests).
   */
  private Dataset<Row> storedOnDisk(Dataset<Row> rows) {
    return ScopedSessionSettings.runWith(lakehouse.spark(), Map.of(CACHE_COMPRESSED, "false"), () -> {
      Dataset<Row> stored = rows.persist(StorageLevel.DISK_ONLY());
      stored.count();
      return stored;
    });
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

  /**
   * The listed files that may have changed since the documents table recorded them, each with the
   * SHA-256 that table knows ({@code known_sha256}, null for a new file) and, for a known file, the
   * SHA-256 of its bytes now. A file at a path not ingested yet, or ingested by an older extractor, is
   * new without reading it. A known file with the size and modification time it had when read is
   * unchanged without reading it either, as make and rsync judge, and is left out. The others are
   * hashed: only those whose bytes changed are read again to be extracted, so no file's bytes are
   * shuffled or held; those that were only touched get their new time recorded.
   */
  private static Dataset<Row> checkedAgainstDocuments(InputFiles inputFiles, Dataset<Row> files,
      Dataset<Row> documentsBefore) {
    Dataset<Row> known = documentsBefore.where(col("extractor_version").equalTo(ReportExtractor.VERSION))
        .select(col("source_path").as("known_path"), col("sha256").as(KNOWN_SHA256),
            col("size_bytes").as("known_size_bytes"), col("modified_at").as(KNOWN_MODIFIED_AT));
    Column unchangedBySizeAndTime = col("size_bytes").equalTo(col("known_size_bytes"))
        .and(col("modified_at").equalTo(col(KNOWN_MODIFIED_AT)));
    Dataset<Row> unconfirmed = files.join(known, col("path").equalTo(col("known_path")), "left")
        .where(col(KNOWN_SHA256).isNull().or(not(coalesce(unchangedBySizeAndTime, lit(false)))))
        .select(LISTED_AND_KNOWN_COLUMNS);
    MapFunction<Row, Row> hashKnownFiles = file -> {
      String knownSha256 = file.getAs(KNOWN_SHA256);
      String sha256 = knownSha256 == null ? null : inputFiles.sha256(file.getAs("path"), file.getAs("openable"));
      return RowFactory.create(file.getAs("path"), file.getAs("size_bytes"), file.getAs("openable"),
          file.getAs("modified_at"), knownSha256, file.getAs(KNOWN_MODIFIED_AT), sha256);
    };
    return unconfirmed.map(hashKnownFiles, Encoders.row(CHECKED_SCHEMA));
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

  /**
   * Writes the kept report of every touched agency-year that the reports table does not hold as it is
   * (a new agency-year, or another file, other bytes or an older extractor than the row there), and
   * deletes the agency-years left without a report; returns how many reports it wrote.
   */
  private long writeReports(Dataset<Row> documentsBefore, Dataset<Row> extracted, Dataset<Row> candidates) {
    Dataset<Row> kept = candidates.where(col("rank").equalTo(1));
    Dataset<Row> orphanKeys = candidates.where(col("orphan")).select(REPLACED_REPORT_KEY.get(0), REPLACED_REPORT_KEY.get(1));
    Dataset<Row> reportsBefore = lakehouse.read(LakehouseTable.REPORTS)
        .select(col(REPORT_KEY[0]), col(REPORT_KEY[1]), col("source_path"), col("source_sha256"), col("extractor_version"));
    Dataset<Row> replacedKeys = kept.select(col(REPORT_KEY[0]), col(REPORT_KEY[1]), col("source_path"),
            col("source_sha256"), lit(ReportExtractor.VERSION).as("extractor_version"))
        .join(reportsBefore, reportsBefore.columns(), "left_anti")
        .select(REPLACED_REPORT_KEY.get(0), REPLACED_REPORT_KEY.get(1)).unionByName(orphanKeys).distinct()
        .localCheckpoint(true);
    long replaced = replacedKeys.count();
    if (replaced == 0) {
      return 0;
    }
    Dataset<Row> records = keptRecords(documentsBefore, extracted, kept, reportsBefore)
        .join(replacedKeys, REPORT_KEY, "left_semi");
    String match = "t.year = s.year AND t.agency_key = s.agency_key";
    if (reportsBefore.join(replacedKeys, REPORT_KEY, "left_semi").isEmpty()) {
      insertNew(LakehouseTable.REPORTS, records, match);
    } else if (replaced <= mostKeysReplacedByPredicate) {
      KeyedRowReplacement.replace(records, replacedKeys.collectAsList(), REPLACED_REPORT_KEY,
          lakehouse.pathOf(LakehouseTable.REPORTS));
    } else {
      upsertAndDelete(LakehouseTable.REPORTS, records, orphanKeys, match,
          "t.source_sha256 <> s.source_sha256 OR t.source_path <> s.source_path"
              + " OR t.extractor_version <> s.extractor_version");
    }
    // The orphans' rows were deleted, not written.
    return replaced - orphanKeys.count();
  }

  /**
   * The whole records of the kept reports that may differ from those in the reports table. A changed
   * file's comes from this run's extraction. An unchanged file's is already there unless it wins only now,
   * because the file kept before changed or went to another year; only then are the documents'
   * records read.
   */
  private Dataset<Row> keptRecords(Dataset<Row> documentsBefore, Dataset<Row> extracted, Dataset<Row> kept,
      Dataset<Row> reportsBefore) {
    Dataset<Row> changedRecords = reportsOf(extracted)
        .join(kept.where(col(CHANGED_FLAG)).select("source_path"), new String[] {"source_path"}, "left_semi");
    String[] byPlace = {"source_path", REPORT_KEY[0], REPORT_KEY[1]};
    // Checkpointed: a MERGE source that scans its own target confuses Delta's deletion-vector plan.
    Dataset<Row> keptOnlyNow = kept.where(not(col(CHANGED_FLAG))).select("source_path", REPORT_KEY)
        .join(reportsBefore.select("source_path", REPORT_KEY), byPlace, "left_anti")
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
   * Writes the extracted files' rows in place of their paths' rows. A file touched without a change gets
   * its new modification time, in a commit of its own when files also changed (rare: a copy that keeps
   * the bytes but not the times); the time is recorded only beside the hash it was compared with.
   */
  private void writeDocuments(Dataset<Row> documentsBefore, Dataset<Row> extracted, long changed,
      Dataset<Row> onlyTouched) {
    Dataset<Row> changedPaths = extracted.select("source_path");
    if (documentsBefore.join(changedPaths, new String[] {"source_path"}, "left_semi").isEmpty()) {
      insertNew(LakehouseTable.DOCUMENTS, extracted, "t.source_path = s.source_path");
    } else if (changed <= mostKeysReplacedByPredicate) {
      KeyedRowReplacement.replace(extracted, changedPaths.collectAsList(), List.of("source_path"),
          lakehouse.pathOf(LakehouseTable.DOCUMENTS));
    } else {
      mergeDocuments(extracted, onlyTouched);
      return;
    }
    if (!onlyTouched.isEmpty()) {
      recordModificationTimes(onlyTouched);
    }
  }

  /**
   * Writes rows of which the table holds no key (a first ingest, new reports): Delta's insert-only
   * MERGE reads only the table's keys to check, where a MERGE that may also update joins every column of
   * the files it touches (a first ingest of 100,000 reports wrote reports in 21 s instead of 32, documents
   * in 12 s instead of 19). Like any MERGE it is refused when another run inserted one of the keys
   * meanwhile, which a plain append would duplicate.
   */
  private void insertNew(LakehouseTable table, Dataset<Row> rows, String matchCondition) {
    mergeWithoutCopyingTheSource(() -> lakehouse.deltaTable(table).as("t")
        .merge(rows.as("s"), matchCondition)
        .whenNotMatched().insertAll()
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
    ScopedSessionSettings.runWith(lakehouse.spark(), Map.of(MERGE_MATERIALIZE_SOURCE, "none"), () -> {
      merge.run();
      return null;
    });
  }

  private static Column[] columnsOf(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(name -> col(name)).toArray(Column[]::new);
  }

  private void recordModificationTimes(Dataset<Row> onlyTouched) {
    mergeDocuments(lakehouse.spark().createDataFrame(List.of(), LakehouseTable.DOCUMENTS.schema()), onlyTouched);
  }
}
