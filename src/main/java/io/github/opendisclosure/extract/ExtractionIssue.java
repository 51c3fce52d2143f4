package io.github.opendisclosure.extract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One thing the extractor noticed in a report: a stable code and a sentence for people. */
public record ExtractionIssue(@JsonProperty("code") String code, @JsonProperty("message") String message) {

  public static ExtractionIssue of(IssueCode code, String message) {
    return new ExtractionIssue(code.code(), message);
  }
}
