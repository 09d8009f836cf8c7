package io.github.ascribe.citations;

import com.ibm.icu.util.ULocale;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.citations.internal.article.ArticleReader;
import io.github.ascribe.citations.internal.form.CoreForms;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A configured, reusable article analyser. Build once and share: it is immutable and thread-safe, so
 * one instance can serve many threads at once.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.builder()
 *     .registry(SourceRegistry.bundled().extendedWith(SourceRegistry.load(Path.of("my-sources.tsv"))))
 *     .locale(Locale.UK)
 *     .sourceLineScope(SourceLineScope.SECTION_ABOVE)
 *     .build();
 * Article article = analyzer.analyze(text);
 * }</pre>
 *
 * <p>The attribution forms are recognisers tried in order of precedence; {@link Builder#form} adds
 * one of your own after the built-in ones, and {@link Builder#disableForms} switches built-in forms
 * off (see {@link FormRecognizer}).
 *
 * <p>{@link #analyze(String)} never throws for a non-null string. Input longer than {@link
 * Builder#maxInput(int)} is analysed up to the limit, and an {@code input-truncated} diagnostic says
 * where it was cut; at most {@link Builder#maxDiagnostics(int)} diagnostics are kept, and a final
 * {@code diagnostics-truncated} one says how many more there were. What each attribution form covers
 * is documented in {@code docs/analysis.md}.
 *
 * <p>Each analysis makes its own working state and drops it when it returns; the analyser holds
 * configuration only.
 */
public final class Analyzer {

  /** Default longest input, in UTF-16 units: 16 MiB of text. */
  public static final int DEFAULT_MAX_INPUT = 16 << 20;
  /** Default number of diagnostics kept. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

  private final SourceRegistry registry;
  private final Locale locale;
  private final SourceLineScope scope;
  private final boolean strict;
  private final int maxInput;
  private final int maxDiagnostics;
  private final List<FormRecognizer> forms;
  private final PageFurniture furniture;
  private final ArticleReader reader;

  private Analyzer(Builder b) {
    this.registry = b.registry != null ? b.registry : SourceRegistry.bundled();
    this.locale = b.locale;
    this.scope = b.scope;
    this.strict = b.strict;
    this.maxInput = b.maxInput;
    this.maxDiagnostics = b.maxDiagnostics;
    List<FormRecognizer> all = new ArrayList<>();
    SourceFinders finders = new SourceFinders(registry, ArticleReader.notationReader(registry, strict)::read);
    for (FormRecognizer f : CoreForms.create(finders)) {
      if (!b.disabled.contains(f.form())) {
        all.add(f);
      }
    }
    all.addAll(b.added);
    this.forms = List.copyOf(all);
    this.furniture = b.furniture;
    this.reader = new ArticleReader(registry, ULocale.forLocale(locale), scope, strict, maxDiagnostics, forms,
        furniture);
  }

  /**
   * A builder with the bundled registry, English sentence rules, {@link SourceLineScope#PARAGRAPH_ABOVE},
   * lenient notation parsing and the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses an article.
   *
   * @param text the article; any string
   * @return the analysed article; its spans point into {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public Article analyze(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() <= maxInput) {
      return reader.read(text);
    }
    int cut = Limits.cutPoint(text, maxInput);
    Article head = reader.read(text.substring(0, cut));
    List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics());
    diagnostics.add(Limits.truncation(text, cut, "analysed"));
    return new Article(text, head.paragraphs(), head.claims(), head.attributions(), diagnostics);
  }

  /**
   * The registry names resolve against.
   *
   * @return the registry
   */
  public SourceRegistry registry() {
    return registry;
  }

  /**
   * The locale used for sentence segmentation.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * What source lines cover.
   *
   * @return the scope policy
   */
  public SourceLineScope sourceLineScope() {
    return scope;
  }

  /**
   * Whether notation is parsed strictly (no fuzzy matching).
   *
   * @return true if strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The page text this analyser skips.
   *
   * @return the page text
   */
  public PageFurniture pageFurniture() {
    return furniture;
  }

  /**
   * The form recognisers this analyser tries, in order of precedence: the built-in ones not
   * disabled, then the added ones.
   *
   * @return the recognisers
   */
  public List<FormRecognizer> forms() {
    return forms;
  }

  @Override
  public String toString() {
    return "Analyzer[" + registry + ", locale=" + locale + ", scope=" + scope + ", strict=" + strict
        + ", maxInput=" + maxInput + ", maxDiagnostics=" + maxDiagnostics + "]";
  }

  /** Builds an {@link Analyzer}. Not thread-safe; the analyser it builds is. */
  public static final class Builder {
    private SourceRegistry registry;
    private Locale locale = Locale.ENGLISH;
    private SourceLineScope scope = SourceLineScope.PARAGRAPH_ABOVE;
    private boolean strict;
    private int maxInput = DEFAULT_MAX_INPUT;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
    private final List<FormRecognizer> added = new ArrayList<>();
    private final EnumSet<AttributionForm> disabled = EnumSet.noneOf(AttributionForm.class);
    private PageFurniture furniture = PageFurniture.bundled();

    private Builder() {}

    /**
     * Adds a form recogniser after the built-in ones and those added before; it is tried at its
     * anchor where one of its triggers occurs.
     *
     * <pre>{@code
     * Analyzer a = Analyzer.builder().form(new MyWireLabelForm()).build();
     * }</pre>
     *
     * @param form the recogniser: immutable and thread-safe
     * @return this builder
     * @throws NullPointerException if {@code form} is null
     * @throws IllegalArgumentException if it has no anchor, form or triggers, or was added already
     */
    public Builder form(FormRecognizer form) {
      Objects.requireNonNull(form, "form");
      if (form.anchor() == null || form.form() == null || form.triggers() == null) {
        throw new IllegalArgumentException("form recogniser " + form + " must name its anchor, form and triggers");
      }
      if (added.contains(form)) {
        throw new IllegalArgumentException("form recogniser added twice: " + form);
      }
      added.add(form);
      return this;
    }

    /**
     * Switches built-in forms off: their recognisers are not tried (added forms stay on). Adds to
     * the forms switched off before.
     *
     * @param forms the forms
     * @return this builder
     * @throws NullPointerException if {@code forms} or one of them is null
     */
    public Builder disableForms(Set<AttributionForm> forms) {
      Objects.requireNonNull(forms, "forms");
      for (AttributionForm f : forms) {
        disabled.add(Objects.requireNonNull(f, "forms holds null"));
      }
      return this;
    }

    /**
     * The page text that is skipped rather than read for claims (default {@link
     * PageFurniture#bundled()}; {@link PageFurniture#none()} reads every line).
     *
     * <pre>{@code
     * Analyzer a = Analyzer.builder().pageFurniture(PageFurniture.bundled().with(List.of("Trending now"))).build();
     * }</pre>
     *
     * @param furniture the page text
     * @return this builder
     * @throws NullPointerException if {@code furniture} is null
     */
    public Builder pageFurniture(PageFurniture furniture) {
      this.furniture = Objects.requireNonNull(furniture, "furniture");
      return this;
    }

    /**
     * The registry (default: {@link SourceRegistry#bundled()}).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(SourceRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The locale for sentence segmentation and abbreviation suppression (default English).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * What a source line covers (default {@link SourceLineScope#PARAGRAPH_ABOVE}).
     *
     * @param scope the policy
     * @return this builder
     */
    public Builder sourceLineScope(SourceLineScope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Strict notation parsing: no fuzzy matching; unknown names are warnings (default false).
     *
     * @param strict true for strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The longest input analysed, in UTF-16 units; the rest is reported, not read.
     *
     * @param maxInput at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxInput < 1}
     */
    public Builder maxInput(int maxInput) {
      if (maxInput < 1) {
        throw new IllegalArgumentException("maxInput must be >= 1: " + maxInput);
      }
      this.maxInput = maxInput;
      return this;
    }

    /**
     * How many diagnostics are kept; the rest are counted in one {@code diagnostics-truncated} note.
     *
     * @param maxDiagnostics at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDiagnostics < 0}
     */
    public Builder maxDiagnostics(int maxDiagnostics) {
      if (maxDiagnostics < 0) {
        throw new IllegalArgumentException("maxDiagnostics must be >= 0: " + maxDiagnostics);
      }
      this.maxDiagnostics = maxDiagnostics;
      return this;
    }

    /**
     * Builds the analyser.
     *
     * @return the analyser
     */
    public Analyzer build() {
      return new Analyzer(this);
    }
  }
}
