package io.github.opendisclosure.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.accuracy.ExpectedRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ground truth as files: each report's expected record in the labelled set's format
 * ({@code expected/<name>.json}, metrics in catalog order so the bytes never depend on map order),
 * and its manifest line (layout, encoding, noise, the issues the extractor should raise).
 */
final class GroundTruthJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final ObjectMapper LINE = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private GroundTruthJson() {}

  static String expectedRecord(ExpectedRecord expected) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("agency_name", expected.agencyName());
    fields.put("agency_type", expected.agencyType());
    fields.put("level", expected.level());
    fields.put("province", expected.province());
    fields.put("city", expected.city());
    fields.put("county", expected.county());
    fields.put("township", expected.township());
    fields.put("division_code", expected.divisionCode());
    fields.put("year", expected.year());
    fields.put("template", expected.template());
    Map<String, BigDecimal> metrics = new LinkedHashMap<>();
    for (ReportMetric metric : ReportMetric.values()) {
      BigDecimal value = expected.metrics().get(metric.key());
      if (value != null) {
        metrics.put(metric.key(), value);
      }
    }
    fields.put("metrics", metrics);
    fields.put("prose_keys", expected.proseKeys());
    fields.put("notes", expected.notes());
    return write(JSON, fields) + "\n";
  }

  static String manifestLine(GeneratedReport report) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", CorpusFolder.REPORTS + "/" + report.fileName());
    fields.put("agency_name", report.expected().agencyName());
    fields.put("year", report.expected().year());
    fields.put("template", report.expected().template());
    fields.put("layout", report.layout());
    fields.put("encoding", report.encoding());
    fields.put("noise", report.noise().stream().map(NoiseKind::code).sorted().toList());
    fields.put("expected_issues", report.expectedIssues());
    fields.put("bytes", report.bytes().length);
    return write(LINE, fields);
  }

  static String summary(Map<String, Object> fields) {
    return write(JSON, fields) + "\n";
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps of strings and numbers always serialise", e);
    }
  }

}
