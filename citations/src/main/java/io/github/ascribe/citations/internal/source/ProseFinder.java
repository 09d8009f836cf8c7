package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds prose attributions in a sentence: cue phrases ({@code according to X}, {@code selon X},
 * {@code citing X}, {@code told X}, {@code X zufolge}), then reporting verbs with their subject
 * ({@link ReportingVerbs}). The cues and verbs are data ({@code lexicon/}); these classes only know
 * the shapes. Holds only configuration: immutable and thread-safe.
 *
 * <pre>{@code
 * ProseFinder prose = new ProseFinder(phrases, Lexicon.get());
 * SourcePhrases.Context ctx = new SourcePhrases.Context(); // one per article
 * List<ProseFinder.Hit> hits = prose.find(text, 0, 0, text.length(), ctx, null);
 * }</pre>
 */
public final class ProseFinder {

  /**
   * One prose attribution.
   *
   * @param rule the rule that found it ({@code verb-speech}, {@code cue-according})
   * @param attributionRule the attribution's rule ({@code prose-verb-speech})
   * @param span the text it spans: the cue or verb and the source's phrase
   * @param found the source
   * @param cue the words of the cue or verb
   * @param lemma the cue's dictionary form as the finder knows it ({@code say}), used when the cue
   *     lexicon does not list the cue
   * @param subject for a {@code told X} cue, the words before the cue (the speaker), or null
   */
  public record Hit(String rule, String attributionRule, Span span, SourcePhrases.Found found, Span cue,
      String lemma, Span subject) {
    static Hit of(String rule, Span span, SourcePhrases.Found found, Span cue, String lemma) {
      return new Hit(rule, "prose-" + rule, span, found, cue, lemma, null);
    }
  }

  /** Cues that follow their source ({@code Reuters zufolge}, {@code Reuters'e göre}). */
  private static final Set<String> POSTPOSITIONS = Set.of("zufolge", "göre", "gore", "szerint", "mukaan");
  /** Cue hits before verb hits, each in the order of their cues. */
  private static final Comparator<Hit> CUES_FIRST = Comparator.comparing((Hit h) -> h.rule().startsWith("verb-"))
      .thenComparingInt(h -> h.cue().start());
  /** The English adjunct cue whose source is the whole phrase after it. */
  private static final List<String> ENGLISH_ADJUNCT = List.of("according", "to");
  /** A forward phrase after "told" is read for an outlet in at most this many words. */
  private static final int TOLD_WORDS = 4;

  private final SourcePhrases phrases;
  private final CueTrie cues;
  private final ReportingVerbs verbs;
  private final IntlProse intl;

  /**
   * A finder over phrase rules and word lists.
   *
   * @param phrases what names a source
   * @param lexicon the cues and verbs
   */
  public ProseFinder(SourcePhrases phrases, Lexicon lexicon) {
    this.phrases = phrases;
    this.cues = new CueTrie(lexicon.cues());
    this.verbs = new ReportingVerbs(phrases, lexicon);
    this.intl = new IntlProse(phrases, CueLexicon.bundled(), IntlGrammar.bundled(), lexicon);
  }

  /**
   * Finds attributions in {@code [from, to)} of {@code s}, a sentence of the paragraph starting at
   * {@code paragraphStart}; {@code lastMedia} answers "the newspaper" when the paragraph names none.
   * The hits are added to {@code hits}, cues first, each in text order.
   *
   * @param ctx the article's context
   * @param lastMedia the last outlet the article attributed anything to, or null
   */
  public void find(String s, int paragraphStart, int from, int to, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia, List<Hit> hits) {
    WordTokens w = ctx.words(s, from, to);
    phrases.notePeople(w, ctx);
    BitSet taken = new BitSet(w.size());
    int first = hits.size();
    intl.find(paragraphStart, w, ctx, lastMedia, taken, hits); // German, Spanish, French, Italian, Portuguese
    boolean intlHits = hits.size() > first;
    cues(w, ctx, taken, hits);
    verbs.find(paragraphStart, w, ctx, lastMedia, taken, hits);
    if (intlHits) {
      hits.subList(first, hits.size()).sort(CUES_FIRST);
    }
  }

  /**
   * {@link #find(String, int, int, int, SourcePhrases.Context, SourcePhrases.Found, List)} in a new list.
   *
   * @return the hits
   */
  public List<Hit> find(String s, int paragraphStart, int from, int to, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia) {
    List<Hit> hits = new ArrayList<>(0);
    find(s, paragraphStart, from, to, ctx, lastMedia, hits);
    return hits;
  }

  /** @return the cue trie (for tests) */
  CueTrie cueTrie() {
    return cues;
  }

  /**
   * Adds a hit for each cue with a source next to it, trying at each token the cues that start there
   * until one has a source, and marks the words of each cue that found one (except "told") as taken,
   * so that no verb is read in them.
   */
  private void cues(WordTokens w, SourcePhrases.Context ctx, BitSet taken, List<Hit> hits) {
    int covered = -1;
    for (int i = 0; i < w.size(); i++) {
      List<CueTrie.Cue> starting = taken.get(i) ? List.of() : cues.matching(w, i);
      if (starting.isEmpty() || w.start(i) < covered) {
        continue; // spec: "According to a report by X": a cue inside another cue's source is part of it
      }
      for (CueTrie.Cue cue : starting) {
        int after = i + cue.length();
        String kind = cue.kind();
        if (kind.equals("per") && cue.words().get(0).equals("per") && (after >= w.size() || !w.startsUpper(after))) {
          continue; // "per cent", "per day": "per" cues only a capitalised name
        }
        SourcePhrases.Found f;
        Span wholeSource = null;
        int spanStart;
        int spanEnd;
        if (cue.length() == 1 && POSTPOSITIONS.contains(cue.words().get(0))) {
          // "Reuters zufolge": the source comes before
          f = phrases.classify(w, PhraseBounds.backwardStart(w, i), i, true, ctx);
          spanStart = f == null ? 0 : f.span().start();
          spanEnd = w.end(i);
        } else if (kind.equals("told")) {
          // "told Reuters", "in a post on X": what follows is the outlet, if it is one
          int end = PhraseBounds.forwardEnd(w, after);
          f = phrases.registryInside(w, after, Math.min(end, after + TOLD_WORDS), ctx);
          spanStart = w.start(i);
          spanEnd = f == null ? 0 : f.span().end();
        } else {
          f = phrases.classify(w, after, PhraseBounds.forwardEnd(w, after), false, ctx);
          // spec: English "according to" names its source by the whole phrase up to the comma
          int whole = ENGLISH_ADJUNCT.equals(cue.lower()) ? EnglishSubjects.forwardEnd(w, after) : -1;
          if (whole > after) {
            Span phrase = Span.of(w.start(after), w.end(whole - 1));
            f = f == null ? EnglishSubjects.found(w, after, whole, ctx)
                : phrase.contains(f.span()) ? f : null;
            wholeSource = f == null ? null : phrase;
          }
          spanStart = w.start(i);
          spanEnd = f == null ? 0 : Math.max(f.span().end(), wholeSource == null ? 0 : wholeSource.end());
        }
        if (f != null) {
          Span cueSpan = Span.of(w.start(i), w.end(after - 1));
          Hit hit = Hit.of("cue-" + kind, Span.of(Math.min(spanStart, spanEnd), Math.max(spanStart, spanEnd)), f,
              cueSpan, String.join(" ", cue.lower()));
          if (kind.equals("told")) {
            int subjectStart = PhraseBounds.backwardStart(w, i);
            if (subjectStart < i && w.word(subjectStart) && w.word(i - 1)) {
              hit = new Hit(hit.rule(), hit.attributionRule(), hit.span(), f, cueSpan, hit.lemma(),
                  Span.of(w.start(subjectStart), w.end(i - 1)));
            }
          }
          if (wholeSource != null) {
            hit = new Hit(hit.rule(), hit.attributionRule(), hit.span(), f, cueSpan, hit.lemma(), wholeSource);
          }
          hits.add(hit);
          covered = hit.span().end();
          if (!kind.equals("told")) {
            taken.set(i, after);
          }
        }
        break;
      }
    }
  }
}
