package io.github.opendisclosure.corpus;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.accuracy.ExpectedRecord;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes one office's report on one year: picks the template that fits the year, the layout,
 * encoding and noise, prints the sections in the template's order, and derives the expected record
 * from what the printed tables and sentences state (the labelled set's rules), so that the report
 * and its ground truth cannot drift apart.
 */
final class ReportComposer {

  private static final int FIRST_2019_YEAR = 2019;
  private static final int FIRST_2021_YEAR = 2021;

  private final CorpusOffice office;
  private final int year;
  private final SplittableRandom choices;
  private final SplittableRandom random;
  private final Set<NoiseKind> noise = EnumSet.noneOf(NoiseKind.class);
  private final List<Object> blocks = new ArrayList<>();

  private ReportComposer(CorpusOffice office, int year, SplittableRandom choices, SplittableRandom random) {
    this.office = office;
    this.year = year;
    this.choices = choices;
    this.random = random;
  }

  /**
   * @param choices draws the template, layout and encoding: a revised report keeps them (and its file name)
   * @param random  draws everything else: figures, wording and noise
   */
  static GeneratedReport compose(int index, CorpusOffice office, int year, SplittableRandom choices,
      SplittableRandom random) {
    return new ReportComposer(office, year, choices, random).compose(index);
  }

  private GeneratedReport compose(int index) {
    String template = template();
    ReportLayout layout = layout(template);
    ReportEncoding encoding = encoding(layout);
    NumberStyle style = numberStyle();
    YearFigures figures = FigureDistributions.draw(office, random);
    ProseWriter prose = new ProseWriter(office, year, figures, style, random);
    switch (template) {
      case "pre2019" -> pre2019(figures, prose);
      case "narrative" -> narrative(figures, prose);
      default -> national(template, figures, prose);
    }
    boolean fullWidthTables = !template.equals("narrative") && chance(0.05, NoiseKind.FULL_WIDTH_DIGITS);
    boolean pageBoilerplate = layout.isHtml() || chance(0.5, NoiseKind.PAGE_BOILERPLATE);
    if (layout.isHtml()) {
      noise.add(NoiseKind.PAGE_BOILERPLATE);
      if (!template.equals("narrative")) {
        noise.add(NoiseKind.HTML_MERGED_CELLS);
      }
    }
    boolean crlf = chance(0.1, NoiseKind.CRLF_LINE_ENDS);
    int titleYear = chance(0.02, NoiseKind.TITLE_YEAR_CONFLICT) ? year - 1 : year;
    String name = office.name(year);
    String title = name + titleYear + "年政府信息公开工作年度报告";
    String published = String.format("%d-%02d-%02d", year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
    ReportPage page = new ReportPage(name, title, blocks, layout, encoding, pageBoilerplate, fullWidthTables, crlf,
        published, 100 + random.nextInt(5000));
    ExpectedRecord expected = expected(name, template);
    String baseName = String.format("%07d-%s-%s-%d", index, office.divisionCode(), office.agencyType(), year);
    return new GeneratedReport(index, baseName, layout.isHtml() ? "html" : "txt", page.bytes(), expected,
        layout.name().toLowerCase(java.util.Locale.ROOT), encoding.name().toLowerCase(java.util.Locale.ROOT),
        Set.copyOf(noise));
  }

  // ---- Choices ---------------------------------------------------------------------------------

  private String template() {
    boolean township = office.level().equals("township");
    if (year < FIRST_2019_YEAR) {
      return choices.nextDouble() < (township ? 0.5 : 0.3) ? "narrative" : "pre2019";
    }
    double narrativeShare = township ? 0.3 : 0.1;
    return choices.nextDouble() < narrativeShare ? "narrative" : year < FIRST_2021_YEAR ? "2019" : "2021";
  }

  private ReportLayout layout(String template) {
    if (template.equals("narrative")) {
      return choices.nextDouble() < 0.4 ? ReportLayout.HTML : ReportLayout.TEXT;
    }
    ReportLayout[] layouts = template.equals("pre2019")
        ? new ReportLayout[] {ReportLayout.HTML, ReportLayout.HTML, ReportLayout.PIPE, ReportLayout.TAB,
            ReportLayout.CELLS, ReportLayout.BARS, ReportLayout.FRAMED}
        : new ReportLayout[] {ReportLayout.HTML, ReportLayout.HTML, ReportLayout.PIPE, ReportLayout.TAB,
            ReportLayout.CELLS, ReportLayout.FRAMED};
    return layouts[choices.nextInt(layouts.length)];
  }

  private ReportEncoding encoding(ReportLayout layout) {
    double draw = choices.nextDouble();
    if (draw < 0.55) {
      return ReportEncoding.UTF_8;
    }
    if (draw < 0.65) {
      noise.add(NoiseKind.UTF8_BYTE_ORDER_MARK);
      return ReportEncoding.UTF_8_BOM;
    }
    noise.add(NoiseKind.GB18030);
    if (layout.isHtml() && draw < 0.8) {
      noise.add(NoiseKind.GB2312_LABEL);
      return ReportEncoding.GB18030_LABELLED_GB2312;
    }
    return ReportEncoding.GB18030;
  }

  private NumberStyle numberStyle() {
    double draw = random.nextDouble();
    if (draw < 0.08) {
      noise.add(NoiseKind.FULL_WIDTH_DIGITS);
      return NumberStyle.FULL_WIDTH;
    }
    if (draw < 0.2) {
      noise.add(NoiseKind.CHINESE_NUMERALS);
      return NumberStyle.CHINESE;
    }
    return NumberStyle.DIGITS;
  }

  private boolean chance(double probability, NoiseKind kind) {
    boolean drawn = random.nextDouble() < probability;
    if (drawn) {
      noise.add(kind);
    }
    return drawn;
  }

  // ---- Sections of each template ---------------------------------------------------------------

  private void national(String template, YearFigures figures, ProseWriter prose) {
    boolean approximate = figures.proactiveItems() >= 300 && chance(0.1, NoiseKind.APPROXIMATE_NUMBER);
    paragraph(prose.boilerplate(Boilerplate.INTRO_NATIONAL));
    heading("一、总体情况");
    blocks.add(prefixed("（一）主动公开情况。", prose.proactive(approximate, false)));
    blocks.add(prefixed("（二）依申请公开情况。", prose.requests(random.nextBoolean())));
    if (random.nextBoolean()) {
      blocks.add(prose.staff());
    }
    paragraph(prose.boilerplate(Boilerplate.MANAGEMENT));
    paragraph(prose.boilerplate(Boilerplate.PLATFORM));
    paragraph(prose.boilerplate(Boilerplate.OVERSIGHT));
    heading("二、主动公开政府信息情况");
    blocks.add(ProactiveTable.of(template, figures, random));
    heading("三、收到和处理政府信息公开申请情况");
    long totalOffBy = chance(0.03, NoiseKind.TOTAL_MISMATCH) ? 1 + random.nextInt(3) : 0;
    int rowCount = template.equals("2021") ? 25 : 23;
    int cutAfter = chance(0.02, NoiseKind.TABLE_CUT) ? 3 + random.nextInt(rowCount - 5) : -1;
    ApplicationTable application = ApplicationTables.of(template, figures, totalOffBy, cutAfter, random);
    blocks.add(application);
    if (application.cut()) {
      noise.remove(NoiseKind.TOTAL_MISMATCH); // the (七)总计 row that would not add up is cut off
      return; // a lost page or truncated download ends the report with the table
    }
    heading("四、政府信息公开行政复议、行政诉讼情况");
    blocks.add(new ReviewTable(figures));
    heading("五、存在的主要问题及改进情况");
    paragraph(prose.boilerplate(Boilerplate.PROBLEMS));
    heading("六、其他需要报告的事项");
    blocks.add(prose.noFees());
  }

  private void pre2019(YearFigures figures, ProseWriter prose) {
    paragraph(prose.boilerplate(Boilerplate.INTRO_OLDER));
    heading("一、概述");
    paragraph(prose.boilerplate(Boilerplate.OVERVIEW_OLDER));
    olderSections(prose, prose.proactive(false, false), prose.requests(false), prose.reviewTotals());
    heading("七、附表");
    heading("政府信息公开情况统计表");
    long receivedOffBy = chance(0.03, NoiseKind.TOTAL_MISMATCH) ? 1 + random.nextInt(3) : 0;
    int rowCount = chance(0.02, NoiseKind.TABLE_CUT) ? StatisticsTables.cutRowCount(random) : StatisticsTable.ROWS.length;
    blocks.add(StatisticsTables.of(figures, receivedOffBy, rowCount, random));
    if (rowCount < StatisticsTables.ROWS_THROUGH_CHANNELS) {
      noise.remove(NoiseKind.TOTAL_MISMATCH); // the channels 收到申请数 should add up to are cut off
    }
  }

  private void narrative(YearFigures figures, ProseWriter prose) {
    boolean approximate = figures.proactiveItems() >= 300 && chance(0.1, NoiseKind.APPROXIMATE_NUMBER);
    paragraph(prose.boilerplate(Boilerplate.INTRO_OLDER));
    heading("一、概述");
    paragraph(prose.boilerplate(Boilerplate.OVERVIEW_OLDER));
    if (random.nextDouble() < 0.6) {
      blocks.add(prose.staff());
    }
    if (figures.meetings() > 0 && figures.trainingSessions() > 0 && figures.trainees() > 0 && random.nextBoolean()) {
      blocks.add(prose.training());
    }
    olderSections(prose, prose.proactive(approximate, true), prose.requests(random.nextBoolean()), prose.review());
  }

  /** Sections 二 to 六 of the older reports, with and without a 统计表. */
  private void olderSections(ProseWriter prose, ProseStatement proactive, ProseStatement requests,
      ProseStatement review) {
    heading("二、主动公开政府信息情况");
    blocks.add(proactive);
    heading("三、依申请公开政府信息情况");
    blocks.add(requests);
    heading("四、政府信息公开的收费及减免情况");
    blocks.add(prose.noFees());
    heading("五、因政府信息公开申请行政复议、提起行政诉讼的情况");
    blocks.add(review);
    heading("六、存在的主要问题及改进措施");
    paragraph(prose.boilerplate(Boilerplate.PROBLEMS));
  }

  private void heading(String text) {
    blocks.add(ProseStatement.plain(text));
  }

  private void paragraph(ProseStatement statement) {
    blocks.add(new ProseStatement(statement.text().replace("{A}", office.name(year))
        .replace("{site}", office.name(year) + "门户网站"), statement.metrics()));
  }

  private static ProseStatement prefixed(String prefix, ProseStatement statement) {
    return new ProseStatement(prefix + statement.text(), statement.metrics());
  }

  // ---- Ground truth ----------------------------------------------------------------------------

  /** Table numbers first; then prose numbers for keys no table states (a table's value wins a conflict). */
  private ExpectedRecord expected(String name, String template) {
    Map<String, BigDecimal> metrics = new LinkedHashMap<>();
    for (Object block : blocks) {
      if (block instanceof CorpusTable table) {
        metrics.putAll(table.metrics());
      }
    }
    List<String> proseKeys = new ArrayList<>();
    for (Object block : blocks) {
      if (block instanceof ProseStatement paragraph) {
        paragraph.metrics().forEach((key, value) -> {
          if (!metrics.containsKey(key)) {
            metrics.put(key, value);
            proseKeys.add(key);
          } else if (!proseKeys.contains(key) && metrics.get(key).compareTo(value) != 0) {
            noise.add(NoiseKind.PROSE_TABLE_CONFLICT);
          }
        });
      }
      if (paragraph(block) && ((ProseStatement) block).text().contains("未")) {
        noise.add(NoiseKind.NONE_STATEMENTS);
      }
    }
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    List<String> orderedProse = new ArrayList<>();
    for (ReportMetric metric : ReportMetric.values()) {
      if (metrics.containsKey(metric.key())) {
        ordered.put(metric.key(), metrics.get(metric.key()));
      }
      if (proseKeys.contains(metric.key())) {
        orderedProse.add(metric.key());
      }
    }
    if (ordered.size() != metrics.size()) {
      throw new IllegalStateException("generator bug: keys outside ReportMetric " + metrics.keySet());
    }
    String notes = noise.isEmpty() ? "generated" : "generated; noise: "
        + noise.stream().map(NoiseKind::code).sorted().collect(Collectors.joining(", "));
    // The extractor reads the name from text folded to NFKC: the page's 洮北区（工业园区）城南街道办事处 is
    // 洮北区(工业园区)城南街道办事处 there, while the township keeps its official name （工业园区）城南街道.
    String recordedName = Normalizer.normalize(name, Normalizer.Form.NFKC);
    return new ExpectedRecord(recordedName, office.agencyType(), office.level(), office.province(), office.city(),
        office.county(), office.township(), office.divisionCode(), year, template, ordered, orderedProse, notes);
  }

  private static boolean paragraph(Object block) {
    return block instanceof ProseStatement statement && !statement.metrics().isEmpty();
  }
}
