package io.github.ascribe.citations.internal.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.internal.form.WireText;
import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a whole article, one stage after another: layout and reference lists (in the {@link
 * ReadContext} made for the call), page text that is skipped ({@link Furniture}), then each paragraph's attributions and claims through the form
 * recognisers ({@link Claims}), then which claims each attribution covers ({@link Scoping}), then
 * the immutable article ({@link ArticleBuilder}).
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(registry, ULocale.ENGLISH, SourceLineScope.PARAGRAPH_ABOVE, false,
 *     1000, forms, PageFurniture.bundled());
 * Article article = reader.read("BRUSSELS (Reuters) - Prices rose.");
 * }</pre>
 *
 * <p>Immutable and thread-safe: it holds configuration only, and each {@link #read} has its own context.
 */
public final class ArticleReader {

  /**
   * What every analysis of a reader shares: configuration only.
   *
   * @param registry the registry names resolve against
   * @param scope what source lines cover
   * @param notation the notation reader
   * @param maxDiagnostics diagnostics kept
   * @param sentencePrototype the sentence iterator each analysis clones
   */
  record Settings(SourceRegistry registry, SourceLineScope scope, NotationReader notation,
      int maxDiagnostics, BreakIterator sentencePrototype, PageFurniture furniture) {}

  private final Settings settings;
  private final FormDriver driver;

  /**
   * Creates a reader.
   *
   * @param registry the registry names resolve against
   * @param locale the locale for sentence segmentation
   * @param scope what source lines cover
   * @param strict strict notation parsing
   * @param maxDiagnostics diagnostics kept before the rest are summarised
   * @param forms the form recognisers, in order of precedence
   * @param furniture the page text that is skipped, not read for claims
   */
  public ArticleReader(SourceRegistry registry, ULocale locale, SourceLineScope scope, boolean strict,
      int maxDiagnostics, List<FormRecognizer> forms, PageFurniture furniture) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(furniture, "furniture");
    BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(locale.getBaseName() + "@ss=standard"));
    this.settings = new Settings(registry, scope, notationReader(registry, strict),
        maxDiagnostics, sentences, furniture);
    this.driver = new FormDriver(forms);
  }

  /**
   * The notation reader an article reader and its forms use: results make their tokens only when asked.
   *
   * @param registry the registry
   * @param strict strict parsing
   * @return the reader
   */
  public static NotationReader notationReader(SourceRegistry registry, boolean strict) {
    return new NotationReader(registry, strict).deferringTokens();
  }

  /**
   * Analyses an article.
   *
   * @param text any string
   * @return the article
   */
  public Article read(String text) {
    return read(text, 0);
  }

  /**
   * Analyses an article, leaving places under the diagnostics cap for diagnostics the caller adds to
   * the result and that the cap must not drop: the article then has at most {@code maxDiagnostics -
   * reserved} of its own (and the {@code diagnostics-truncated} note, which names the whole cap).
   *
   * @param text any string
   * @param reservedDiagnostics places kept for the caller, at least 0
   * @return the article
   */
  public Article read(String text, int reservedDiagnostics) {
    if (reservedDiagnostics < 0) {
      throw new IllegalArgumentException("reservedDiagnostics must be >= 0: " + reservedDiagnostics);
    }
    ReadContext ctx = new ReadContext(Objects.requireNonNull(text, "text"), settings, reservedDiagnostics);
    for (Layout.Para p : ctx.paragraphs) {
      if (p.heading()) {
        ctx.newStory(); // coreference does not cross a heading
        if (DigestHeadlines.isPlain(ctx.text, p)) {
          // spec: a digest's headline is no claim; noted, so no text is dropped silently
          ctx.diagnostics.add(WireText.skipped(ctx.text, Span.of(p.start(), p.end()), "a headline"));
        }
      }
      // spec: page text is noted even where it heads a reference list ("Sources", "Learn more")
      if (!p.heading() && !Furniture.skip(ctx, p) && !ctx.referenceParagraphs.get(p.index())) {
        Claims.read(ctx, driver, p); // the forms, in order of precedence
      }
    }
    List<TreeSet<Integer>> covered = Scoping.cover(ctx); // reach to claims; quote extension
    return ArticleBuilder.build(ctx, covered);
  }
}
