package io.github.opendisclosure.lakehouse;

import io.github.opendisclosure.extract.MetricUnit;
import io.github.opendisclosure.extract.ReportMetric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of one report in the lakehouse: identity, provenance, one typed column per metric of
 * the {@link ReportMetric} catalog (counts as BIGINT, money as DECIMAL(18,2) yuan), evidence and issues.
 * The reports table has exactly these columns; the documents table nests them as its {@code report}.
 */
public final class ReportColumns {

  /** Money in yuan: up to a trillion, to the fen. */
  public static final DecimalType YUAN_TYPE = DataTypes.createDecimalType(18, 2);

  /** Delta enforces no NOT NULL inside arrays, so the issue fields are declared nullable. */
  public static final StructType ISSUE_TYPE = new StructType()
      .add("code", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  public static final StructType SCHEMA = build();

  /**
   * The same columns, all nullable, for the documents table's nested {@code report}: Delta checks a
   * nested NOT NULL even where the whole struct is null (a quarantined document).
   */
  public static final StructType NULLABLE_SCHEMA = new StructType(java.util.Arrays.stream(SCHEMA.fields())
      .map(field -> new StructField(field.name(), field.dataType(), true, field.metadata()))
      .toArray(StructField[]::new));

  private ReportColumns() {}

  /** The column type of a metric. */
  public static DataType typeOf(ReportMetric metric) {
    return metric.unit() == MetricUnit.YUAN ? YUAN_TYPE : DataTypes.LongType;
  }

  private static StructType build() {
    List<StructField> fields = new ArrayList<>();
    fields.add(field("agency_key", DataTypes.StringType, false,
        "Stable key of the agency: division_code/agency_type, or name/agency_name when either is unknown"));
    fields.add(field("year", DataTypes.IntegerType, false, "The year the report covers"));
    fields.add(field("agency_name", DataTypes.StringType, false, "Full name of the agency with its region"));
    fields.add(field("agency_type", DataTypes.StringType, true, "Kind of office, e.g. civil_affairs"));
    fields.add(field("level", DataTypes.StringType, true, "province, city, county or township"));
    fields.add(field("province", DataTypes.StringType, true, "Province-level division"));
    fields.add(field("city", DataTypes.StringType, true, "City-level division"));
    fields.add(field("county", DataTypes.StringType, true, "County-level division"));
    fields.add(field("township", DataTypes.StringType, true, "Township-level division"));
    fields.add(field("division_code", DataTypes.StringType, true, "GB/T 2260 code of the smallest known division"));
    fields.add(field("published_date", DataTypes.DateType, true, "Publication date where the text gives one"));
    fields.add(field("template", DataTypes.StringType, false, "pre2019, 2019, 2021 or narrative"));
    for (ReportMetric metric : ReportMetric.values()) {
      fields.add(field(metric.key(), typeOf(metric), true, metric.source()));
    }
    fields.add(field("known_metrics", DataTypes.IntegerType, false, "How many metrics the report states"));
    fields.add(field("applicant_breakdown",
        DataTypes.createMapType(DataTypes.StringType,
            DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, true), true),
        true, "Application-table rows by metric key, each by applicant column"));
    fields.add(field("evidence", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
        true, "The row or sentence each metric was read from, by metric key"));
    fields.add(field("issues", DataTypes.createArrayType(ISSUE_TYPE, true), false,
        "What does not add up in the report: code and message"));
    fields.add(field("source_file", DataTypes.StringType, false, "Input file name"));
    fields.add(field("source_path", DataTypes.StringType, false, "Input file path or URI"));
    fields.add(field("source_sha256", DataTypes.StringType, false, "SHA-256 of the input bytes"));
    fields.add(field("source_encoding", DataTypes.StringType, true, "Encoding the text was decoded from"));
    fields.add(field("extractor_version", DataTypes.StringType, false, "Version of the extractor"));
    fields.add(field("ingested_at", DataTypes.TimestampType, false, "When the ingest run that wrote it started"));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** A column with its comment, as every lakehouse table declares them. */
  public static StructField field(String name, DataType type, boolean nullable, String comment) {
    Metadata metadata = new MetadataBuilder().putString("comment", comment).build();
    return new StructField(name, type, nullable, metadata);
  }
}
