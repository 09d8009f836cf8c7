package io.github.ascribe.nlp;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import io.github.ascribe.nlp.internal.Antecedents;
import io.github.ascribe.nlp.internal.Cues;
import io.github.ascribe.nlp.internal.Mentions;
import io.github.ascribe.nlp.internal.PosModels;
import io.github.ascribe.nlp.internal.Relations;
import io.github.ascribe.nlp.internal.SourceTypes;
import io.github.ascribe.nlp.internal.Tagged;
import io.github.ascribe.nlp.internal.Taggers;
import io.github.ascribe.nlp.internal.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.postag.POSModel;

/**
 * Prose attributions read with a part-of-speech tagger: each claim is tagged with Apache OpenNLP's
 * model for the language (Universal Dependencies tags), and each reporting verb or {@code according
 * to}-style phrase of the language's cue list gets its source from the noun phrase that is its
 * subject ({@code The county's emergency office says ...}, {@code ," said Karen Doyle}, {@code X, who
 * ..., said}) and its content from the clause it introduces or the quotation before it. A cue word the
 * tagger does not read as a verb ({@code fears of a collapse}) is no cue.
 *
 * <p>It is a {@link FormRecognizer} of form {@link AttributionForm#PROSE}, anchored {@link
 * Anchor#INLINE}. Used instead of the built-in prose recogniser:
 *
 * <pre>{@code
 * Analyzer nlp = Analyzer.builder()
 *     .disableForms(EnumSet.of(AttributionForm.PROSE))   // the fast prose recogniser off
 *     .form(NlpProseForm.of(Locale.ENGLISH))
 *     .build();
 * Article a = nlp.analyze("\"We had about an hour,\" he said.");
 * }</pre>
 *
 * <p>Models exist for the languages of {@link #languages()} (English, German, French); for others keep
 * the built-in recogniser. Making a recogniser reads the model from the class path (about a second or
 * two); make one per language and share it. Immutable and thread-safe: the model is shared, and each
 * analysis makes its own tagger (OpenNLP's tagger is not thread-safe) in its per-call state.
 */
public final class NlpProseForm implements FormRecognizer {

  private final String language;
  private final POSModel model;
  private final Cues cues;
  private final SourceTypes types;

  private NlpProseForm(String language) {
    this.language = language;
    this.model = PosModels.load(language);
    this.cues = Cues.load(language);
    this.types = SourceTypes.load(language);
  }

  /**
   * A recogniser for a language, reading its model from the class path.
   *
   * @param locale the language of the texts; its language code must be one of {@link #languages()}
   * @return the recogniser
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if the language has no model, or its model artifact is not on
   *     the class path (the message names the artifact)
   */
  public static NlpProseForm of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String lang = locale.getLanguage();
    if (!PosModels.languages().contains(lang)) {
      throw new IllegalArgumentException("no part-of-speech model for '" + locale + "': the NLP prose recogniser"
          + " reads " + PosModels.languages() + "; use the built-in recogniser for other languages");
    }
    return new NlpProseForm(lang);
  }

  /**
   * The languages with a part-of-speech model artifact.
   *
   * @return ISO 639-1 codes, sorted
   */
  public static Set<String> languages() {
    return PosModels.languages();
  }

  /**
   * The language this recogniser reads.
   *
   * @return its ISO 639-1 code
   */
  public String language() {
    return language;
  }

  @Override
  public AttributionForm form() {
    return AttributionForm.PROSE;
  }

  @Override
  public Anchor anchor() {
    return Anchor.INLINE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.WORD);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String text = in.text();
    Span range = in.range();
    Tokens tokens = Tokens.of(text, range.start(), range.end());
    if (tokens.size() < 2) {
      return List.of();
    }
    String[] words = tokens.words();
    String[] tags = in.state(Taggers.class, Taggers::new).tag(model, words);
    Tagged tagged = new Tagged(text, tokens, words, tags);
    List<Recognized> out = new ArrayList<>();
    for (Relations.Found f : Relations.read(tagged, cues)) {
      ProseRelation.SourceType type = types.type(tagged, index(tokens, f.source().start()),
          index(tokens, f.source().end() - 1) + 1);
      Optional<Span> content = f.content().filter(c -> !c.overlaps(f.source()) && !c.overlaps(f.cue()));
      String phrase = f.source().text(text).toLowerCase(Locale.ROOT);
      Antecedents names = in.state(Antecedents.class, Antecedents::new);
      Optional<Span> antecedent = Optional.empty();
      if (Antecedents.pronoun(phrase)) {
        antecedent = names.of(phrase, f.source());
      } else {
        names.named(f.source(), type);
      }
      ProseRelation relation = new ProseRelation(f.source(), f.cue(), content.map(List::of).orElse(List.of()),
          f.kind(), type, f.group(), f.cueLemma(), antecedent);
      Span span = f.source().union(f.cue());
      Reach reach = f.group() == ProseRelation.CueGroup.ADJUNCT ? Reach.SENTENCE : Reach.SENTENCE_AND_QUOTE;
      out.add(Recognized.of(AttributionForm.PROSE, f.rule(), span,
          List.of(Mentions.of(in.registry(), text, f.source(), type)), reach).withProse(relation));
    }
    return out;
  }

  /** The token that holds index {@code at}. */
  private static int index(Tokens tokens, int at) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.start(mid) <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "NlpProseForm[" + language + "]";
  }
}
