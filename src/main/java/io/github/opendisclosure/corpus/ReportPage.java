package io.github.opendisclosure.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a report's paragraphs and tables as the page a site serves: an HTML page with navigation,
 * counters and scripts around the article, or the text a person copies out of one.
 *
 * @param blocks    {@link ProseStatement} paragraphs and {@link CorpusTable} tables, in order
 * @param published the 发布日期 the page shows (yyyy-MM-dd)
 */
record ReportPage(String agencyName, String title, List<Object> blocks, ReportLayout layout, ReportEncoding encoding,
    boolean pageBoilerplate, boolean fullWidthTables, boolean crlf, String published, int hits) {

  private static final String HTML_HEAD = """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml">
      <head>
      <meta http-equiv="Content-Type" content="text/html; charset=%1$s" />
      <title>%2$s_%3$s</title>
      <meta name="ArticleTitle" content="%2$s" />
      <meta name="PubDate" content="%4$s" />
      <link rel="stylesheet" type="text/css" href="/images/common.css" />
      <script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
      <script type="text/javascript">
      var _hmt = _hmt || [];
      (function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f0e2f8c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
      </script>
      </head>
      <body>
      <div class="top"><div class="top_l">欢迎访问%3$s</div><div class="top_r"><a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></div></div>
      <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
      <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
      <div class="article">
      <h1 class="article_title">%2$s</h1>
      <div class="article_info">发布时间：%4$s&nbsp;&nbsp;来源：%5$s&nbsp;&nbsp;浏览次数：<span id="hits">%6$d</span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
      <div class="article_content" id="zoom">
      """;
  private static final String HTML_TAIL = """
      </div>
      <div class="article_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
      </div>
      <div class="footer"><p>主办：%1$s&nbsp;&nbsp;技术支持：%2$s运维中心</p></div>
      <script type="text/javascript">$(function(){ $.get("/counter", function(n){ $("#hits").text(n); }); });</script>
      </body>
      </html>
      """;

  String site() {
    return agencyName + "门户网站";
  }

  byte[] bytes() {
    String text = layout.isHtml() ? html() : text();
    return encoding.encode(crlf ? text.replace("\n", "\r\n") : text);
  }

  private String text() {
    List<String> lines = new ArrayList<>();
    if (pageBoilerplate) {
      lines.add("首页 > 政务公开 > 政府信息公开年报");
      lines.add("发布日期：" + published + "  浏览次数：" + hits);
    }
    lines.add(title);
    for (Object block : blocks) {
      if (block instanceof ProseStatement paragraph) {
        lines.add(paragraph.text());
      } else {
        lines.addAll(layout.tableLines(((CorpusTable) block).grid(), fullWidthTables));
      }
    }
    if (pageBoilerplate) {
      lines.add("【打印本页】 【关闭窗口】");
    }
    return String.join("\n", lines) + "\n";
  }

  private String html() {
    StringBuilder page = new StringBuilder(HTML_HEAD.formatted(encoding.htmlLabel(), HtmlText.escape(title), site(),
        published, agencyName, hits));
    for (Object block : blocks) {
      if (block instanceof ProseStatement paragraph) {
        page.append("<p style=\"text-indent:2em;\">").append(HtmlText.escape(paragraph.text())).append("</p>\n");
      } else {
        for (String line : layout.tableLines(((CorpusTable) block).grid(), fullWidthTables)) {
          page.append(line).append('\n');
        }
      }
    }
    return page.append(HTML_TAIL.formatted(agencyName, site())).toString();
  }
}
