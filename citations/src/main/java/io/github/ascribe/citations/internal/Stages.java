package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.citations.internal.source.Corroborations;
import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.citations.internal.source.ProseFinder;
import io.github.ascribe.citations.internal.source.SourcePhrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The entry points into this package's notation and source-phrase stages that the article reader
 * ({@code internal.article}) and the form recognisers ({@code internal.form}) use, while those
 * stages are package-private here: what a notation result holds ({@link Readings}), the prose
 * finder and the corroboration check ({@link ProseFinder}, {@link Corroborations}) with their
 * per-article state ({@link SourcePhrases.Context}). The calls are the ones the reader made before.
 *
 * <pre>{@code
 * Stages stages = new Stages(registry, notationReader);
 * Stages.Phrases phrases = new Stages.Phrases(); // one per article
 * List<Stages.ProseHit> hits = stages.prose(phrases, text, paragraphStart, from, to, lastMedia);
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Phrases} belongs to one article.
 */
public final class Stages {

  /** The people and word tables of one article, as the prose finder keeps them. Not thread-safe. */
  public static final class Phrases {
    final SourcePhrases.Context context = new SourcePhrases.Context();
  }

  /**
   * A prose attribution.
   *
   * @param rule the attribution's rule ({@code prose-verb-speech})
   * @param span the text it spans
   * @param mention the source it names
   */
  public record ProseHit(String rule, Span span, SourceMention mention) {}

  /**
   * A corroboration statement's outlet list.
   *
   * @param subject the list read as notation
   * @param subjectStart where it starts in the text
   */
  public record Corroboration(NotationResult subject, int subjectStart) {}

  private final ProseFinder prose;
  private final Corroborations corroborations;

  /**
   * The stages for one registry.
   *
   * @param registry the registry
   * @param notation the notation reader corroboration lists are read with
   */
  public Stages(SourceRegistry registry, NotationReader notation) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(notation, "notation");
    Lexicon lexicon = Lexicon.get();
    SourcePhrases phrases = new SourcePhrases(registry, lexicon);
    this.prose = new ProseFinder(phrases, lexicon);
    this.corroborations = new Corroborations(notation, phrases);
  }

  /**
   * The prose attributions of {@code s[from, to)}, a sentence's claim text in the paragraph starting
   * at {@code paragraphStart}: cues first, each kind in text order.
   *
   * @param phrases the article's state
   * @param s the text
   * @param paragraphStart where the paragraph's content starts
   * @param from first index
   * @param to index past the last
   * @param lastMedia the last media source named, for {@code the newspaper}, or null
   * @return the hits
   */
  public List<ProseHit> prose(Phrases phrases, String s, int paragraphStart, int from, int to,
      SourceMention lastMedia) {
    SourcePhrases.Found media = lastMedia == null ? null
        : new SourcePhrases.Found(lastMedia.source(), lastMedia.span(), lastMedia.match());
    List<ProseFinder.Hit> hits = new ArrayList<>();
    prose.find(s, paragraphStart, from, to, phrases.context, media, hits);
    List<ProseHit> out = new ArrayList<>(hits.size());
    for (ProseFinder.Hit h : hits) {
      SourcePhrases.Found f = h.found();
      SourceMention m = new SourceMention(phrases.context.text(s, f.span().start(), f.span().end()), f.span(),
          f.source(), f.match());
      out.add(new ProseHit(h.attributionRule(), h.span(), m));
    }
    return out;
  }

  /**
   * The corroboration statement {@code s[from, to)} is, or null.
   *
   * @param phrases the article's state
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return the statement's outlet list, or null
   */
  public Corroboration corroboration(Phrases phrases, String s, int from, int to) {
    Corroborations.Hit hit = corroborations.find(phrases.context.words(s, from, to));
    return hit == null ? null : new Corroboration(hit.subject(), hit.subjectStart());
  }

  /**
   * A name as the notation reader cleans it for an unknown source.
   *
   * @param name the name
   * @return the cleaned name, empty if nothing is left
   */
  public static String cleanName(String name) {
    return NotationReader.cleanName(name);
  }

  /**
   * How many mentions a result has.
   *
   * @param r the result
   * @return {@code r.mentions().size()}
   */
  public static int count(NotationResult r) {
    return Readings.count(r);
  }

  /**
   * Whether a result has a token of a kind, without making its tokens.
   *
   * @param r the result
   * @param kind the kind
   * @return whether one is there
   */
  public static boolean hasToken(NotationResult r, TokenKind kind) {
    return Readings.hasToken(r, kind);
  }

  /**
   * Whether a result names a source.
   *
   * @param r the result
   * @return {@code !r.mentions().isEmpty()}
   */
  public static boolean any(NotationResult r) {
    return Readings.any(r);
  }

  /**
   * Whether every mention passes a test.
   *
   * @param r the result
   * @param test the test
   * @return whether all pass
   */
  public static boolean all(NotationResult r, Predicate<SourceMention> test) {
    return Readings.all(r, test);
  }

  /**
   * The first mention by span.
   *
   * @param r a result with a mention
   * @return the mention
   */
  public static SourceMention first(NotationResult r) {
    return Readings.first(r);
  }

  /**
   * The mentions sorted by span.
   *
   * @param r the result
   * @return a new array
   */
  public static SourceMention[] sorted(NotationResult r) {
    return Readings.sorted(r);
  }

  /**
   * Whether an entry has a count ({@code +2}).
   *
   * @param r the result
   * @return whether one has
   */
  public static boolean counted(NotationResult r) {
    return Readings.counted(r);
  }

  /**
   * Whether every diagnostic is a note.
   *
   * @param r the result
   * @return whether only notes
   */
  public static boolean onlyNotes(NotationResult r) {
    return Readings.onlyNotes(r);
  }
}
