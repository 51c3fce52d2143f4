package io.github.opendisclosure.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One annual report as the contract {@code shared/spec/report-record.md} describes it: one agency,
 * one report year, its metrics and the evidence for each. A file that could not be read becomes a
 * record too, with a {@code quarantine_reason} and no metrics, so no input is silently dropped.
 *
 * <p>Project additions to the contract: {@code source_path}, {@code source_size_bytes},
 * {@code applicant_breakdown} (every applicant column of every row of the 2019/2021 application
 * table, keyed by the row's metric key), {@code quarantine_reason} and {@code extractor_version}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportRecord(
    @JsonProperty("source_file") String sourceFile,
    @JsonProperty("source_path") String sourcePath,
    @JsonProperty("source_sha256") String sourceSha256,
    @JsonProperty("source_size_bytes") long sourceSizeBytes,
    @JsonProperty("source_encoding") String sourceEncoding,
    @JsonProperty("agency_name") String agencyName,
    @JsonProperty("agency_type") String agencyType,
    @JsonProperty("level") String level,
    @JsonProperty("province") String province,
    @JsonProperty("city") String city,
    @JsonProperty("county") String county,
    @JsonProperty("township") String township,
    @JsonProperty("division_code") String divisionCode,
    @JsonProperty("year") Integer year,
    @JsonProperty("published_date") LocalDate publishedDate,
    @JsonProperty("template") String template,
    @JsonProperty("metrics") Map<String, BigDecimal> metrics,
    @JsonProperty("applicant_breakdown") Map<String, Map<String, Long>> applicantBreakdown,
    @JsonProperty("evidence") Map<String, String> evidence,
    @JsonProperty("issues") List<ExtractionIssue> issues,
    @JsonProperty("quarantine_reason") String quarantineReason,
    @JsonProperty("extractor_version") String extractorVersion) {

  public boolean isQuarantined() {
    return quarantineReason != null;
  }

  /** The value of a metric, or null where the report does not state it. */
  public BigDecimal metric(ReportMetric metric) {
    return metrics == null ? null : metrics.get(metric.key());
  }
}
