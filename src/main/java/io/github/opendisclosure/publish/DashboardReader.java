package io.github.opendisclosure.publish;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.assessment.AssessmentRubric;
import io.github.opendisclosure.assessment.AssessmentTable;
import io.github.opendisclosure.indicators.IndicatorTable;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a dashboard's data from the lakehouse: the reports, agency_year_indicators and (when the rubric
 * has been assessed) assessment_scores tables, each at its current version, named in the result.
 *
 * <p>Reading resolves the versions only. The rows are two Spark queries, run when the writer opens them:
 * Spark sorts them (spilling to disk when it must) and {@link Dataset#toLocalIterator} hands them to the
 * driver a partition at a time, so the driver never holds a whole table. Spark compares text by its
 * UTF-8 bytes: the same order as Java's {@code String.compareTo} for every character but those beyond
 * U+FFFF, which sort after U+E000–U+FFFF here.
 */
public final class DashboardReader {

  private static final DateTimeFormatter COMMIT_TIME = DateTimeFormatter.ISO_INSTANT;

  private final Lakehouse lakehouse;

  public DashboardReader(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
  }

  public DashboardData read(AssessmentRubric rubric) {
    Optional<VersionedTable> reports = current(LakehouseTable.REPORTS.tableName(),
        lakehouse.pathOf(LakehouseTable.REPORTS));
    Optional<VersionedTable> indicators = current(IndicatorTable.AGENCY_YEAR.tableName(),
        lakehouse.pathOf(IndicatorTable.AGENCY_YEAR));
    Optional<VersionedTable> scores = current(AssessmentTable.SCORES.tableName(),
        lakehouse.pathOf(AssessmentTable.SCORES));
    if (reports.isEmpty() || indicators.isEmpty()) {
      throw new JobUserError("The lakehouse " + lakehouse.root() + " has no reports or agency_year_indicators table;"
          + " run jobs/refresh (or jobs/pipeline) first");
    }
    List<SourceTable> sources = Stream.of(reports, indicators, scores).flatMap(Optional::stream)
        .map(VersionedTable::source).toList();
    SparkSession spark = lakehouse.spark();
    return new DashboardData(sources, rubric.label(),
        () -> rows(agencyYears(reports.get().load(spark), indicators.get().load(spark),
            scores.map(table -> table.load(spark).where(col("rubric_name").equalTo(rubric.name())
                .and(col("rubric_version").equalTo(rubric.version())))))),
        () -> rows(evidence(reports.get().load(spark))));
  }

  /** One row per report, with its indicators and score: the columns of {@link DashboardColumn#ALL}. */
  private static Dataset<Row> agencyYears(Dataset<Row> reports, Dataset<Row> indicators,
      Optional<Dataset<Row>> scores) {
    List<Column> columns = new ArrayList<>();
    for (DashboardColumn column : DashboardColumn.ALL) {
      columns.add(switch (column.source()) {
        case REPORT_IDENTITY -> column.name().equals("issues") ? size(col("r.issues")).as("issues")
            : col("r." + column.name());
        case REPORT_METRIC -> col("r." + column.name());
        case INDICATOR -> col("i." + column.name());
        case ASSESSMENT -> scores.isPresent() ? col("s." + column.name()) : lit(null).as(column.name());
      });
    }
    Dataset<Row> joined = reports.as("r").join(indicators.as("i"),
        col("r.agency_key").equalTo(col("i.agency_key")).and(col("r.year").equalTo(col("i.year"))), "left");
    if (scores.isPresent()) {
      joined = joined.join(scores.get().as("s"),
          col("r.agency_key").equalTo(col("s.agency_key")).and(col("r.year").equalTo(col("s.year"))), "left");
    }
    return joined.select(columns.toArray(Column[]::new))
        .orderBy(col("year"), col("province").asc_nulls_last(), col("agency_name").asc_nulls_last(),
            col("agency_key"));
  }

  /**
   * The report's evidence for each metric the dashboard shows and the report states: only those metrics,
   * since the whole evidence map of a country's reports is several times larger.
   */
  private static Dataset<Row> evidence(Dataset<Row> reports) {
    Column[] entries = DashboardColumn.of(DashboardColumn.Source.REPORT_METRIC).stream()
        .map(metric -> struct(lit(metric.name()).as("metric"), col("evidence").getItem(metric.name()).as("text")))
        .toArray(Column[]::new);
    return reports.select(col("year"), col("agency_key"), explode(array(entries)).as("entry"))
        .where(col("entry.text").isNotNull())
        .select(col("year"), col("agency_key"), col("entry.metric").as("metric"), col("entry.text").as("evidence"))
        .orderBy("year", "agency_key", "metric");
  }

  /** The query's rows as lists of values, fetched a partition at a time. */
  private static Iterator<List<Object>> rows(Dataset<Row> query) {
    Iterator<Row> rows = query.toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<Object> next() {
        Row row = rows.next();
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = plain(row.get(i));
        }
        return Arrays.asList(values);
      }
    };
  }

  /** JSON has no NaN or infinity: such a value is shown as not known. */
  private static Object plain(Object value) {
    if (value instanceof Double number && !Double.isFinite(number)) {
      return null;
    }
    return value;
  }

  /** The table's current version; empty when there is no Delta table at the path. */
  private Optional<VersionedTable> current(String name, String path) {
    if (!DeltaTable.isDeltaTable(lakehouse.spark(), path)) {
      return Optional.empty();
    }
    Row latest = DeltaTable.forPath(lakehouse.spark(), path).history(1).select("version", "timestamp").head();
    String committedAt = COMMIT_TIME.format(latest.getTimestamp(1).toInstant().atOffset(ZoneOffset.UTC));
    return Optional.of(new VersionedTable(new SourceTable(name, latest.getLong(0), committedAt), path));
  }

  /** A table at the version {@code source} names: what the export says it read is what it reads. */
  private record VersionedTable(SourceTable source, String path) {

    Dataset<Row> load(SparkSession spark) {
      return spark.read().format("delta").option("versionAsOf", source.version()).load(path);
    }
  }
}
