package io.github.opendisclosure.indicators;

import io.github.opendisclosure.extract.ReportMetric;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The indicator definitions of {@code conf/indicators.conf}, for people and dashboards, and the check
 * that they say what the code computes: the same indicators, formulas, units, inputs and group rules.
 * The code is what runs; the job refuses to start when the two disagree.
 */
public final class IndicatorConf {

  /** Where the build puts {@code conf/indicators.conf} inside the jar. */
  public static final String BUNDLED = "/conf/indicators.conf";

  private static final List<String> FIELDS = List.of("formula", "unit", "inputs", "aggregation");

  /** One indicator as the file defines it; a field the file lacks is null. */
  public record Definition(String formula, String unit, List<String> inputs, String aggregation) {}

  private final Map<String, Definition> definitions;
  private final List<String> unknownKeys;

  private IndicatorConf(Map<String, Definition> definitions, List<String> unknownKeys) {
    this.definitions = definitions;
    this.unknownKeys = unknownKeys;
  }

  /** The file the jar carries. */
  public static IndicatorConf bundled() {
    try (InputStream in = IndicatorConf.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + BUNDLED + "; rebuild it with mvn package");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUNDLED, e);
    }
  }

  /** Reads definitions in the file's format: {@code <indicator>.<field> = value}. */
  public static IndicatorConf parse(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, Map<String, String>> fieldsByName = new TreeMap<>();
    List<String> unknownKeys = new ArrayList<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      int dot = key.lastIndexOf('.');
      String field = dot < 0 ? "" : key.substring(dot + 1);
      if (!FIELDS.contains(field)) {
        unknownKeys.add(key);
        continue;
      }
      fieldsByName.computeIfAbsent(key.substring(0, dot), name -> new TreeMap<>())
          .put(field, properties.getProperty(key).strip());
    }
    Map<String, Definition> definitions = new TreeMap<>();
    fieldsByName.forEach((name, fields) -> definitions.put(name, new Definition(
        fields.get("formula"), fields.get("unit"),
        fields.containsKey("inputs") ? Arrays.stream(fields.get("inputs").split(",")).map(String::strip).toList() : null,
        fields.get("aggregation"))));
    return new IndicatorConf(definitions, unknownKeys);
  }

  public Map<String, Definition> definitions() {
    return definitions;
  }

  /** Every way the file and {@link Indicator} differ, one line each; empty when they agree. */
  public List<String> disagreementsWithCode() {
    List<String> disagreements = new ArrayList<>();
    unknownKeys.forEach(key -> disagreements.add(key + ": not a field of an indicator (" + FIELDS + ")"));
    Set<String> inCode = Arrays.stream(Indicator.values()).map(Indicator::columnName).collect(Collectors.toSet());
    definitions.keySet().stream().filter(name -> !inCode.contains(name))
        .forEach(name -> disagreements.add(name + ": no such indicator in the code"));
    for (Indicator indicator : Indicator.values()) {
      String name = indicator.columnName();
      Definition definition = definitions.get(name);
      if (definition == null) {
        disagreements.add(name + ": missing from the file");
        continue;
      }
      IndicatorFormula formula = indicator.formula();
      compare(disagreements, name, "formula", normalized(definition.formula()), normalized(formula.formula()));
      compare(disagreements, name, "unit", definition.unit(), indicator.unit().confName());
      compare(disagreements, name, "inputs", definition.inputs() == null ? null : new TreeSet<>(definition.inputs()),
          formula.inputs().stream().map(ReportMetric::key).collect(Collectors.toCollection(TreeSet::new)));
      compare(disagreements, name, "aggregation", definition.aggregation(), formula.aggregation());
    }
    return disagreements;
  }

  /** Fails when the file and the code disagree: the definitions people read must be the ones computed. */
  public void requireAgreementWithCode() {
    List<String> disagreements = disagreementsWithCode();
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException("conf/indicators.conf and the indicator code disagree: "
          + String.join("; ", disagreements));
    }
  }

  private static void compare(List<String> disagreements, String name, String field, Object inFile, Object inCode) {
    if (!inCode.equals(inFile)) {
      disagreements.add(name + "." + field + " is " + inFile + " in the file but " + inCode + " in the code");
    }
  }

  private static String normalized(String formula) {
    return formula == null ? null : formula.strip().replaceAll("\\s+", " ");
  }
}
