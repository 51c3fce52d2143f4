package io.github.opendisclosure.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of report records: JSON Lines for files, indented for a person reading one. */
public final class ReportRecordJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ReportRecordJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
