package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** 二、主动公开政府信息情况: the 第二十条 table of the 2019 template or of its 2021 revision. */
final class ProactiveTable implements CorpusTable {

  /** One row: its label, its cells as printed (null blank; money in 万元) and the key of each (null: none). */
  private record Row(String label, String[] cells, String[] keys) {}

  private record Section(String title, String[] header, List<Row> rows) {}

  private final List<Section> sections;

  private ProactiveTable(List<Section> sections) {
    this.sections = sections;
  }

  static ProactiveTable of(String template, YearFigures figures, SplittableRandom random) {
    String normative = String.valueOf(figures.normativeDocuments());
    String licensing = String.valueOf(figures.licensingDecisions());
    String penalty = String.valueOf(figures.penaltyDecisions());
    String enforcement = String.valueOf(figures.enforcementDecisions());
    if (template.equals("2021")) {
      String inForce = String.valueOf(figures.normativeDocuments() * 4 + random.nextInt(10));
      return new ProactiveTable(List.of(
          new Section("第二十条第（一）项", new String[] {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, List.of(
              new Row("规章", new String[] {"0", "0", "0"}, new String[] {"rules_issued", "rules_repealed", "rules_in_force"}),
              new Row("行政规范性文件", new String[] {normative, String.valueOf(random.nextInt(3)), inForce},
                  new String[] {"normative_documents_issued", "normative_documents_repealed", "normative_documents_in_force"}))),
          new Section("第二十条第（五）项", new String[] {"信息内容", "本年处理决定数量"}, List.of(
              new Row("行政许可", new String[] {licensing}, new String[] {"licensing_decisions"}))),
          new Section("第二十条第（六）项", new String[] {"信息内容", "本年处理决定数量"}, List.of(
              new Row("行政处罚", new String[] {penalty}, new String[] {"penalty_decisions"}),
              new Row("行政强制", new String[] {enforcement}, new String[] {"enforcement_decisions"}))),
          new Section("第二十条第（八）项", new String[] {"信息内容", "本年收费金额（单位：万元）"}, List.of(
              new Row("行政事业性收费", new String[] {random.nextBoolean() ? "0" : null},
                  new String[] {"administrative_fees_yuan"})))));
    }
    String total = String.valueOf(figures.normativeDocuments() * 5 + random.nextInt(10));
    String change = String.valueOf(random.nextInt(5) - 2);
    String projects = String.valueOf(random.nextInt(40));
    String amount = random.nextInt(100_000) / 10 + "." + random.nextInt(10);
    return new ProactiveTable(List.of(
        new Section("第二十条第（一）项", new String[] {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}, List.of(
            new Row("规章", new String[] {"0", "0", "0"}, new String[] {"rules_made", "rules_published", "rules_total_published"}),
            new Row("规范性文件", new String[] {normative, normative, total}, new String[] {"normative_documents_made",
                "normative_documents_published", "normative_documents_total_published"}))),
        new Section("第二十条第（五）项", new String[] {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}, List.of(
            new Row("行政许可", new String[] {String.valueOf(random.nextInt(60)), change, licensing},
                new String[] {"licensing_items_previous_year", "licensing_items_change", "licensing_decisions"}),
            new Row("其他对外管理服务事项", new String[] {String.valueOf(random.nextInt(20)), "0", String.valueOf(random.nextInt(500))},
                new String[] {null, null, null}))),
        new Section("第二十条第（六）项", new String[] {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}, List.of(
            new Row("行政处罚", new String[] {String.valueOf(random.nextInt(200)), "0", penalty},
                new String[] {"penalty_items_previous_year", "penalty_items_change", "penalty_decisions"}),
            new Row("行政强制", new String[] {String.valueOf(random.nextInt(30)), "0", enforcement},
                new String[] {"enforcement_items_previous_year", "enforcement_items_change", "enforcement_decisions"}))),
        new Section("第二十条第（八）项", new String[] {"信息内容", "上一年项目数量", "本年增/减"}, List.of(
            new Row("行政事业性收费", new String[] {String.valueOf(random.nextInt(10)), "0"},
                new String[] {"fee_items_previous_year", "fee_items_change"}))),
        new Section("第二十条第（九）项", new String[] {"信息内容", "采购项目数量", "采购总金额（万元）"}, List.of(
            new Row("政府集中采购", new String[] {projects, amount}, new String[] {"procurement_projects", "procurement_amount_yuan"})))));
  }

  @Override
  public Map<String, BigDecimal> metrics() {
    Map<String, BigDecimal> stated = new LinkedHashMap<>();
    for (Section section : sections) {
      for (Row row : section.rows()) {
        for (int i = 0; i < row.cells().length; i++) {
          if (row.cells()[i] != null && row.keys()[i] != null) {
            stated.put(row.keys()[i], Money.statedValue(row.keys()[i], row.cells()[i]));
          }
        }
      }
    }
    return stated;
  }

  @Override
  public List<List<TableCell>> grid() {
    List<List<TableCell>> grid = new ArrayList<>();
    for (Section section : sections) {
      grid.add(List.of(TableCell.label(section.title(), 1, section.header().length)));
      List<TableCell> header = new ArrayList<>();
      for (String text : section.header()) {
        header.add(TableCell.label(text));
      }
      grid.add(header);
      for (Row row : section.rows()) {
        List<TableCell> cells = new ArrayList<>();
        cells.add(TableCell.label(row.label()));
        for (String cell : row.cells()) {
          cells.add(TableCell.number(cell));
        }
        grid.add(cells);
      }
    }
    return grid;
  }
}
