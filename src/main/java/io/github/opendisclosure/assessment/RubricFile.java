package io.github.opendisclosure.assessment;

import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportTemplate;
import io.github.opendisclosure.indicators.Indicator;
import io.github.opendisclosure.indicators.IndicatorUnit;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.job.PipelineConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a rubric file ({@code conf/assessment-rubric.conf} shows the format: one {@code key = value} a
 * line, {@code #} comments) and checks all of it before any work: unknown keys, kinds, metrics,
 * indicators, issue codes and templates, weights that do not add up to the declared total, bands out of
 * order or worth more than their criterion. A mistake is a {@link JobUserError} naming {@code file:line}.
 */
public final class RubricFile {

  private static final String BUNDLED = "/conf/assessment-rubric.conf";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern CRITERION_KEY = Pattern.compile("criterion\\.([a-z0-9_]+)\\.([a-z0-9_.]+)");
  private static final Set<String> RUBRIC_FIELDS = Set.of("rubric.name", "rubric.version", "rubric.total_points",
      "rubric.ties");
  private static final Map<String, Set<String>> FIELDS_BY_KIND = Map.of(
      "published", Set.of(),
      "completeness", Set.of("points_per_missing_metric", "issue_codes", "points_per_issue"),
      "consistency", Set.of("issue_codes", "points_per_issue"),
      "threshold", Set.of("indicator", "metric", "better", "bands", "when_missing"));
  private static final String REQUIRED_PREFIX = "required.";
  /** Sums of points are compared to the declared total with this much room for decimal fractions. */
  private static final double TOLERANCE = 1e-9;

  private final String source;
  private final Map<String, Setting> settings;

  /** One {@code key = value} line. */
  private record Setting(String key, String value, int line) {}

  private RubricFile(String source, Map<String, Setting> settings) {
    this.source = source;
    this.settings = settings;
  }

  /** Reads and checks the rubric in {@code file}. */
  public static AssessmentRubric read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new JobUserError("Rubric file not found: " + file);
    }
    try {
      return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new JobUserError("Cannot read rubric file " + file + ": " + e.getMessage());
    }
  }

  /** The sample rubric the jar carries ({@code conf/assessment-rubric.conf}), for a driver without the file. */
  public static AssessmentRubric bundled() {
    try (java.io.InputStream in = RubricFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + BUNDLED + "; rebuild it with mvn package");
      }
      return parse("(jar)" + BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot read " + BUNDLED, e);
    }
  }

  /**
   * The file of the setting {@code assessment.rubric}. The jar's sample stands in for the sample's own
   * place only, when no file is there: a cluster driver has the jar but not the project's {@code conf/}.
   * Any other file that is missing is a mistake, never quietly replaced by the sample.
   */
  public static AssessmentRubric configured(PipelineConfiguration configuration) {
    String configured = configuration.get(PipelineConfiguration.ASSESSMENT_RUBRIC);
    if (configured == null) {
      return bundled();
    }
    Path file = Path.of(configured);
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    if (isTheSamplesPlace(file)) {
      return bundled();
    }
    throw new JobUserError("Rubric file not found: " + file + " (" + PipelineConfiguration.ASSESSMENT_RUBRIC
        + "; give a rubric file, or leave the setting out for the sample)");
  }

  /** {@code conf/assessment-rubric.conf} of any checkout, or the bundled defaults' path relative to no folder. */
  private static boolean isTheSamplesPlace(Path file) {
    Path sample = Path.of(BUNDLED.substring(1));
    return file.equals(sample.getFileName()) || file.endsWith(sample);
  }

  /** Reads and checks a rubric given as lines; {@code source} names it in error messages. */
  public static AssessmentRubric parse(String source, List<String> lines) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new JobUserError(source + ":" + lineNumber + ": expected 'key = value', found '" + line + "'");
      }
      Setting setting = new Setting(line.substring(0, equals).strip(), line.substring(equals + 1).strip(), lineNumber);
      Setting earlier = settings.putIfAbsent(setting.key(), setting);
      if (earlier != null) {
        throw new JobUserError(source + ":" + lineNumber + ": " + setting.key() + " is already set on line "
            + earlier.line());
      }
    }
    if (settings.isEmpty()) {
      throw new JobUserError(source + ": the rubric file sets nothing; conf/assessment-rubric.conf shows what it holds");
    }
    return new RubricFile(source, settings).rubric(lines.size());
  }

  private AssessmentRubric rubric(int lastLine) {
    Map<String, Map<String, Setting>> criteriaFields = new LinkedHashMap<>();
    for (Setting setting : settings.values()) {
      if (RUBRIC_FIELDS.contains(setting.key())) {
        continue;
      }
      var matcher = CRITERION_KEY.matcher(setting.key());
      if (!matcher.matches()) {
        throw error(setting, "unknown key '" + setting.key() + "' (expected " + String.join(", ",
            new java.util.TreeSet<>(RUBRIC_FIELDS)) + " or criterion.<id>.<field>)");
      }
      criteriaFields.computeIfAbsent(matcher.group(1), id -> new LinkedHashMap<>()).put(matcher.group(2), setting);
    }
    String name = requiredName("rubric.name", lastLine);
    String version = requiredName("rubric.version", lastLine);
    Setting total = required("rubric.total_points", lastLine);
    double totalPoints = positiveNumber(total);
    Setting tiesSetting = required("rubric.ties", lastLine);
    RubricTies ties = Arrays.stream(RubricTies.values()).filter(tie -> tie.confName().equals(tiesSetting.value()))
        .findFirst().orElseThrow(() -> error(tiesSetting, "ties must be shared or dense, not '"
            + tiesSetting.value() + "'"));
    if (criteriaFields.isEmpty()) {
      throw new JobUserError(source + ":" + lastLine + ": the rubric has no criterion (criterion.<id>.kind = ...)");
    }
    List<Criterion> criteria = new ArrayList<>();
    criteriaFields.forEach((id, fields) -> criteria.add(criterion(id, fields)));
    double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
    if (Math.abs(sum - totalPoints) > TOLERANCE) {
      throw error(total, "the criteria's weights add up to " + ThresholdCriterion.format(sum)
          + ", not the declared rubric.total_points " + ThresholdCriterion.format(totalPoints) + " ("
          + criteria.stream().map(c -> c.id() + " " + ThresholdCriterion.format(c.weight()))
              .collect(Collectors.joining(", ")) + ")");
    }
    return new AssessmentRubric(name, version, totalPoints, ties, List.copyOf(criteria));
  }

  private Criterion criterion(String id, Map<String, Setting> fields) {
    Setting first = fields.values().iterator().next();
    Setting kindSetting = fields.get("kind");
    if (kindSetting == null) {
      throw error(first, "criterion '" + id + "' has no criterion." + id + ".kind ("
          + String.join(", ", new java.util.TreeSet<>(FIELDS_BY_KIND.keySet())) + ")");
    }
    String kind = kindSetting.value();
    Set<String> kindFields = FIELDS_BY_KIND.get(kind);
    if (kindFields == null) {
      throw error(kindSetting, "unknown kind '" + kind + "' (expected one of "
          + String.join(", ", new java.util.TreeSet<>(FIELDS_BY_KIND.keySet())) + ")");
    }
    for (Setting setting : fields.values()) {
      String field = setting.key().substring(("criterion." + id + ".").length());
      boolean common = field.equals("kind") || field.equals("label") || field.equals("weight");
      boolean required = kind.equals("completeness") && field.startsWith(REQUIRED_PREFIX);
      if (!common && !required && !kindFields.contains(field)) {
        throw error(setting, "'" + field + "' is not a field of a " + kind + " criterion");
      }
    }
    Setting weightSetting = fields.get("weight");
    if (weightSetting == null) {
      throw error(kindSetting, "criterion '" + id + "' has no criterion." + id + ".weight");
    }
    double weight = positiveNumber(weightSetting);
    String label = Optional.ofNullable(fields.get("label")).map(Setting::value).orElse(id);
    return switch (kind) {
      case "published" -> new PublishedCriterion(id, label, weight);
      case "consistency" -> new ConsistencyCriterion(id, label, weight,
          issueCodes(requiredField(fields, id, "issue_codes", kindSetting)),
          pointsAtMost(requiredField(fields, id, "points_per_issue", kindSetting), weight));
      case "completeness" -> completeness(id, label, weight, fields, kindSetting);
      default -> threshold(id, label, weight, fields, kindSetting);
    };
  }

  private CompletenessCriterion completeness(String id, String label, double weight, Map<String, Setting> fields,
      Setting kindSetting) {
    Map<String, List<String>> required = new TreeMap<>();
    Set<String> templates = Arrays.stream(ReportTemplate.values()).map(ReportTemplate::code)
        .collect(Collectors.toSet());
    fields.forEach((field, setting) -> {
      if (field.startsWith(REQUIRED_PREFIX)) {
        String template = field.substring(REQUIRED_PREFIX.length());
        if (!templates.contains(template)) {
          throw error(setting, "unknown template '" + template + "' (expected one of "
              + String.join(", ", new java.util.TreeSet<>(templates)) + ")");
        }
        List<String> metrics = list(setting);
        metrics.forEach(metric -> requireMetric(setting, metric));
        required.put(template, metrics);
      }
    });
    boolean hasIssues = fields.containsKey("issue_codes");
    if (required.isEmpty() && !hasIssues) {
      throw error(kindSetting, "completeness criterion '" + id + "' has neither required.<template> lists nor issue_codes");
    }
    double perMissing = required.isEmpty() ? 0
        : pointsAtMost(requiredField(fields, id, "points_per_missing_metric", kindSetting), weight);
    List<String> codes = hasIssues ? issueCodes(fields.get("issue_codes")) : List.of();
    double perIssue = hasIssues ? pointsAtMost(requiredField(fields, id, "points_per_issue", kindSetting), weight) : 0;
    return new CompletenessCriterion(id, label, weight, Map.copyOf(required), perMissing, codes, perIssue);
  }

  private ThresholdCriterion threshold(String id, String label, double weight, Map<String, Setting> fields,
      Setting kindSetting) {
    Setting indicatorSetting = fields.get("indicator");
    Setting metricSetting = fields.get("metric");
    if ((indicatorSetting == null) == (metricSetting == null)) {
      throw error(indicatorSetting == null ? kindSetting : metricSetting,
          "threshold criterion '" + id + "' needs exactly one of indicator = <name> or metric = <key>");
    }
    ThresholdCriterion.ValueSource source;
    boolean isRate;
    if (indicatorSetting != null) {
      Indicator indicator = Arrays.stream(Indicator.values())
          .filter(candidate -> candidate.columnName().equals(indicatorSetting.value())).findFirst()
          .orElseThrow(() -> error(indicatorSetting, "unknown indicator '" + indicatorSetting.value()
              + "' (the indicators of conf/indicators.conf: " + Arrays.stream(Indicator.values())
                  .map(Indicator::columnName).collect(Collectors.joining(", ")) + ")"));
      source = new ThresholdCriterion.ValueSource(true, indicator.columnName(),
          indicator.formula().inputs().stream().map(ReportMetric::key).toList());
      isRate = indicator.unit() == IndicatorUnit.RATE;
    } else {
      requireMetric(metricSetting, metricSetting.value());
      source = new ThresholdCriterion.ValueSource(false, metricSetting.value(), List.of(metricSetting.value()));
      isRate = false;
    }
    Setting betterSetting = requiredField(fields, id, "better", kindSetting);
    String better = betterSetting.value().toLowerCase(Locale.ROOT);
    if (!better.equals("higher") && !better.equals("lower")) {
      throw error(betterSetting, "better must be higher or lower, not '" + betterSetting.value() + "'");
    }
    boolean higherIsBetter = better.equals("higher");
    Setting bandsSetting = requiredField(fields, id, "bands", kindSetting);
    List<ScoreBand> bands = bands(bandsSetting, weight, higherIsBetter, isRate);
    double whenMissing = pointsAtMost(requiredField(fields, id, "when_missing", kindSetting), weight);
    return new ThresholdCriterion(id, label, weight, source, higherIsBetter, bands, whenMissing);
  }

  /** {@code threshold:points, ...} from best to worst; the best band earns the whole weight. */
  private List<ScoreBand> bands(Setting setting, double weight, boolean higherIsBetter, boolean isRate) {
    List<ScoreBand> bands = new ArrayList<>();
    for (String band : list(setting)) {
      int colon = band.indexOf(':');
      if (colon < 0) {
        throw error(setting, "band '" + band + "' is not threshold:points");
      }
      double threshold = number(setting, band.substring(0, colon).strip());
      double points = number(setting, band.substring(colon + 1).strip());
      if (isRate && (threshold < 0 || threshold > 1)) {
        throw error(setting, "threshold " + band.substring(0, colon).strip()
            + " is outside 0..1, and the indicator is a rate");
      }
      if (points < 0 || points > weight + TOLERANCE) {
        throw error(setting, "band '" + band + "' gives " + ThresholdCriterion.format(points)
            + " points, outside 0.." + ThresholdCriterion.format(weight) + " (the criterion's weight)");
      }
      if (!bands.isEmpty()) {
        ScoreBand previous = bands.get(bands.size() - 1);
        boolean ordered = higherIsBetter ? threshold < previous.threshold() : threshold > previous.threshold();
        if (!ordered || points > previous.points()) {
          throw error(setting, "bands must go from best to worst: each threshold " + (higherIsBetter ? "lower"
              : "higher") + " than the one before and worth no more points; '" + band + "' is not");
        }
      }
      bands.add(new ScoreBand(threshold, points));
    }
    if (bands.isEmpty()) {
      throw error(setting, "no band given (threshold:points, ...)");
    }
    if (Math.abs(bands.get(0).points() - weight) > TOLERANCE) {
      throw error(setting, "the best band gives " + ThresholdCriterion.format(bands.get(0).points())
          + " points but the criterion's weight is " + ThresholdCriterion.format(weight));
    }
    return List.copyOf(bands);
  }

  private List<String> issueCodes(Setting setting) {
    Set<String> known = Arrays.stream(IssueCode.values()).map(IssueCode::code).collect(Collectors.toSet());
    List<String> codes = list(setting);
    for (String code : codes) {
      if (!known.contains(code)) {
        throw error(setting, "unknown issue code '" + code + "' (expected some of "
            + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
    return codes;
  }

  private void requireMetric(Setting setting, String metric) {
    if (ReportMetric.forKey(metric).isEmpty()) {
      throw error(setting, "unknown metric '" + metric + "' (the column names of the reports table, e.g. "
          + "requests_received; README.md lists them)");
    }
  }

  private List<String> list(Setting setting) {
    List<String> items = Arrays.stream(setting.value().split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
    if (items.isEmpty()) {
      throw error(setting, setting.key() + " is empty");
    }
    return items;
  }

  private Setting requiredField(Map<String, Setting> fields, String id, String field, Setting near) {
    Setting setting = fields.get(field);
    if (setting == null) {
      throw error(near, "criterion '" + id + "' has no criterion." + id + "." + field);
    }
    return setting;
  }

  private Setting required(String key, int lastLine) {
    Setting setting = settings.get(key);
    if (setting == null || setting.value().isEmpty()) {
      throw new JobUserError(source + ":" + (setting == null ? lastLine : setting.line()) + ": " + key
          + " is missing");
    }
    return setting;
  }

  private String requiredName(String key, int lastLine) {
    Setting setting = required(key, lastLine);
    if (!NAME.matcher(setting.value()).matches()) {
      throw error(setting, key + " may hold only letters, digits, '.', '_' and '-', not '" + setting.value() + "'");
    }
    return setting.value();
  }

  private double positiveNumber(Setting setting) {
    double value = number(setting, setting.value());
    if (value <= 0) {
      throw error(setting, setting.key() + " must be more than 0");
    }
    return value;
  }

  private double pointsAtMost(Setting setting, double weight) {
    double value = number(setting, setting.value());
    if (value < 0 || value > weight + TOLERANCE) {
      throw error(setting, setting.key() + " must be between 0 and the criterion's weight "
          + ThresholdCriterion.format(weight));
    }
    return value;
  }

  private double number(Setting setting, String text) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(setting, "'" + text + "' is not a number");
    }
  }

  private JobUserError error(Setting setting, String message) {
    return new JobUserError(source + ":" + setting.line() + ": " + message);
  }
}
