package io.github.opendisclosure.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns decoded report text (plain text or a whole HTML page) into the {@link ReportText} every
 * reader works on: HTML rendered with one table row a line, web-page boilerplate and PDF page
 * footers removed, and the text NFKC-normalized so that full-width digits and punctuation match the
 * same patterns as ASCII ones.
 */
public final class ReportTextCleaner {

  /** Past this many characters of cleaned text a page is cut: no report is longer, and it bounds time. */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private static final Pattern HTML_MARKER =
      Pattern.compile("(?i)<(html|body|table|div|p|br|td|meta|head)[\\s/>]");
  private static final Set<String> SKIPPED_ELEMENTS =
      Set.of("script", "style", "noscript", "template", "head", "iframe", "select", "button", "svg");
  private static final Set<String> BLOCK_ELEMENTS = Set.of(
      "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol", "li",
      "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "form",
      "title", "caption", "hr", "address", "figure", "figcaption");
  /** Phrases of the page around a report (navigation, counters, print and share buttons). */
  private static final Pattern BOILERPLATE_PHRASES = Pattern.compile(
      "浏览次数\\s*[:：]?\\s*\\d*|访问次数\\s*[:：]?\\s*\\d*|点击数\\s*[:：]?\\s*\\d*"
          + "|打印本页|关闭窗口|【\\s*打印\\s*】|【\\s*关闭\\s*】|\\[\\s*打印\\s*\\]|\\[\\s*关闭\\s*\\]"
          + "|(字体|文字)大小\\s*[:：]?\\s*(\\[[^\\]\\n]{0,20}\\])?|【\\s*[大中小]\\s*】"
          + "|背景色\\s*[:：]?|扫一扫在手机上打开(当前)?页面|分享到\\s*[:：]?|收藏本页|返回顶部");
  /** Page numbers a PDF conversion leaves between paragraphs: "- 3 -", "第 3 页 共 9 页". */
  private static final Pattern PAGE_FOOTER =
      Pattern.compile("-\\s*\\d{1,3}\\s*-|—\\s*\\d{1,3}\\s*—|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?");

  private ReportTextCleaner() {}

  /** Whether the text is an HTML page or fragment rather than plain text. */
  public static boolean isHtml(String text) {
    return HTML_MARKER.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }

  /** The cleaned text, and whether it had to be cut at {@link #MAX_TEXT_CHARS}. */
  public static CleanedText clean(String decodedText) {
    String plain = isHtml(decodedText) ? renderHtml(decodedText) : decodedText;
    String normalized = Normalizer.normalize(plain, Normalizer.Form.NFKC).replace('\u00A0', ' ');
    List<String> lines = new ArrayList<>();
    for (String line : normalized.split("\\R")) {
      String kept = BOILERPLATE_PHRASES.matcher(line).replaceAll(" ").strip();
      if (!kept.isEmpty() && !PAGE_FOOTER.matcher(kept).matches()) {
        lines.add(kept);
      }
    }
    String joined = String.join("\n", lines);
    boolean truncated = joined.length() > MAX_TEXT_CHARS;
    return new CleanedText(ReportText.of(truncated ? joined.substring(0, MAX_TEXT_CHARS) : joined), truncated);
  }

  /** Cleaned report text, and whether the page was cut because it was too long. */
  public record CleanedText(ReportText text, boolean truncated) {}

  private static String renderHtml(String html) {
    Document document = Jsoup.parse(html);
    StringBuilder out = new StringBuilder(html.length() / 2);
    render(document, out);
    return out.toString();
  }

  private static void render(Node node, StringBuilder out) {
    if (node instanceof TextNode text) {
      // Preformatted text keeps its line breaks: some sites paste the plain-text table into a <pre>.
      out.append(text.parent() instanceof Element parent && parent.normalName().equals("pre")
          ? text.getWholeText() : text.text());
      return;
    }
    if (!(node instanceof Element element)) {
      node.childNodes().forEach(child -> render(child, out));
      return;
    }
    String tag = element.normalName().toLowerCase(Locale.ROOT);
    if (SKIPPED_ELEMENTS.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br" -> out.append('\n');
      case "table" -> renderTable(element, out);
      default -> {
        boolean block = BLOCK_ELEMENTS.contains(tag);
        if (block) {
          out.append('\n');
        }
        element.childNodes().forEach(child -> render(child, out));
        if (block) {
          out.append('\n');
        }
      }
    }
  }

  /** One row a line, cells joined by " | ", the way the plain-text copies of these tables look. */
  private static void renderTable(Element table, StringBuilder out) {
    out.append('\n');
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue; // a nested table's rows are rendered inside their own cell
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          StringBuilder cellText = new StringBuilder();
          cell.childNodes().forEach(child -> render(child, cellText));
          cells.add(cellText.toString().replaceAll("\\s+", " ").strip());
        }
      }
      out.append(String.join(" | ", cells)).append('\n');
    }
    out.append('\n');
  }
}
