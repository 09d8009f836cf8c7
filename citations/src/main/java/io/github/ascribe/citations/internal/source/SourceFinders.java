package io.github.ascribe.citations.internal.source;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the form recognisers ask of this package: the prose finder and the corroboration check
 * ({@link ProseFinder}, {@link Corroborations}), with the per-article state they keep ({@link
 * Phrases}), giving mentions in the model's terms.
 *
 * <pre>{@code
 * SourceFinders finders = new SourceFinders(registry, notationReader::read);
 * SourceFinders.Phrases phrases = new SourceFinders.Phrases(); // one per article
 * List<SourceFinders.ProseHit> hits = finders.prose(phrases, text, paragraphStart, from, to, lastMedia);
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Phrases} belongs to one article.
 */
public final class SourceFinders {

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
   * @param relation its source, cue and content
   */
  public record ProseHit(String rule, Span span, SourceMention mention, ProseRelation relation) {}

  /**
   * A corroboration statement's outlet list.
   *
   * @param subject the list read as notation
   * @param subjectStart where it starts in the text
   */
  public record Corroboration(NotationResult subject, int subjectStart) {}

  /** Words that join two verb phrases of one subject: "denied the report and said". */
  private static final Set<String> JOINING = Set.of("and", "but", "or", "then");

  private final ProseFinder prose;
  private final ProseStructure structure;
  private final Corroborations corroborations;
  private final EnglishPropositions propositions;

  /**
   * The finders for one registry.
   *
   * @param registry the registry
   * @param notation reads a corroboration's outlet list as notation ({@code NotationReader::read})
   */
  public SourceFinders(SourceRegistry registry, Function<String, NotationResult> notation) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(notation, "notation");
    Lexicon lexicon = Lexicon.get();
    SourcePhrases phrases = new SourcePhrases(registry, lexicon);
    this.prose = new ProseFinder(phrases, lexicon);
    this.structure = new ProseStructure(CueLexicon.bundled(), lexicon);
    this.corroborations = new Corroborations(notation, phrases);
    this.propositions = new EnglishPropositions(lexicon);
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
    List<ProseFinder.Hit> kept = new ArrayList<>(hits.size());
    List<ProseRelation> relations = new ArrayList<>(hits.size());
    for (ProseFinder.Hit h : hits) {
      ProseRelation relation = structure.relation(s, from, to, paragraphStart, h,
          phrases.context.antecedent(h.found().span().start()));
      int later = laterCueBeforeContent(h, relation, hits);
      if (later >= 0) {
        // spec: content beyond a later cue is that cue's ("denied the report and said that ...": what
        // was said); this cue's own ends before the later one and the word that joins them
        relation = structure.relation(s, from, joinStart(s, relation.cue().end(), later), paragraphStart, h,
            phrases.context.antecedent(h.found().span().start()));
      }
      // spec: an English verb cue counts only with a proposition
      if (propositions.accepts(s, paragraphStart, h, relation)) {
        kept.add(h);
        relations.add(relation);
      }
    }
    for (int k = 0; k < kept.size(); k++) {
      ProseFinder.Hit h = kept.get(k);
      ProseRelation relation = relations.get(k);
      if (insideSource(relation, relations)) {
        continue; // spec: a cue inside another's source ("people polled by this channel expect") is part of it
      }
      SourcePhrases.Found f = h.found();
      SourceMention m = new SourceMention(phrases.context.text(s, f.span().start(), f.span().end()), f.span(),
          f.source(), f.match());
      out.add(new ProseHit(h.attributionRule(), h.span(), m, relation));
    }
    return out;
  }

  /**
   * Where the cue of another hit starts that lies between the cue of {@code r} and its first content
   * after that cue, or -1.
   */
  private static int laterCueBeforeContent(ProseFinder.Hit h, ProseRelation r, List<ProseFinder.Hit> hits) {
    Span after = null;
    for (Span c : r.content()) {
      if (c.start() >= r.cue().end()) {
        after = c;
        break;
      }
    }
    if (after == null) {
      return -1;
    }
    int later = -1;
    for (ProseFinder.Hit other : hits) {
      Span cue = other.cue();
      if (other != h && cue.start() >= r.cue().end() && cue.end() <= after.start()
          && (later < 0 || cue.start() < later)) {
        later = cue.start();
      }
    }
    return later;
  }

  /** Where the text before {@code b} ends without the blanks, commas and joining word before {@code b}. */
  private static int joinStart(String s, int a, int b) {
    int e = beforeBlanksAndCommas(s, a, b);
    int w = e;
    while (w > a && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    return JOINING.contains(s.substring(w, e).toLowerCase(Locale.ROOT)) ? beforeBlanksAndCommas(s, a, w) : e;
  }

  /** {@code b} moved back over the blanks and commas before it, not before {@code a}. */
  private static int beforeBlanksAndCommas(String s, int a, int b) {
    int e = b;
    while (e > a && (Character.isWhitespace(s.charAt(e - 1)) || s.charAt(e - 1) == ',')) {
      e--;
    }
    return e;
  }

  /** Whether the cue of {@code r} lies inside the source of another relation. */
  private static boolean insideSource(ProseRelation r, List<ProseRelation> all) {
    for (ProseRelation other : all) {
      if (other != r && !other.source().isEmpty() && other.source().contains(r.cue())) {
        return true;
      }
    }
    return false;
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
}
