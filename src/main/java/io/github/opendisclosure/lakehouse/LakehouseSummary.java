package io.github.opendisclosure.lakehouse;

import java.util.ArrayList;
import java.util.List;

/** What the lakehouse holds, table by table, for the jobs to print after they ran. */
public final class LakehouseSummary {

  private LakehouseSummary() {}

  /** One line per table: name, rows, Delta version and location. */
  public static String describe(Lakehouse lakehouse) {
    List<String> lines = new ArrayList<>();
    lines.add("Lakehouse " + lakehouse.root() + ":");
    for (LakehouseTable table : LakehouseTable.values()) {
      long rows = lakehouse.read(table).count();
      lines.add(String.format("  %-12s %6d rows  (version %d)  %s",
          table.tableName(), rows, lakehouse.version(table), lakehouse.pathOf(table)));
    }
    return String.join(System.lineSeparator(), lines);
  }
}
