package io.github.ascribe.cli;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.nlp.NlpProseForm;
import java.util.EnumSet;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --prose fast|nlp} option of {@code analyze}: which recogniser reads prose attributions.
 * {@code fast} (the default) is the built-in one; {@code nlp} is the {@code ascribe-nlp} recogniser,
 * which tags each sentence with OpenNLP's English part-of-speech model (read once per run, about two
 * seconds) and is slower per article, but finds more prose attributions (docs/analysis.md, "The NLP
 * path").
 *
 * <pre>{@code
 * ascribe analyze --prose=nlp examples/samples/istanbul-talks.txt
 * }</pre>
 */
final class ProseOption {

  /** The prose recognisers. */
  enum Prose {
    /** The built-in recogniser. */
    FAST,
    /** The OpenNLP recogniser. */
    NLP
  }

  @Option(names = "--prose", paramLabel = "PATH", defaultValue = "fast", converter = Name.class,
      description = "Prose attributions: fast (the built-in rules, default) or nlp (OpenNLP part-of-speech"
          + " tagging of English, slower, finds more).")
  private Prose prose = Prose.FAST;

  /**
   * The builder with the chosen prose recogniser.
   *
   * @param builder an analyser builder
   * @return the same builder
   */
  Analyzer.Builder configure(Analyzer.Builder builder) {
    if (prose == Prose.NLP) {
      builder.disableForms(EnumSet.of(AttributionForm.PROSE)).form(NlpProseForm.of(Locale.ENGLISH));
    }
    return builder;
  }

  /** Reads {@code fast} or {@code nlp}, in any case; anything else is an error that names the value. */
  static final class Name implements ITypeConverter<Prose> {
    @Override
    public Prose convert(String value) {
      for (Prose p : Prose.values()) {
        if (p.name().equalsIgnoreCase(value)) {
          return p;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a prose path: use fast or nlp");
    }
  }
}
