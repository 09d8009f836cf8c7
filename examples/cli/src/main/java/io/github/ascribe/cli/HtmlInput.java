package io.github.ascribe.cli;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a saved HTML page (an article or an answer engine's page) into the plain, markdown-like text
 * the analyser reads, with jsoup:
 *
 * <ul>
 *   <li>the content is {@code <main>} if the page has one, else {@code <body>}; {@code nav},
 *       {@code aside}, {@code script}, {@code style}, {@code noscript}, {@code template}, {@code form},
 *       {@code button}, {@code iframe}, {@code svg}, elements marked {@code hidden}, and the page's own
 *       {@code header} and {@code footer} (those not inside an {@code article} or {@code main}) are
 *       dropped;
 *   <li>headings become markdown headings ({@code ## Title}), paragraphs and other blocks become
 *       paragraphs separated by a blank line, list items become lines ({@code - item}, {@code 1. item}),
 *       {@code <br>} a line break, table rows lines with cells joined by {@code " | "}, a footnote
 *       number {@code <sup>1</sup>} the marker {@code [1]};
 *   <li>a link to a web page becomes a markdown link {@code [text](url)} with the address made
 *       absolute against the page's {@code <base>}, canonical link or {@code og:url}; a link whose text
 *       is its address stays a bare address; links within the page ({@code #note-1}) and other schemes
 *       keep their text only;
 *   <li>white space is collapsed as a browser would, except in {@code <pre>}.
 * </ul>
 *
 * <p>Spans in the analysis refer to this text, not to the HTML. Stateless and thread-safe.
 *
 * <pre>{@code
 * HtmlInput.toText("<p>Talks ended, <a href='https://www.reuters.com/x'>Reuters</a> reports.</p>");
 * // "Talks ended, [Reuters](https://www.reuters.com/x) reports.\n"
 * }</pre>
 */
final class HtmlInput {

  private static final Set<String> DROPPED = Set.of("nav", "aside", "script", "style", "noscript", "template",
      "form", "button", "iframe", "svg", "canvas", "select", "dialog", "head", "object", "embed", "video", "audio");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlInput() {}

  /**
   * Whether a file should be read as HTML: its name ends in {@code .html} or {@code .htm}, or its text
   * starts (after white space) with {@code <!DOCTYPE html} or {@code <html}.
   *
   * @param name the file name as given ({@code -} for standard input)
   * @param text its text
   * @return whether it looks like HTML
   */
  static boolean looksLikeHtml(String name, String text) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return true;
    }
    int i = 0;
    while (i < text.length() && i < 4096 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /**
   * Converts a page to text.
   *
   * @param html the page
   * @return the text, ending with a line break unless empty
   */
  static String toText(String html) {
    Objects.requireNonNull(html, "html");
    Document doc = Jsoup.parse(html);
    String base = baseUri(doc);
    if (!base.isEmpty()) {
      doc.setBaseUri(base);
    }
    Element root = doc.selectFirst("main");
    if (root == null) {
      root = doc.body();
    }
    TextOut out = new TextOut();
    NodeTraversor.filter(new Filter(out), root);
    return out.finish();
  }

  /** The address relative links are resolved against: {@code <base>}, the canonical link, {@code og:url}. */
  private static String baseUri(Document doc) {
    for (String query : new String[] {"base[href]", "link[rel=canonical][href]"}) {
      Element e = doc.selectFirst(query);
      if (e != null && isWeb(e.absUrl("href"))) {
        return e.absUrl("href");
      }
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    return og != null && isWeb(og.attr("content")) ? og.attr("content") : "";
  }

  private static boolean isWeb(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  /** Walks the tree: blocks open and close paragraphs, links are written whole, dropped parts skipped. */
  private static final class Filter implements NodeFilter {
    private final TextOut out;
    /** Open {@code pre}/{@code textarea} and {@code article}/{@code main} elements around the cursor. */
    private int pre;
    private int content;
    /** How many list items or cells each list or row has had so far: numbers items, joins cells. */
    private final Map<Element, int[]> seen = new IdentityHashMap<>();

    Filter(TextOut out) {
      this.out = out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        out.text(t.getWholeText(), pre > 0);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (dropped(e, tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      // counted on the way in and out, so no node looks up its ancestors: linear however deep
      if (tag.equals("pre") || tag.equals("textarea")) {
        pre++;
      } else if (tag.equals("article") || tag.equals("main")) {
        content++;
      }
      if (HEADINGS.contains(tag)) {
        out.block();
        out.raw("#".repeat(tag.charAt(1) - '0') + " ");
      } else if (tag.equals("li")) {
        out.line();
        Element list = e.parent();
        boolean ordered = list != null && list.normalName().equals("ol");
        out.raw(ordered ? ordinal(e) + ". " : "- ");
      } else if (tag.equals("br")) {
        out.line();
      } else if (tag.equals("tr")) {
        out.line();
      } else if (tag.equals("td") || tag.equals("th")) {
        if (ordinal(e) > 1) {
          out.raw(" | ");
        }
      } else if (tag.equals("a") && link(e)) {
        return FilterResult.SKIP_CHILDREN;
      } else if (tag.equals("sup") && isNumber(footnote(e))) {
        // spec: a footnote number <sup>1</sup> becomes the marker [1]
        out.inline("[" + footnote(e) + "]");
        return FilterResult.SKIP_CHILDREN;
      } else if (e.isBlock() || tag.equals("dt") || tag.equals("dd")) {
        out.block();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre") || tag.equals("textarea")) {
          pre--;
        } else if (tag.equals("article") || tag.equals("main")) {
          content--;
        }
      }
      if (node instanceof Element e && e.isBlock()) {
        String tag = e.normalName();
        if (tag.equals("li") || tag.equals("tr")) {
          out.line();
        } else if (!tag.equals("td") && !tag.equals("th") && !tag.equals("br")) {
          out.block();
        }
      }
      return FilterResult.CONTINUE;
    }

    /** Writes a web link as {@code [text](url)}; false when the link is kept as text. */
    private boolean link(Element a) {
      String url = a.absUrl("href");
      String text = a.text().strip();
      if (!isWeb(url) || text.isEmpty() || a.attr("href").strip().startsWith("#")) {
        return false;
      }
      String target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
      if (text.equals(url) || text.equals(a.attr("href").strip())) {
        out.inline(target);
      } else {
        out.inline("[" + text.replace('[', '(').replace(']', ')') + "](" + target + ")");
      }
      return true;
    }

    /** Which item or cell of its list or row this is, from 1; no sibling is looked at twice. */
    private int ordinal(Element e) {
      Element parent = e.parent();
      return parent == null ? 1 : ++seen.computeIfAbsent(parent, k -> new int[1])[0];
    }

    /** The text of {@code <sup>1</sup>} or {@code <sup><a ...>1</a></sup>}, else empty (never deep). */
    private static String footnote(Element sup) {
      if (sup.childNodeSize() != 1) {
        return "";
      }
      Node child = sup.childNode(0);
      if (child instanceof Element a && a.normalName().equals("a") && a.childNodeSize() == 1) {
        child = a.childNode(0);
      }
      return child instanceof TextNode t ? t.text().strip() : "";
    }

    private static boolean isNumber(String s) {
      if (s.isEmpty() || s.length() > 4) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private boolean dropped(Element e, String tag) {
      if (DROPPED.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
        return true;
      }
      if (tag.equals("header") || tag.equals("footer")) {
        return content == 0;
      }
      return false;
    }
  }
}
