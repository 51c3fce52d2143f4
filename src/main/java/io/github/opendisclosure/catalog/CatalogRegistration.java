package io.github.opendisclosure.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link LakehouseCatalog#register()} did: the tables it added, pointed at their new location,
 * found already registered, and removed because the lakehouse no longer holds them.
 */
public record CatalogRegistration(String database, List<String> added, List<String> moved,
    List<String> unchanged, List<String> removed) {

  public CatalogRegistration {
    added = List.copyOf(added);
    moved = List.copyOf(moved);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }

  /** Every table the database holds now, in the lakehouse's order. */
  public List<String> tables() {
    List<String> tables = new ArrayList<>(added);
    tables.addAll(moved);
    tables.addAll(unchanged);
    return tables.stream().sorted().toList();
  }

  /** One line, e.g. {@code catalog: 8 tables in database disclosure (8 added, 0 moved, 0 removed)}. */
  public String describe() {
    return String.format("catalog: %d tables in database %s (%d added, %d moved, %d removed)",
        tables().size(), database, added.size(), moved.size(), removed.size());
  }
}
