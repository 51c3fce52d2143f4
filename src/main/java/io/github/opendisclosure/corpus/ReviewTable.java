package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 四、政府信息公开行政复议、行政诉讼情况: 行政复议, 未经复议直接起诉, 复议后起诉, five columns each. */
final class ReviewTable implements CorpusTable {

  private static final String[] GROUPS = {"reconsideration", "litigation_direct", "litigation_after_reconsideration"};
  private static final String[] OUTCOMES = {"upheld", "corrected", "other", "pending", "total"};
  private static final String[] OUTCOME_LABELS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

  private final long[] values = new long[15];

  ReviewTable(YearFigures figures) {
    for (int group = 0; group < 3; group++) {
      System.arraycopy(figures.review(), group * 4, values, group * 5, 4);
      values[group * 5 + 4] = figures.reviewTotal(group);
    }
  }

  @Override
  public Map<String, BigDecimal> metrics() {
    Map<String, BigDecimal> stated = new LinkedHashMap<>();
    for (int group = 0; group < 3; group++) {
      for (int outcome = 0; outcome < 5; outcome++) {
        stated.put(GROUPS[group] + "_" + OUTCOMES[outcome], BigDecimal.valueOf(values[group * 5 + outcome]));
      }
    }
    stated.put("litigation_total", BigDecimal.valueOf(values[9] + values[14]));
    stated.put("litigation_corrected", BigDecimal.valueOf(values[6] + values[11]));
    return stated;
  }

  @Override
  public List<List<TableCell>> grid() {
    List<List<TableCell>> grid = new ArrayList<>();
    grid.add(List.of(TableCell.label("行政复议", 1, 5), TableCell.label("行政诉讼", 1, 10)));
    List<TableCell> second = new ArrayList<>();
    for (String label : OUTCOME_LABELS) {
      second.add(TableCell.label(label, 2, 1));
    }
    second.add(TableCell.label("未经复议直接起诉", 1, 5));
    second.add(TableCell.label("复议后起诉", 1, 5));
    grid.add(second);
    List<TableCell> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (String label : OUTCOME_LABELS) {
        third.add(TableCell.label(label));
      }
    }
    grid.add(third);
    List<TableCell> numbers = new ArrayList<>();
    for (long value : values) {
      numbers.add(TableCell.number(value));
    }
    grid.add(numbers);
    return grid;
  }
}
