package io.github.opendisclosure.publish;

import java.nio.file.Path;

/** Where a publish writes the dashboard exports, and how many of them it keeps there: the newest, or all for 0. */
public record DashboardOutput(Path folder, int keep) {}
