package io.github.opendisclosure.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads a dashboard's data from the lakehouse: the reports, agency_year_indicators and (when the rubric
 * has been assessed) assessment_scores tables, each at its current version, named in the result.
 */
public final class DashboardReader {

  private static final String EVIDENCE_PREFIX = "evidence_of_";
  private static final DateTimeFormatter COMMIT_TIME = DateTimeFormatter.ISO_INSTANT;
  private static final Comparator<Map<String, Object>> AGENCY_YEAR_ORDER = Comparator
      .comparing((Map<String, Object> row) -> (Integer) row.get("year"))
      .thenComparing(row -> (String) row.get("province"), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(row -> (String) row.get("agency_name"), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(row -> (String) row.get("agency_key"));

  private final Lakehouse lakehouse;

  public DashboardReader(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
  }

  public DashboardData read(AssessmentRubric rubric) {
    String reportsPath = lakehouse.pathOf(LakehouseTable.REPORTS);
    String indicatorsPath = lakehouse.root() + "/" + IndicatorTable.AGENCY_YEAR.tableName();
    String scoresPath = lakehouse.root() + "/" + AssessmentTable.SCORES.tableName();
    if (!isDeltaTable(reportsPath) || !isDeltaTable(indicatorsPath)) {
      throw new JobUserError("The lakehouse " + lakehouse.root() + " has no reports or agency_year_indicators table;"
          + " run jobs/refresh (or jobs/pipeline) first");
    }
    List<SourceTable> sources = new ArrayList<>();
    Dataset<Row> reports = atCurrentVersion(LakehouseTable.REPORTS.tableName(), reportsPath, sources);
    Dataset<Row> indicators = atCurrentVersion(IndicatorTable.AGENCY_YEAR.tableName(), indicatorsPath, sources);
    Optional<Dataset<Row>> scores = isDeltaTable(scoresPath)
        ? Optional.of(atCurrentVersion(AssessmentTable.SCORES.tableName(), scoresPath, sources)
            .where(col("rubric_name").equalTo(rubric.name()).and(col("rubric_version").equalTo(rubric.version()))))
        : Optional.empty();

    List<Column> reportColumns = new ArrayList<>();
    for (DashboardColumn column : DashboardColumn.ALL) {
      switch (column.source()) {
        case REPORT_IDENTITY -> reportColumns.add(column.name().equals("issues")
            ? size(col("r.issues")).as("issues") : col("r." + column.name()));
        case REPORT_METRIC -> reportColumns.add(col("r." + column.name()));
        case INDICATOR -> reportColumns.add(col("i." + column.name()));
        case ASSESSMENT -> reportColumns.add(scores.isPresent() ? col("s." + column.name())
            : org.apache.spark.sql.functions.lit(null).as(column.name()));
      }
    }
    // Only the shown metrics' evidence: the whole map of every report of a country does not fit in a heap.
    for (DashboardColumn column : DashboardColumn.of(DashboardColumn.Source.REPORT_METRIC)) {
      reportColumns.add(col("r.evidence").getItem(column.name()).as(EVIDENCE_PREFIX + column.name()));
    }
    Dataset<Row> joined = reports.as("r").join(indicators.as("i"),
        col("r.agency_key").equalTo(col("i.agency_key")).and(col("r.year").equalTo(col("i.year"))), "left");
    if (scores.isPresent()) {
      joined = joined.join(scores.get().as("s"),
          col("r.agency_key").equalTo(col("s.agency_key")).and(col("r.year").equalTo(col("s.year"))), "left");
    }
    List<Map<String, Object>> agencyYears = new ArrayList<>();
    List<Map<String, Object>> evidence = new ArrayList<>();
    Iterator<Row> rows = joined.select(reportColumns.toArray(Column[]::new)).toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      Map<String, Object> values = new LinkedHashMap<>();
      for (DashboardColumn column : DashboardColumn.ALL) {
        values.put(column.name(), plain(row.getAs(column.name())));
      }
      agencyYears.add(values);
      evidence.addAll(evidenceOf(row, values));
    }
    agencyYears.sort(AGENCY_YEAR_ORDER);
    evidence.sort(Comparator.comparing((Map<String, Object> row) -> (Integer) row.get("year"))
        .thenComparing(row -> (String) row.get("agency_key")).thenComparing(row -> (String) row.get("metric")));
    return new DashboardData(List.copyOf(sources), rubric.label(), List.copyOf(agencyYears), List.copyOf(evidence));
  }

  /** The report's evidence for the metrics the dashboard shows. */
  private static List<Map<String, Object>> evidenceOf(Row row, Map<String, Object> values) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DashboardColumn column : DashboardColumn.of(DashboardColumn.Source.REPORT_METRIC)) {
      String text = row.getAs(EVIDENCE_PREFIX + column.name());
      if (text != null) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("year", values.get("year"));
        entry.put("agency_key", values.get("agency_key"));
        entry.put("metric", column.name());
        entry.put("evidence", text);
        rows.add(entry);
      }
    }
    return rows;
  }

  /** JSON has no NaN or infinity: such a value is shown as not known. */
  private static Object plain(Object value) {
    if (value instanceof Double number && !Double.isFinite(number)) {
      return null;
    }
    return value;
  }

  private Dataset<Row> atCurrentVersion(String name, String path, List<SourceTable> sources) {
    Row latest = DeltaTable.forPath(lakehouse.spark(), path).history(1).select("version", "timestamp").head();
    long version = latest.getLong(0);
    String committedAt = COMMIT_TIME.format(latest.getTimestamp(1).toInstant().atOffset(ZoneOffset.UTC));
    sources.add(new SourceTable(name, version, committedAt));
    return lakehouse.spark().read().format("delta").option("versionAsOf", version).load(path);
  }

  private boolean isDeltaTable(String path) {
    return DeltaTable.isDeltaTable(lakehouse.spark(), path);
  }
}
