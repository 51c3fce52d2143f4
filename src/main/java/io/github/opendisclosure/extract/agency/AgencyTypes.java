package io.github.opendisclosure.extract.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of office from its name, by the ordered patterns of the bundled
 * {@code agency/agency-types.tsv}: 平江县民政局 is {@code civil_affairs}, 淮安市人民政府 a
 * {@code city_government}. Unknown kinds are {@link #UNKNOWN}.
 */
public final class AgencyTypes {

  public static final String UNKNOWN = "other";
  private static final String RESOURCE = "/agency/agency-types.tsv";
  /** The pattern kind whose key depends on the agency's level: county_government, ... */
  private static final String GOVERNMENT = "government";

  private record TypePattern(Pattern pattern, String agencyType) {}

  private final List<TypePattern> patterns;

  private AgencyTypes(List<TypePattern> patterns) {
    this.patterns = patterns;
  }

  public static AgencyTypes bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final AgencyTypes INSTANCE = load();
  }

  private static AgencyTypes load() {
    List<TypePattern> patterns = new ArrayList<>();
    try (InputStream in = AgencyTypes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + RESOURCE + "; rebuild it with mvn package");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("pattern\t")) {
          continue;
        }
        String[] cells = line.split("\t");
        patterns.add(new TypePattern(Pattern.compile(cells[0]), cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new AgencyTypes(List.copyOf(patterns));
  }

  /**
   * The kind of office named by {@code office}, the part of the agency's name after its region
   * (民政局, 人民政府办公室), for an agency of the given level (null when unknown).
   */
  public String typeOf(String office, String level) {
    for (TypePattern candidate : patterns) {
      if (candidate.pattern().matcher(office).find()) {
        if (!candidate.agencyType().equals(GOVERNMENT)) {
          return candidate.agencyType();
        }
        return level == null ? UNKNOWN : level + "_government";
      }
    }
    return UNKNOWN;
  }
}
