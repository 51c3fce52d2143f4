package io.github.opendisclosure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextCleanerTest {

  @Test
  void htmlTablesBecomeOneRowALineWithCellsSeparatedByPipes() {
    String html = "<html><head><title>t</title><script>var x = 1;</script></head><body>"
        + "<div class='nav'>网站首页 &gt; 信息公开</div><p>浏览次数：2500 【打印】【关闭】</p>"
        + "<h1>某某县民政局2019年政府信息公开工作年度报告</h1>"
        + "<table><tr><td rowspan='2'>（三）不予公开</td><td>1.属于国家秘密</td><td>１</td></tr>"
        + "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td></tr></table>"
        + "<p>第一段<br>第二段</p></body></html>";
    ReportText text = ReportTextCleaner.clean(html).text();
    assertEquals(List.of("网站首页 > 信息公开", "某某县民政局2019年政府信息公开工作年度报告",
        "(三)不予公开 | 1.属于国家秘密 | 1", "2.其他法律行政法规禁止公开 | 0", "第一段", "第二段"), text.lines());
  }

  @Test
  void elementsNestedTensOfThousandsDeepDoNotOverflowTheStack() {
    // Found by ReportExtractorFuzzTest: the recursive renderer died with a StackOverflowError.
    String html = "<html><body>" + "<div><span>".repeat(30_000) + "平江县民政局2017年度政府信息公开工作年度报告"
        + "<table><tr><td>" + "<b>".repeat(30_000) + "收到申请数</td><td>5</td></tr></table>" + "</body></html>";
    assertEquals(List.of("平江县民政局2017年度政府信息公开工作年度报告", "收到申请数 | 5"),
        ReportTextCleaner.clean(html).text().lines());
  }

  @Test
  void aPageLaidOutInOneTableCellKeepsItsLinesAndItsOwnTablesRows() {
    // Older sites put the whole report in a cell of a layout table; it was rendered as one line.
    String html = "<html><body><table width='100%'><tr><td class='nav'>首页</td></tr><tr><td>"
        + "<h1>淮安市民政局2023年政府信息公开工作年度报告</h1><p>全年主动公开政府信息120条。</p>"
        + "<table><tr><td>行政许可</td><td><p><strong>15</strong></p></td></tr><tr><td>行政处罚</td><td>3</td></tr></table>"
        + "<p>五、存在的主要问题及改进情况</p></td><td>相关链接</td></tr></table></body></html>";
    assertEquals(List.of("首页", "淮安市民政局2023年政府信息公开工作年度报告", "全年主动公开政府信息120条。",
        "行政许可 | 15", "行政处罚 | 3", "五、存在的主要问题及改进情况", "相关链接"),
        ReportTextCleaner.clean(html).text().lines());
  }

  @Test
  void yearsInChineseNumeralsAreWrittenInDigits() {
    ReportText text = ReportTextCleaner.clean("淮安市人民政府二〇二四年政府信息公开工作年度报告\n"
        + "统计期限自二零二四年一月一日起,一九九九年设立,二○二五年一月二十日\n共收到申请二十三件,历时十二年").text();
    assertEquals(List.of("淮安市人民政府2024年政府信息公开工作年度报告",
        "统计期限自2024年一月一日起,1999年设立,2025年一月二十日", "共收到申请二十三件,历时十二年"), text.lines());
  }

  @Test
  void fullWidthDigitsAndPunctuationAreFoldedAndPageFootersDropped() {
    ReportText text = ReportTextCleaner.clean("受理申请１２件，均按时答复。\n- 3 -\n第 2 页 共 5 页\n（二）部分公开").text();
    assertEquals(List.of("受理申请12件,均按时答复。", "(二)部分公开"), text.lines());
  }

  @Test
  void boilerplatePhrasesGoButTheRestOfTheirLineStays() {
    ReportText text = ReportTextCleaner.clean(
        "浏览次数: 发布时间:2018-02-26 00:00    文字大小:[ ]   背景色:\n关闭窗口 打印本页 字体大小: [ ]").text();
    assertEquals(List.of("发布时间:2018-02-26 00:00"), text.lines());
  }

  @Test
  void plainTextIsNotMistakenForHtml() {
    assertFalse(ReportTextCleaner.isHtml("收到申请数 | 件 | 0\n1<2 且 3>2"));
    assertTrue(ReportTextCleaner.isHtml("<p>正文</p>"));
  }

  @Test
  void aPageLongerThanTheLimitIsCutAndSaysSo() {
    String huge = "一二三四五六七八九十\n".repeat(ReportTextCleaner.MAX_TEXT_CHARS / 10 + 10);
    ReportTextCleaner.CleanedText cleaned = ReportTextCleaner.clean(huge);
    assertTrue(cleaned.truncated());
    assertEquals(ReportTextCleaner.MAX_TEXT_CHARS, cleaned.text().text().length());
  }
}
