package io.github.opendisclosure.assessment;

import java.io.Serializable;

/** A threshold criterion's band: a value at least (or, when lower is better, at most) {@code threshold} earns {@code points}. */
public record ScoreBand(double threshold, double points) implements Serializable {}
