package io.github.ascribe.citations.internal;

import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds prose attributions in a sentence: cue phrases ({@code according to X}, {@code selon X},
 * {@code citing X}, {@code told X}), reporting verbs with their subject in either order ({@code X
 * said}, {@code said X}, {@code X has warned}), and quotes with their speaker. The verbs and cues are
 * data ({@code lexicon/}); this class only knows the shapes. Immutable; thread-safe.
 */
final class ProseFinder {

  /** One prose attribution: the rule, the text it spans, the sources, and the sentences it covers. */
  record Hit(String rule, Span span, List<SourcePhrases.Found> found) {}

  private static final Set<String> POSTPOSITIONS = Set.of("zufolge", "göre", "gore", "szerint", "mukaan");
  private static final Set<String> STOP_WORDS = Set.of("that", "which", "who", "whom", "whose", "while", "when",
      "where", "because", "but", "although", "though", "if", "after", "before", "since", "despite", "as", "than",
      "with", "without", "whether", "to", "for", "on", "in", "at", "from", "into", "about", "over", "under", "by",
      "including", "and", "or", "nor", "so", "yet", "until", "once", "unless", "however", "not");
  private static final Set<String> FORWARD_STOP = Set.of("that", "which", "who", "on", "in", "at", "after", "before",
      "because", "while", "when", "and", "but", "during", "last", "this", "late", "early", "earlier", "later",
      "yesterday", "today", "as", "to", "adding", "saying", "noting", "citing", "in a", "for", "with");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been",
      "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "also",
      "previously", "later", "reportedly", "again", "earlier", "then", "once", "repeatedly", "publicly",
      "privately", "recently", "separately", "further", "not", "never", "already", "first", "last", "often",
      "herself", "himself", "themselves", "itself", "quickly", "flatly", "openly", "strongly", "firmly");
  private static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his",
      "her", "its", "their", "our", "my", "your", "no", "any", "each", "every", "initial", "new", "some", "of",
      "to", "great", "high", "big", "strong", "growing", "public", "recent", "latest", "first", "further");
  private static final Set<String> REFERRING_MEDIA = Set.of("the newspaper", "the paper", "the agency",
      "the news agency", "the broadcaster", "the outlet", "the magazine", "the network", "the daily", "the website",
      "the wire service", "the publication", "the channel", "the tabloid", "the site");

  private final SourcePhrases phrases;
  private final Lexicon lexicon;
  private final List<String[]> cues = new ArrayList<>();
  private final List<String> cueKinds = new ArrayList<>();
  /** Cue indexes by their first word, so each word of a text is checked against a handful of cues. */
  private final java.util.Map<String, List<Integer>> cuesByFirstWord = new java.util.HashMap<>();

  ProseFinder(SourcePhrases phrases, Lexicon lexicon) {
    this.phrases = phrases;
    this.lexicon = lexicon;
    Set<String> seen = new HashSet<>();
    for (Lexicon.Cue c : lexicon.cues()) {
      String key = Names.normalize(c.phrase());
      if (key.length() < 3 || key.equals("so") || !seen.add(key)) {
        continue;
      }
      cuesByFirstWord.computeIfAbsent(key.split(" ")[0], k -> new ArrayList<>()).add(cues.size());
      cues.add(key.split(" "));
      cueKinds.add(c.kind());
    }
    // longest cue first: "as reported by" before "as"
    cuesByFirstWord.values().forEach(list -> list.sort((x, y) -> cues.get(y).length - cues.get(x).length));
  }

  /**
   * Finds attributions in {@code [from, to)} of {@code s}, a sentence of the paragraph starting at
   * {@code paragraphStart}; {@code lastMedia} answers "the newspaper" when the paragraph names none.
   */
  List<Hit> find(String s, int paragraphStart, int from, int to, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia) {
    List<Words.W> w = Words.split(s, from, to);
    phrases.notePeople(s, w, ctx);
    List<String> keys = new ArrayList<>(w.size());
    for (Words.W x : w) {
      keys.add(x.word() ? Names.normalize(Words.text(s, x)) : Words.text(s, x));
    }
    List<Hit> hits = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    cues(s, w, keys, ctx, hits, used);
    verbs(s, paragraphStart, w, keys, ctx, lastMedia, hits, used);
    return hits;
  }

  private void cues(String s, List<Words.W> w, List<String> keys, SourcePhrases.Context ctx, List<Hit> hits,
      Set<Integer> used) {
    for (int i = 0; i < w.size(); i++) {
      for (int c : cuesByFirstWord.getOrDefault(keys.get(i), List.of())) {
        String[] cue = cues.get(c);
        if (!matches(keys, i, cue)) {
          continue;
        }
        int after = i + cue.length;
        String kind = cueKinds.get(c);
        boolean post = cue.length == 1 && POSTPOSITIONS.contains(cue[0]);
        if (kind.equals("per") && cue[0].equals("per")
            && (after >= w.size() || !SourcePhrases.startsUpper(Words.text(s, w.get(after))))) {
          continue; // "per cent", "per day"
        }
        SourcePhrases.Found f;
        int spanStart;
        int spanEnd;
        if (post) {
          int start = backwardStart(s, w, keys, i);
          f = phrases.classify(s, w, start, i, true, ctx);
          spanStart = f == null ? 0 : f.span().start();
          spanEnd = w.get(i).end();
        } else if (kind.equals("told")) {
          // "told Reuters", "in a post on X": what follows is the outlet, if it is one
          int end = forwardEnd(s, w, keys, after);
          f = phrases.registryInside(s, w, after, Math.min(end, after + 4));
          spanStart = w.get(i).start();
          spanEnd = f == null ? 0 : f.span().end();
        } else {
          int end = forwardEnd(s, w, keys, after);
          f = phrases.classify(s, w, after, end, false, ctx);
          spanStart = w.get(i).start();
          spanEnd = f == null ? 0 : f.span().end();
        }
        if (f != null) {
          hits.add(new Hit("cue-" + kind, Span.of(Math.min(spanStart, spanEnd), Math.max(spanStart, spanEnd)),
              List.of(f)));
          if (!kind.equals("told")) {
            for (int k = i; k < after; k++) {
              used.add(k);
            }
          }
        }
        break;
      }
    }
  }

  private void verbs(String s, int paragraphStart, List<Words.W> w, List<String> keys, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia, List<Hit> hits, Set<Integer> used) {
    int maxWords = lexicon.maxVerbWords();
    for (int i = 0; i < w.size(); i++) {
      if (!w.get(i).word() || used.contains(i)) {
        continue;
      }
      int len = 0;
      Lexicon.Verb verb = null;
      String first = keys.get(i);
      // a form of n words starts with this word: no longer phrase, and none at all for most words, can match
      int longest = first.indexOf(' ') >= 0 ? maxWords : lexicon.longestVerbStartingWith(first);
      for (int n = Math.min(Math.min(maxWords, longest), w.size() - i); n >= 1; n--) {
        String form = String.join(" ", keys.subList(i, i + n));
        Lexicon.Verb v = lexicon.verb(form);
        if (v != null || (n == 1 && lexicon.isIntlVerb(form)) || (n > 1 && lexicon.isIntlVerb(form))) {
          verb = v != null ? v : new Lexicon.Verb(form, "speech");
          len = n;
          break;
        }
      }
      if (verb == null) {
        continue;
      }
      if (i > 0 && NOUN_MARKERS.contains(keys.get(i - 1))) {
        continue; // "the report", "initial hopes": a noun, not a verb
      }
      if (i > 0 && w.get(i - 1).word() && looksLikeVerb(Words.text(s, w.get(i - 1)))) {
        continue; // "presented demands": the verb came before; this is its object
      }
      int verbEnd = i + len;
      // subject before the verb, skipping auxiliaries and adverbs
      int j = i;
      while (j > 0 && AUXILIARIES.contains(keys.get(j - 1))) {
        j--;
      }
      SourcePhrases.Found f = null;
      if (j > 0 && w.get(j - 1).word()) {
        int anonymous = phrases.anonymousPhraseEndingAt(s, w, j);
        int start = anonymous >= 0 ? anonymous : backwardStart(s, w, keys, j);
        f = referring(s, paragraphStart, w, start, j, lastMedia);
        if (f == null) {
          f = phrases.classify(s, w, start, j, true, ctx);
        }
      }
      String rule = "verb-" + verb.category();
      if (f == null && (j == 0 || !w.get(j - 1).word())) {
        // inverted: ", said the ministry", "” said X"
        int end = forwardEnd(s, w, keys, verbEnd);
        f = referring(s, paragraphStart, w, verbEnd, end, lastMedia);
        if (f == null) {
          f = phrases.classify(s, w, verbEnd, end, false, ctx);
        }
        rule = "verb-inverted";
      }
      if (f != null) {
        int a = Math.min(f.span().start(), w.get(i).start());
        int b = Math.max(f.span().end(), w.get(verbEnd - 1).end());
        hits.add(new Hit(rule, Span.of(a, b), List.of(f)));
      }
      i = verbEnd - 1;
    }
  }

  private static boolean looksLikeVerb(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && word.length() > 4
        && (word.endsWith("ed") || word.endsWith("ing"));
  }

  /**
   * "the newspaper wrote" refers to the last outlet named before it: in this paragraph if one is
   * named there, else the last one the article attributed anything to.
   */
  private SourcePhrases.Found referring(String s, int paragraphStart, List<Words.W> w, int a, int b,
      SourcePhrases.Found lastMedia) {
    for (int len = Math.min(3, b - a); len >= 2; len--) {
      int from = b - len;
      String k = Names.normalize(s.substring(w.get(from).start(), w.get(b - 1).end()));
      if (!REFERRING_MEDIA.contains(k)) {
        continue;
      }
      Span span = Span.of(w.get(from).start(), w.get(b - 1).end());
      SourcePhrases.Found named = phrases.lastRegistryName(s, paragraphStart, w.get(from).start());
      SourcePhrases.Found target = named != null ? named : lastMedia;
      return target == null ? null : new SourcePhrases.Found(target.source(), span, target.match());
    }
    return null;
  }


  /** Index of the first word of the phrase ending before {@code end}, reading backwards to a stop. */
  private static int backwardStart(String s, List<Words.W> w, List<String> keys, int end) {
    int k = end;
    while (k > 0 && end - k < 10) {
      Words.W x = w.get(k - 1);
      if (!x.word()) {
        String p = Words.text(s, x);
        if (!(p.equals("'") || p.equals("’"))) {
          break;
        }
      } else if (STOP_WORDS.contains(keys.get(k - 1)) && !keys.get(k - 1).equals("of")) {
        break;
      }
      k--;
    }
    return k;
  }

  /** Index past the last word of the phrase starting at {@code start}, reading forwards to a stop. */
  private static int forwardEnd(String s, List<Words.W> w, List<String> keys, int start) {
    int k = start;
    while (k < w.size() && k - start < 10) {
      Words.W x = w.get(k);
      if (!x.word()) {
        String p = Words.text(s, x);
        if (!(p.equals("'") || p.equals("’"))) {
          break;
        }
      } else if (k > start && FORWARD_STOP.contains(keys.get(k))) {
        break;
      }
      k++;
    }
    return k;
  }

  private static boolean matches(List<String> keys, int i, String[] cue) {
    if (i + cue.length > keys.size()) {
      return false;
    }
    for (int k = 0; k < cue.length; k++) {
      if (!keys.get(i + k).equals(cue[k].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
