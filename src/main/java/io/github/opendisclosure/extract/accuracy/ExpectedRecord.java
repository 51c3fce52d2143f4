package io.github.opendisclosure.extract.accuracy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a person read from one labelled report: its identity and every metric it states, in the shape
 * of {@code expected/<name>.json}. An absent metric key means the report does not state it (null).
 *
 * @param metrics   every stated metric, keyed by {@code ReportMetric} key, money in yuan
 * @param proseKeys the metric keys whose value the report states only in sentences; every other key
 *                  was read from a well-formed table
 * @param notes     what the labeller wants the next reader to know (contradictions, cut tables...)
 */
public record ExpectedRecord(
    @JsonProperty("agency_name") String agencyName,
    @JsonProperty("agency_type") String agencyType,
    @JsonProperty("level") String level,
    @JsonProperty("province") String province,
    @JsonProperty("city") String city,
    @JsonProperty("county") String county,
    @JsonProperty("township") String township,
    @JsonProperty("division_code") String divisionCode,
    @JsonProperty("year") Integer year,
    @JsonProperty("template") String template,
    @JsonProperty("metrics") Map<String, BigDecimal> metrics,
    @JsonProperty("prose_keys") List<String> proseKeys,
    @JsonProperty("notes") String notes) {

  public ExpectedRecord {
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    proseKeys = proseKeys == null ? List.of() : List.copyOf(proseKeys);
  }

  /** Whether the report states this metric only in prose. */
  public boolean isProse(String metricKey) {
    return proseKeys.contains(metricKey);
  }
}
