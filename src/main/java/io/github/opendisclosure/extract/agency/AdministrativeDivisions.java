package io.github.opendisclosure.extract.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions with their GB/T 2260 codes, from the bundled
 * {@code divisions/china-divisions.tsv} (source and version in {@code divisions/SOURCE.md}).
 * Names repeat across the country (城关镇, 朝阳区), so a name gives a list of divisions. A name is
 * found as the data writes it and as a report's NFKC-folded text writes it: the data's
 * （工业园区）城南街道 is (工业园区)城南街道 in the text the extractor reads.
 */
public final class AdministrativeDivisions {

  private static final String RESOURCE = "/divisions/china-divisions.tsv";

  /** One division: its code, official name, level and the code of the division it belongs to. */
  public record Division(String code, String name, String level, String parentCode) {}

  private final List<Division> all = new ArrayList<>();
  private final Map<String, Division> byCode = new HashMap<>();
  private final Map<String, List<Division>> byName = new HashMap<>();
  private final BitSet lastCharacters = new BitSet(Character.MAX_VALUE + 1);
  private final Set<String> namesBeyondIdeographs = new LinkedHashSet<>();
  private int longestName;

  private AdministrativeDivisions() {}

  /** The bundled data, loaded once. */
  public static AdministrativeDivisions bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final AdministrativeDivisions INSTANCE = load();
  }

  private static AdministrativeDivisions load() {
    AdministrativeDivisions divisions = new AdministrativeDivisions();
    try (InputStream in = AdministrativeDivisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + RESOURCE + "; rebuild it with mvn package");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        divisions.add(new Division(cells[0], cells[1], cells[2], cells[3].isEmpty() ? null : cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return divisions;
  }

  private void add(Division division) {
    all.add(division);
    byCode.put(division.code(), division);
    String folded = Normalizer.normalize(division.name(), Normalizer.Form.NFKC);
    for (String written : folded.equals(division.name()) ? List.of(folded) : List.of(division.name(), folded)) {
      byName.computeIfAbsent(written, name -> new ArrayList<>(1)).add(division);
      longestName = Math.max(longestName, written.length());
      lastCharacters.set(written.charAt(written.length() - 1));
    }
    if (!folded.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      namesBeyondIdeographs.add(folded);
    }
  }

  /** Every division, in the file's order (by code). */
  public List<Division> all() {
    return Collections.unmodifiableList(all);
  }

  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every division with exactly this name, as the data or a folded text writes it. */
  public List<Division> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /**
   * The names, as a folded text writes them, with a character other than an ideograph: a few merged
   * townships the statistics bureau writes with a hyphen (化学新材料产业园-沿江街道) or brackets
   * ((工业园区)城南街道), which an office's name carries as they are.
   */
  Set<String> namesBeyondIdeographs() {
    return Collections.unmodifiableSet(namesBeyondIdeographs);
  }

  /** Whether some division's name ends with {@code c}: text before any other character ends no name. */
  public boolean isLastCharacterOfAName(char c) {
    return lastCharacters.get(c);
  }

  /** The length of the longest division name, which bounds prefix matching. */
  public int longestName() {
    return longestName;
  }

  public Optional<Division> parent(Division division) {
    return division.parentCode() == null ? Optional.empty() : byCode(division.parentCode());
  }

  /** The division and the divisions it belongs to, from the province down. */
  public List<Division> chain(Division division) {
    List<Division> chain = new ArrayList<>(4);
    for (Optional<Division> current = Optional.of(division); current.isPresent(); current = parent(current.get())) {
      chain.add(current.get());
    }
    Collections.reverse(chain);
    return chain;
  }

  /** Whether {@code ancestor} contains {@code division} (a division does not contain itself). */
  public boolean contains(Division ancestor, Division division) {
    for (Optional<Division> current = parent(division); current.isPresent(); current = parent(current.get())) {
      if (current.get().code().equals(ancestor.code())) {
        return true;
      }
    }
    return false;
  }
}
