package io.github.ascribe.notebook;

import static io.github.ascribe.notebook.MimeBundle.escape;

import io.github.ascribe.citations.Notation;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Summary;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The built-in displayers: {@link Article}, {@link Claim} and lists of claims, {@link NotationResult} and
 * {@link Summary} as HTML tables (claim, sources, form, coverage) with an aligned text table as the
 * fallback; {@link Chart}s, XChart charts and images as PNG. Their text and HTML are also public, for
 * reports of your own.
 */
public final class AscribeDisplayers {
  private static final int TEXT_CLAIM_WIDTH = 56;
  private static final String TABLE = "<table style=\"border-collapse:collapse\">";
  private static final String CELL = "<td style=\"text-align:left;vertical-align:top;padding:2px 8px\">";

  private AscribeDisplayers() {}

  static List<Displayer<?>> all() {
    List<Displayer<?>> all = new ArrayList<>();
    // the most specific first: the registry takes the first that accepts a value
    all.add(of(Article.class, (a, out) -> out.text(text(a)).html(html(a))));
    all.add(of(Claim.class, (c, out) -> out.text(claimsText(List.of(c))).html(claimsHtml(List.of(c)))));
    all.add(new Displayer<List<?>>() {
      @Override
      @SuppressWarnings("unchecked")
      public Class<List<?>> type() {
        return (Class<List<?>>) (Class<?>) List.class;
      }

      @Override
      public boolean accepts(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(Claim.class::isInstance);
      }

      @Override
      public void render(List<?> list, MimeBundle out) {
        List<Claim> claims = list.stream().map(Claim.class::cast).toList();
        out.text(claimsText(claims)).html(claimsHtml(claims));
      }
    });
    all.add(of(NotationResult.class, (r, out) -> out.text(text(r)).html(html(r))));
    all.add(of(Summary.class, (s, out) -> out.text(text(s)).html(html(s))));
    all.add(of(Chart.class, (c, out) -> out.text(c.toString()).png(c.png())));
    all.add(of(org.knowm.xchart.internal.chartpart.Chart.class,
        (c, out) -> out.text(c.getClass().getSimpleName() + " \"" + c.getTitle() + "\" " + c.getWidth() + "x"
            + c.getHeight()).png(Chart.png(c))));
    all.add(of(RenderedImage.class, (i, out) -> out.text("image " + i.getWidth() + "x" + i.getHeight())
        .png(png(i))));
    return all;
  }

  private static <T> Displayer<T> of(Class<T> type, BiConsumer<T, MimeBundle> render) {
    return new Displayer<>() {
      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public void render(T value, MimeBundle out) {
        render.accept(value, out);
      }
    };
  }

  private static byte[] png(RenderedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /* ---------------------------------------------------------------- article */

  /**
   * An article as text: its summary line, its claims table and its diagnostics.
   *
   * @param article the article
   * @return lines of text
   */
  public static String text(Article article) {
    StringBuilder out = new StringBuilder(summaryLine(article.summary())).append('\n');
    out.append(claimsText(article.claims()));
    if (!article.diagnostics().isEmpty()) {
      out.append('\n').append(article.diagnostics().size()).append(" diagnostics: ")
          .append(article.diagnostics().stream().map(Diagnostic::code).distinct().sorted()
              .collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  /**
   * An article as HTML: its summary line, its claims table and its diagnostics.
   *
   * @param article the article
   * @return an HTML fragment
   */
  public static String html(Article article) {
    StringBuilder out = new StringBuilder("<div><p>").append(escape(summaryLine(article.summary()))).append("</p>");
    out.append(claimsHtml(article.claims()));
    if (!article.diagnostics().isEmpty()) {
      out.append("<p>").append(article.diagnostics().size()).append(" diagnostics</p>").append(TABLE)
          .append("<tr><th>severity</th><th>code</th><th>where</th><th>message</th></tr>");
      for (Diagnostic d : article.diagnostics()) {
        out.append("<tr>").append(CELL).append(d.severity()).append("</td>").append(CELL).append(escape(d.code()))
            .append("</td>").append(CELL).append(d.span()).append("</td>").append(CELL).append(escape(d.message()))
            .append("</td></tr>");
      }
      out.append("</table>");
    }
    return out.append("</div>").toString();
  }

  private static String summaryLine(Summary s) {
    return String.format(Locale.ROOT, "%d claims, %d attributed (coverage %.1f%%), %d single-source, %d unattributed;"
        + " %d distinct sources, %d independent", s.claims(), s.attributedClaims(), s.coverage() * 100,
        s.singleSourceClaims(), s.unattributedClaims(), s.distinctSources(), s.independentSources());
  }

  /* ----------------------------------------------------------------- claims */

  /**
   * Claims as an aligned text table: number, claim (shortened), sources, form, coverage.
   *
   * @param claims the claims
   * @return lines of text
   */
  public static String claimsText(List<Claim> claims) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "claim", "sources", "form", "coverage"});
    for (Claim c : claims) {
      String text = c.text().replaceAll("\\s+", " ").strip();
      if (text.length() > TEXT_CLAIM_WIDTH) {
        text = text.substring(0, TEXT_CLAIM_WIDTH - 3) + "...";
      }
      rows.add(new String[] {String.valueOf(c.index()), text, sources(c), forms(c), coverage(c)});
    }
    return align(rows);
  }

  /**
   * Claims as an HTML table: number, claim, sources, form, coverage; unattributed claims are marked.
   *
   * @param claims the claims
   * @return an HTML table
   */
  public static String claimsHtml(List<Claim> claims) {
    StringBuilder out = new StringBuilder(TABLE)
        .append("<tr><th>#</th><th>claim</th><th>sources</th><th>form</th><th>coverage</th></tr>");
    for (Claim c : claims) {
      String mark = c.isAttributed() ? "" : " style=\"background:#fde8e8\"";
      out.append("<tr").append(mark).append('>').append(CELL).append(c.index()).append("</td>")
          .append(CELL).append(escape(c.text().strip())).append("</td>")
          .append(CELL).append(escape(sources(c))).append("</td>")
          .append(CELL).append(escape(forms(c))).append("</td>")
          .append(CELL).append(escape(coverage(c))).append("</td></tr>");
    }
    return out.append("</table>").toString();
  }

  private static String sources(Claim c) {
    List<String> parts = new ArrayList<>();
    c.mediaSources().stream().map(Source::name).forEach(parts::add);
    c.otherSources().stream().map(s -> s.name() + " (" + s.kind().name().toLowerCase(Locale.ROOT) + ")")
        .forEach(parts::add);
    String names = String.join(", ", parts);
    if (c.unnamedSources() > 0) {
      names += (names.isEmpty() ? "" : " ") + "+" + c.unnamedSources() + " unnamed";
    }
    return names.isEmpty() ? "-" : names;
  }

  private static String forms(Claim c) {
    String forms = c.attributions().stream().map(Attribution::form)
        .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).distinct().collect(Collectors.joining(", "));
    return forms.isEmpty() ? "-" : forms;
  }

  private static String coverage(Claim c) {
    if (!c.isAttributed()) {
      return "UNATTRIBUTED";
    }
    return c.isSingleSource() ? "single source" : c.sourceCount() + " sources";
  }

  /* --------------------------------------------------------------- notation */

  /**
   * A notation result as text: the input, the verdict, every source with how its name matched, unnamed
   * and declared counts, the canonical form and the diagnostics.
   *
   * @param r the result
   * @return lines of text
   */
  public static String text(NotationResult r) {
    List<String[]> rows = notationRows(r);
    return align(rows);
  }

  /**
   * A notation result as an HTML table (see {@link #text(NotationResult)}).
   *
   * @param r the result
   * @return an HTML table
   */
  public static String html(NotationResult r) {
    return htmlRows(notationRows(r));
  }

  private static List<String[]> notationRows(NotationResult r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"input", r.input()});
    rows.add(new String[] {"verdict", r.verdict().toString()});
    for (SourceMention m : r.mentions()) {
      rows.add(new String[] {"source", m.source().name() + "  <- \"" + m.text() + "\" "
          + m.match().kind().name().toLowerCase(Locale.ROOT) + " " + m.span()});
    }
    rows.add(new String[] {"unnamed", String.valueOf(r.unnamedSources())});
    if (r.declaredTotal().isPresent()) {
      rows.add(new String[] {"declared", "=" + r.declaredTotal().getAsInt()});
    }
    if (!r.entries().isEmpty()) {
      rows.add(new String[] {"canonical", Notation.format(r.model())});
    }
    for (Diagnostic d : r.diagnostics()) {
      rows.add(new String[] {"diagnostic", d.toString()});
    }
    return rows;
  }

  /* ---------------------------------------------------------------- summary */

  /**
   * A summary as a two-column text table.
   *
   * @param s the summary
   * @return lines of text
   */
  public static String text(Summary s) {
    return align(summaryRows(s));
  }

  /**
   * A summary as a two-column HTML table.
   *
   * @param s the summary
   * @return an HTML table
   */
  public static String html(Summary s) {
    return htmlRows(summaryRows(s));
  }

  private static List<String[]> summaryRows(Summary s) {
    return List.of(
        new String[] {"claims", String.valueOf(s.claims())},
        new String[] {"attributed", String.valueOf(s.attributedClaims())},
        new String[] {"coverage", String.format(Locale.ROOT, "%.1f%%", s.coverage() * 100)},
        new String[] {"unattributed", String.valueOf(s.unattributedClaims())},
        new String[] {"single source", String.valueOf(s.singleSourceClaims())},
        new String[] {"other attributed", String.valueOf(s.otherAttributedClaims())},
        new String[] {"distinct sources", String.valueOf(s.distinctSources())},
        new String[] {"independent sources", String.valueOf(s.independentSources())});
  }

  /* ---------------------------------------------------------------- helpers */

  private static String htmlRows(List<String[]> rows) {
    StringBuilder out = new StringBuilder(TABLE);
    for (String[] row : rows) {
      out.append("<tr><th style=\"text-align:left;padding:2px 8px\">").append(escape(row[0])).append("</th>");
      for (int i = 1; i < row.length; i++) {
        out.append(CELL).append(escape(row[i])).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</table>").toString();
  }

  private static String align(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == columns - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
