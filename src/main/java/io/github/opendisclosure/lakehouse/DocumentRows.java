package io.github.opendisclosure.lakehouse;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportRecord;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/** Converts an extracted document into a row of the documents table, its report nested as columns. */
public final class DocumentRows {

  public static final String EXTRACTED = "extracted";
  public static final String QUARANTINED = "quarantined";

  private DocumentRows() {}

  /** A documents-table row for one extracted document, read from a file last modified at {@code modifiedAt}. */
  public static Row toDocumentRow(ReportExtractor.ExtractedDocument document, Timestamp modifiedAt,
      Timestamp ingestedAt) {
    ReportRecord record = document.record();
    return RowFactory.create(
        record.sourcePath(),
        record.sourceFile(),
        record.sourceSha256(),
        record.sourceSizeBytes(),
        record.sourceEncoding(),
        document.text(),
        record.isQuarantined() ? QUARANTINED : EXTRACTED,
        record.quarantineReason(),
        record.isQuarantined() ? record.issues().get(0).message() : null,
        record.extractorVersion(),
        record.isQuarantined() ? null : toReportRow(record, ingestedAt),
        ingestedAt,
        modifiedAt);
  }

  /** A row of {@link ReportColumns#SCHEMA} for a valid record. */
  public static Row toReportRow(ReportRecord record, Timestamp ingestedAt) {
    List<Object> values = new ArrayList<>(ReportColumns.SCHEMA.size());
    values.add(AgencyKey.of(record));
    values.add(record.year());
    values.add(record.agencyName());
    values.add(record.agencyType());
    values.add(record.level());
    values.add(record.province());
    values.add(record.city());
    values.add(record.county());
    values.add(record.township());
    values.add(record.divisionCode());
    values.add(record.publishedDate() == null ? null : Date.valueOf(record.publishedDate()));
    values.add(record.template());
    for (ReportMetric metric : ReportMetric.values()) {
      values.add(columnValue(metric, record.metric(metric)));
    }
    values.add(record.metrics().size());
    values.add(scalaMap(record.applicantBreakdown().entrySet().stream().collect(
        java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, entry -> scalaMap(entry.getValue())))));
    values.add(scalaMap(record.evidence()));
    values.add(JavaConverters.asScalaBuffer(record.issues().stream()
        .map(DocumentRows::issueRow).toList()).toList());
    values.add(record.sourceFile());
    values.add(record.sourcePath());
    values.add(record.sourceSha256());
    values.add(record.sourceEncoding());
    values.add(record.extractorVersion());
    values.add(ingestedAt);
    return RowFactory.create(values.toArray());
  }

  private static Object columnValue(ReportMetric metric, BigDecimal value) {
    if (value == null) {
      return null;
    }
    return ReportColumns.typeOf(metric) == ReportColumns.YUAN_TYPE
        ? value.setScale(2, java.math.RoundingMode.HALF_UP)
        : value.longValueExact();
  }

  private static Row issueRow(ExtractionIssue issue) {
    return RowFactory.create(issue.code(), issue.message());
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(java.util.Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }
}
