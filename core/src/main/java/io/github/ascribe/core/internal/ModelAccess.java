package io.github.ascribe.core.internal;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * Builds an {@link Article} from arrays the caller hands over, for the analyser in the citations
 * module, without making that a part of {@code Article}'s API: the article checks them as its
 * public constructor does, but keeps the arrays instead of copying them. {@code Article} registers
 * its builder when its class is initialised, which {@link #article} makes sure of.
 */
public final class ModelAccess {

  /** Makes an article of arrays it may keep. */
  public interface ArticleBuilder {
    /**
     * @param text the input
     * @param paragraphs the paragraphs, not written after
     * @param claims the claims, not written after
     * @param attributions the attributions, not written after
     * @param diagnostics the diagnostics (copied)
     * @return the checked article
     */
    Article build(String text, Paragraph[] paragraphs, Claim[] claims, Attribution[] attributions,
        List<Diagnostic> diagnostics);
  }

  private static volatile ArticleBuilder articles;

  private ModelAccess() {}

  /**
   * Registers how articles are built; called once, by {@code Article}.
   *
   * @param builder the builder
   * @throws IllegalStateException if one is already registered
   */
  public static synchronized void register(ArticleBuilder builder) {
    if (articles != null) {
      throw new IllegalStateException("already registered");
    }
    articles = Objects.requireNonNull(builder, "builder");
  }

  /**
   * An article of these parts, checked as {@code new Article(...)} checks them; the arrays are kept,
   * so the caller must not write them after.
   *
   * @param text the input
   * @param paragraphs the paragraphs in order
   * @param claims the claims in order
   * @param attributions the attributions in order
   * @param diagnostics the diagnostics in order of position
   * @return the article
   * @throws IllegalArgumentException if the parts do not fit together
   */
  public static Article article(String text, Paragraph[] paragraphs, Claim[] claims, Attribution[] attributions,
      List<Diagnostic> diagnostics) {
    ArticleBuilder b = articles;
    if (b == null) {
      try {
        Class.forName(Article.class.getName(), true, Article.class.getClassLoader()); // registers
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      b = articles;
    }
    return b.build(text, paragraphs, claims, attributions, diagnostics);
  }
}
