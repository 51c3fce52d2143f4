package io.github.opendisclosure.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings every job runs with, layered: the defaults shipped in the jar ({@code conf/pipeline.conf}),
 * then each configuration file given, then flags. Later layers win.
 *
 * <p>Relative paths in a file are resolved against that file's folder, so the shipped
 * {@code conf/pipeline.conf} means the same folders whatever the current directory; relative paths
 * given as flags are resolved against the current directory, as a shell user expects.
 */
public final class PipelineConfiguration {

  public static final String INPUT = "input";
  public static final String LAKEHOUSE = "lakehouse";
  private static final String SPARK_PREFIX = "spark.";
  /** jobs/assess: the rubric file and the folder of the exported workbook and CSV. */
  public static final String ASSESSMENT_RUBRIC = "assessment.rubric";
  public static final String ASSESSMENT_OUTPUT = "assessment.output";
  /** jobs/publish and jobs/refresh: the folder of the dashboard exports. */
  public static final String PUBLISH_OUTPUT = "publish.output";
  /** jobs/publish and jobs/refresh: how many exports to keep, the newest; 0 keeps all. */
  public static final String PUBLISH_KEEP = "publish.keep";
  private static final List<String> PATH_KEYS = List.of(INPUT, LAKEHOUSE, ASSESSMENT_RUBRIC, ASSESSMENT_OUTPUT,
      PUBLISH_OUTPUT);
  private static final String BUNDLED_DEFAULTS = "/conf/pipeline.conf";

  private final Map<String, String> settings;

  private PipelineConfiguration(Map<String, String> settings) {
    this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
  }

  /** The defaults shipped inside the jar; their relative paths are resolved against the current directory. */
  public static PipelineConfiguration bundledDefaults() {
    try (InputStream in = PipelineConfiguration.class.getResourceAsStream(BUNDLED_DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + BUNDLED_DEFAULTS + "; rebuild it with mvn package");
      }
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> settings = toMap(properties);
      // The shipped file's paths are relative to conf/; without the file on disk, use the project layout.
      PATH_KEYS.forEach(key -> settings.computeIfPresent(key, (k, value) -> stripParentPrefix(value)));
      return new PipelineConfiguration(settings);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the bundled defaults " + BUNDLED_DEFAULTS, e);
    }
  }

  /** These settings overlaid with a configuration file's; a missing or unreadable file is a user error. */
  public PipelineConfiguration withFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new JobUserError("Configuration file not found: " + file);
    }
    Properties properties = new Properties();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      requireKeyValueLines(file, lines);
      properties.load(new StringReader(String.join("\n", lines)));
    } catch (IOException | IllegalArgumentException e) {
      throw new JobUserError("Cannot read configuration file " + file + ": " + e.getMessage());
    }
    Map<String, String> fromFile = toMap(properties);
    requireKnownSettings(fromFile.keySet(), "configuration file " + file);
    Path folder = file.toAbsolutePath().getParent();
    PATH_KEYS.forEach(key -> fromFile.computeIfPresent(key, (k, value) -> resolveAgainst(folder, value)));
    return with(fromFile);
  }

  /**
   * Refuses a line that is not {@code key = value}, a comment or blank. Java's properties format would
   * read {@code this line is broken} as the setting {@code this}, and the error would name that instead
   * of the line.
   */
  private static void requireKeyValueLines(Path file, List<String> lines) {
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean comment = !continued && (line.startsWith("#") || line.startsWith("!"));
      if (!continued && !comment && !line.isEmpty() && line.indexOf('=') < 0 && line.indexOf(':') < 0) {
        throw new JobUserError(file + ":" + (i + 1) + ": expected 'key = value', found '" + line + "'");
      }
      continued = !comment && endsWithOddBackslashes(line);
    }
  }

  private static boolean endsWithOddBackslashes(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /**
   * Refuses a setting of the pipeline's own that it does not know, which would otherwise be ignored: a
   * typo such as {@code lakehose}. Ours are the settings the bundled conf/pipeline.conf names; Spark's,
   * which start with {@code spark.}, go to Spark as they are.
   */
  public static void requireKnownSettings(Collection<String> keys, String source) {
    Set<String> known = OwnSettings.KEYS;
    for (String key : keys) {
      if (!key.startsWith(SPARK_PREFIX) && !known.contains(key)) {
        throw new JobUserError("Unknown setting '" + key + "' in " + source + ": the pipeline's own settings are "
            + String.join(", ", known) + " (conf/pipeline.conf says what each does); Spark's start with "
            + SPARK_PREFIX);
      }
    }
  }

  /** The keys of the bundled defaults that are not Spark's, read once. */
  private static final class OwnSettings {
    static final Set<String> KEYS = bundledDefaults().settings.keySet().stream()
        .filter(key -> !key.startsWith(SPARK_PREFIX))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** These settings with some replaced, e.g. from command-line flags. */
  public PipelineConfiguration with(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(settings);
    overrides.forEach((key, value) -> {
      if (value != null) {
        merged.put(key.strip(), value.strip());
      }
    });
    return new PipelineConfiguration(merged);
  }

  public PipelineConfiguration with(String key, String value) {
    return with(Collections.singletonMap(key, value));
  }

  /** The folder or URI raw reports are read from. */
  public String input() {
    return required(INPUT);
  }

  /**
   * The input, checked before any Spark session starts when it is a local folder, so that a mistyped
   * path costs a second, not a Spark start-up. A URI's folder is checked by the job, through Hadoop.
   */
  public String existingInput() {
    String input = input();
    if (!isUri(input) && Files.isRegularFile(Path.of(input))) {
      throw new JobUserError("The input " + input + " is a file; give the folder of the reports"
          + " (jobs/extract --input reads one file)");
    }
    if (!isUri(input) && !Files.isDirectory(Path.of(input))) {
      throw new JobUserError("Input folder not found: " + input);
    }
    return input;
  }

  /**
   * The lakehouse root URI, or folder as an absolute path: Delta takes only absolute paths for the tables
   * it names by path, and the bundled defaults' {@code lakehouse} is relative to the folder the job runs
   * in. A local one that is a file is a mistake in the call.
   */
  public String lakehouse() {
    String lakehouse = required(LAKEHOUSE);
    if (isUri(lakehouse)) {
      return lakehouse;
    }
    return OutputFolder.require("The lakehouse", Path.of(lakehouse).toAbsolutePath().normalize(), "the Delta tables")
        .toString();
  }

  /** Every {@code spark.*} setting, for the SparkSession. */
  public Map<String, String> sparkSettings() {
    Map<String, String> spark = new TreeMap<>();
    settings.forEach((key, value) -> {
      if (key.startsWith(SPARK_PREFIX)) {
        spark.put(key, value);
      }
    });
    return spark;
  }

  public String get(String key) {
    return settings.get(key);
  }

  public Map<String, String> asMap() {
    return settings;
  }

  private String required(String key) {
    String value = settings.get(key);
    if (value == null || value.isBlank()) {
      throw new JobUserError("The setting '" + key + "' is missing: give it in a --config file or as a flag");
    }
    return value;
  }

  /** A relative local path against a folder; absolute paths and URIs (s3a://, hdfs://) stay as they are. */
  static String resolveAgainst(Path folder, String value) {
    // A blank path is a missing setting, not the file's own folder.
    if (value.isBlank() || isUri(value) || Path.of(value).isAbsolute()) {
      return value;
    }
    return folder.resolve(value).normalize().toString();
  }

  /** Whether a path setting is a URI with a scheme (s3a://, hdfs://, file://) rather than a local path. */
  public static boolean isUri(String value) {
    int colon = value.indexOf("://");
    return colon > 1 && URI.create(value.substring(0, colon) + ":/").getScheme() != null;
  }

  private static String stripParentPrefix(String value) {
    return value.startsWith("../") ? value.substring(3) : value;
  }

  private static Map<String, String> toMap(Properties properties) {
    Map<String, String> map = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(name -> map.put(name.strip(), properties.getProperty(name).strip()));
    return map;
  }
}
