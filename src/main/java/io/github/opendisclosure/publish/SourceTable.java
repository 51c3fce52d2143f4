package io.github.opendisclosure.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Delta table a dashboard was read from: its name, the version read and when that version was committed
 * (ISO-8601, UTC). The same versions give the same dashboard.
 */
@JsonPropertyOrder({"table", "version", "committed_at"})
public record SourceTable(String table, long version, @JsonProperty("committed_at") String committedAt) {}
