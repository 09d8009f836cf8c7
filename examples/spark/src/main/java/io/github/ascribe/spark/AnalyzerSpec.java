package io.github.ascribe.spark;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.core.registry.SourceRegistry;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What an executor needs to build the job's {@link Analyzer}: a small serialisable description (the
 * extra registry entries as text, the locale, the source-line scope, strictness) sent with each task,
 * from which every partition builds one analyser and reuses it for all its articles.
 *
 * <pre>{@code
 * AnalyzerSpec spec = AnalyzerSpec.defaults()
 *     .withRegistry("kyiv-dispatch\tKyiv Dispatch\tOUTLET\tUA\ten\tkyivdispatch.example\tKD\n")
 *     .withScope(SourceLineScope.SECTION_ABOVE);
 * Analyzer analyzer = spec.build();   // what each partition does once
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param extraRegistry registry entries in the registry's TSV format added to the bundled registry, or
 *     empty for the bundled registry alone
 * @param languageTag the locale for sentence segmentation, as a BCP 47 tag
 * @param scope what a source line covers
 * @param strict strict notation parsing
 */
public record AnalyzerSpec(String extraRegistry, String languageTag, SourceLineScope scope, boolean strict)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks the fields, and that the registry text parses. */
  public AnalyzerSpec {
    Objects.requireNonNull(extraRegistry, "extraRegistry");
    Objects.requireNonNull(languageTag, "languageTag");
    Objects.requireNonNull(scope, "scope");
    if (!extraRegistry.isEmpty()) {
      SourceRegistry.parse(extraRegistry);
    }
  }

  /**
   * The library's defaults: bundled registry, English, {@link SourceLineScope#PARAGRAPH_ABOVE}, lenient.
   *
   * @return the default spec
   */
  public static AnalyzerSpec defaults() {
    return new AnalyzerSpec("", Locale.ENGLISH.toLanguageTag(), SourceLineScope.PARAGRAPH_ABOVE, false);
  }

  /**
   * The same spec with registry entries added to the bundled registry.
   *
   * @param tsv entries in the registry file format ({@code docs/registry.md})
   * @return a new spec
   * @throws IllegalArgumentException if the text is not a valid registry
   */
  public AnalyzerSpec withRegistry(String tsv) {
    return new AnalyzerSpec(tsv, languageTag, scope, strict);
  }

  /**
   * The same spec with another locale.
   *
   * @param locale the locale for sentence segmentation
   * @return a new spec
   */
  public AnalyzerSpec withLocale(Locale locale) {
    return new AnalyzerSpec(extraRegistry, locale.toLanguageTag(), scope, strict);
  }

  /**
   * The same spec with another source-line scope.
   *
   * @param newScope what a source line covers
   * @return a new spec
   */
  public AnalyzerSpec withScope(SourceLineScope newScope) {
    return new AnalyzerSpec(extraRegistry, languageTag, newScope, strict);
  }

  /**
   * The same spec, strict or not.
   *
   * @param newStrict strict notation parsing
   * @return a new spec
   */
  public AnalyzerSpec withStrict(boolean newStrict) {
    return new AnalyzerSpec(extraRegistry, languageTag, scope, newStrict);
  }

  /**
   * Builds the analyser this spec describes.
   *
   * @return a new analyser, thread-safe and reusable
   */
  public Analyzer build() {
    SourceRegistry registry = extraRegistry.isEmpty()
        ? SourceRegistry.bundled()
        : SourceRegistry.bundled().extendedWith(SourceRegistry.parse(extraRegistry));
    return Analyzer.builder()
        .registry(registry)
        .locale(Locale.forLanguageTag(languageTag))
        .sourceLineScope(scope)
        .strict(strict)
        .build();
  }
}
