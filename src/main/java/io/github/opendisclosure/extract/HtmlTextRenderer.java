package io.github.opendisclosure.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML page as the plain text a reader sees: block elements on lines of their own, one
 * table row a line with its cells joined by {@code " | "} (the way the plain-text copies of these
 * tables look), and nothing of scripts, styles, forms or the page head. A cell that holds a table
 * is layout, not data: older sites put the whole report in one cell of a page-layout table, so such
 * a cell keeps its lines and its row puts each cell on lines of its own.
 *
 * <p>The page is walked with jsoup's iterative traversal, never by recursion: a broken page builder
 * nests elements tens of thousands deep, which would overflow the stack.
 */
final class HtmlTextRenderer implements NodeFilter {

  private static final Set<String> SKIPPED_ELEMENTS =
      Set.of("script", "style", "noscript", "template", "head", "iframe", "select", "button", "svg");
  private static final Set<String> BLOCK_ELEMENTS = Set.of(
      "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol", "li",
      "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "form",
      "title", "caption", "hr", "address", "figure", "figcaption");


  /** Where the walk is: the page text, or inside a table, a row or a cell, innermost first. */
  private final Deque<Frame> frames = new ArrayDeque<>();

  private HtmlTextRenderer(int expectedLength) {
    frames.push(new Frame(null, new StringBuilder(expectedLength), null));
  }

  /** The text of a whole HTML page. */
  static String render(String html) {
    HtmlTextRenderer renderer = new HtmlTextRenderer(html.length() / 2);
    NodeTraversor.filter(renderer, Jsoup.parse(html));
    return renderer.frames.getLast().text().toString();
  }

  /**
   * A place text goes: the page or a table cell ({@code text} set), a table (rendered into its
   * enclosing {@code text}) or a row ({@code cells} set). Text between a table's cells is not shown.
   * A cell or row is {@code layout} once a table opens inside it.
   */
  private static final class Frame {
    private final Element owner;
    private final StringBuilder text;
    private final List<String> cells;
    private boolean layout;

    Frame(Element owner, StringBuilder text, List<String> cells) {
      this.owner = owner;
      this.text = text;
      this.cells = cells;
    }

    Element owner() {
      return owner;
    }

    StringBuilder text() {
      return text;
    }

    List<String> cells() {
      return cells;
    }

    boolean takesText() {
      return cells == null && (owner == null || !owner.normalName().equals("table"));
    }

    boolean isCell() {
      return owner != null && takesText();
    }
  }

  @Override
  public FilterResult head(Node node, int depth) {
    Frame current = frames.peek();
    if (node instanceof TextNode textNode) {
      if (current.takesText()) {
        // Preformatted text keeps its line breaks: some sites paste the plain-text table into a <pre>.
        current.text().append(textNode.parent() instanceof Element parent && parent.normalName().equals("pre")
            ? textNode.getWholeText() : textNode.text());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName().toLowerCase(Locale.ROOT);
    if (SKIPPED_ELEMENTS.contains(tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (!current.takesText()) {
      return headInsideTable(element, tag, current);
    }
    switch (tag) {
      case "br" -> current.text().append('\n');
      case "table" -> {
        if (current.isCell()) {
          markLayout(current);
        }
        current.text().append('\n');
        frames.push(new Frame(element, current.text(), null));
      }
      default -> {
        if (BLOCK_ELEMENTS.contains(tag)) {
          current.text().append('\n');
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  /** Between a table's cells only rows and cells count; a table there has no cell to show in. */
  private FilterResult headInsideTable(Element element, String tag, Frame current) {
    boolean inRow = current.cells() != null;
    if (!inRow && tag.equals("tr")) {
      frames.push(new Frame(element, null, new ArrayList<>()));
    } else if (inRow && (tag.equals("td") || tag.equals("th"))) {
      frames.push(new Frame(element, new StringBuilder(), null));
    } else if (inRow || tag.equals("table")) {
      return FilterResult.SKIP_ENTIRELY;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    Frame current = frames.peek();
    if (current.owner() == element) {
      frames.pop();
      close(current, frames.peek());
    } else if (current.takesText() && BLOCK_ELEMENTS.contains(element.normalName().toLowerCase(Locale.ROOT))) {
      current.text().append('\n');
    }
    return FilterResult.CONTINUE;
  }

  /** A cell that holds a table, and the row of that cell, are layout: the frame below a cell is its row. */
  private void markLayout(Frame cell) {
    cell.layout = true;
    frames.stream().skip(1).findFirst().ifPresent(row -> row.layout = true);
  }

  /** A finished table, row or cell goes into the frame around it. */
  private static void close(Frame finished, Frame enclosing) {
    if (finished.cells() != null) {
      enclosing.text().append(String.join(finished.layout ? "\n" : " | ", finished.cells())).append('\n');
    } else if (enclosing.cells() != null) {
      enclosing.cells().add(finished.layout ? finished.text().toString().strip() : collapseWhitespace(finished.text()).strip());
    } else {
      finished.text().append('\n');
    }
  }

  /** The text with each run of whitespace (the {@code \s} of patterns) made one space. */
  private static String collapseWhitespace(CharSequence text) {
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!whitespace) {
        collapsed.append(c);
      } else if (!inRun) {
        collapsed.append(' ');
      }
      inRun = whitespace;
    }
    return collapsed.toString();
  }
}
