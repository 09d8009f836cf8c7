package io.github.ascribe.cli;

import io.github.ascribe.core.Article;
import java.util.Objects;

/**
 * One analysed input: the name it was given by and the article.
 *
 * <pre>{@code
 * var file = new AnalyzedFile("istanbul-talks.txt", Ascribe.analyze(text));
 * String json = ReportFormat.JSON.render(file);
 * }</pre>
 *
 * @param name the path as given, or {@code -} for standard input
 * @param article the analysed article
 */
public record AnalyzedFile(String name, Article article) {

  /** Validates the fields. */
  public AnalyzedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(article, "article");
  }
}
