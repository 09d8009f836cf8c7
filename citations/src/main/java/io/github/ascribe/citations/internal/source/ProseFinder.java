package io.github.ascribe.citations.internal.source;

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
public final class ProseFinder {

  /**
   * One prose attribution: the rule ({@code verb-speech}), the attribution's rule ({@code
   * prose-verb-speech}), the text it spans, and the source.
   */
  public record Hit(String rule, String attributionRule, Span span, SourcePhrases.Found found) {}

  /** A rule's name and its attribution's: made once per rule, not once per hit. */
  private record Rule(String name, String attributionName) {
    static Rule of(String name) {
      return new Rule(name, "prose-" + name);
    }
  }

  private static final Rule VERB_INVERTED = Rule.of("verb-inverted");
  /** The rules of cues by kind and of verbs by category; filled as kinds and categories are met. */
  private final java.util.concurrent.ConcurrentHashMap<String, Rule> cueRules =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<String, Rule> verbRules =
      new java.util.concurrent.ConcurrentHashMap<>();

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

  /** {@link WordTable#flags} bit of a word a cue took, which then is no verb; above the bits of {@link SourcePhrases}. */
  private static final int USED = 1 << 16;

  private final SourcePhrases phrases;
  private final Lexicon lexicon;
  private final KeyFilter referringMedia = new KeyFilter(REFERRING_MEDIA);
  private static final KeyIndex<Boolean> STOP_WORD = KeyIndex.of(STOP_WORDS);
  private static final KeyIndex<Boolean> FORWARD_STOP_WORD = KeyIndex.of(FORWARD_STOP);
  private static final KeyIndex<Boolean> AUXILIARY = KeyIndex.of(AUXILIARIES);
  private static final KeyIndex<Boolean> NOUN_MARKER = KeyIndex.of(NOUN_MARKERS);
  private final List<String[]> cues = new ArrayList<>();
  /** The words of each cue as tokens must be to match it: lower-cased once, here. */
  private final List<String[]> cuesLower = new ArrayList<>();
  private final List<String> cueKinds = new ArrayList<>();
  /** Cue indexes by their first word, so each word of a text is checked against a handful of cues. */
  private final java.util.Map<String, List<Integer>> cuesByFirstWord = new java.util.HashMap<>();
  /**
   * Whether some cue's first word could be the text of a punctuation token (one character that is
   * neither a word character nor a space); if not, punctuation is never looked up as a cue start.
   */
  private final boolean cueMayStartWithMark;
  /** Cues word by word: a path from the root spells a cue's words as {@link #cuesLower} has them. */
  private final CueNode cueTrie = new CueNode();
  /** Verb forms by their first word, looked up without making the word's key. */
  private final KeyIndex<Integer> verbIndex;
  /** The hash codes of all verb forms, English and international. */
  private final KeyFilter verbForms;

  public ProseFinder(SourcePhrases phrases, Lexicon lexicon) {
    this.phrases = phrases;
    this.lexicon = lexicon;
    Set<String> seen = new HashSet<>();
    for (Lexicon.Cue c : lexicon.cues()) {
      String key = Names.normalize(c.phrase());
      if (key.length() < 3 || key.equals("so") || !seen.add(key)) {
        continue;
      }
      cuesByFirstWord.computeIfAbsent(key.split(" ")[0], k -> new ArrayList<>()).add(cues.size());
      String[] words = key.split(" ");
      String[] lower = new String[words.length];
      for (int k = 0; k < words.length; k++) {
        lower[k] = words[k].toLowerCase(Locale.ROOT);
      }
      cues.add(words);
      cuesLower.add(lower);
      cueKinds.add(c.kind());
    }
    // longest cue first: "as reported by" before "as"
    cuesByFirstWord.values().forEach(list -> list.sort((x, y) -> cues.get(y).length - cues.get(x).length));
    boolean mark = false;
    for (String first : cuesByFirstWord.keySet()) {
      if (first.codePointCount(0, first.length()) == 1 && !Words.isWordChar(first.codePointAt(0))
          && !Words.isSpace(first.codePointAt(0))) {
        mark = true;
      }
    }
    this.cueMayStartWithMark = mark;
    for (List<Integer> ids : cuesByFirstWord.values()) {
      for (int c : ids) {
        String[] lower = cuesLower.get(c);
        if (!lower[0].equals(cues.get(c)[0])) {
          continue; // its first word can never equal both, so it never matches
        }
        CueNode node = cueTrie;
        for (String word : lower) {
          node = node.children.computeIfAbsent(word, k -> new CueNode());
        }
        node.cues.add(c);
      }
    }
    cueTrie.freeze();
    this.verbIndex = new KeyIndex<>(lexicon.longestVerbByFirstWord());
    this.verbForms = new KeyFilter(lexicon.allVerbForms());
  }

  /**
   * Finds attributions in {@code [from, to)} of {@code s}, a sentence of the paragraph starting at
   * {@code paragraphStart}; {@code lastMedia} answers "the newspaper" when the paragraph names none.
   * The hits are added to {@code hits}, cues first, each in text order.
   */
  public void find(String s, int paragraphStart, int from, int to, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia, List<Hit> hits) {
    WordTable w = ctx.words(s, from, to);
    phrases.notePeople(w, ctx);
    cues(w, ctx, hits);
    verbs(paragraphStart, w, ctx, lastMedia, hits);
  }

  /** {@link #find(String, int, int, int, SourcePhrases.Context, SourcePhrases.Found, List)} in a new list. */
  public List<Hit> find(String s, int paragraphStart, int from, int to, SourcePhrases.Context ctx,
      SourcePhrases.Found lastMedia) {
    List<Hit> hits = new ArrayList<>(0);
    find(s, paragraphStart, from, to, ctx, lastMedia, hits);
    return hits;
  }

  /** The key a cue's words are compared with: the normalised word, or a punctuation mark as written. */
  private static String cueKey(WordTable w, int i) {
    return w.word(i) ? w.key(i) : w.text(i);
  }

  /**
   * The cues whose words are the tokens from {@code i} on, longest first (and in the order they are
   * listed when equally long): the order in which they are tried. Walks the cue trie over the
   * tokens, comparing words in place.
   */
  List<Integer> matchingCues(WordTable w, int i) {
    List<Integer> only = null; // the cues of the one node matched so far, handed out as they are
    List<Integer> found = null;
    CueNode node = cueTrie;
    for (int j = i; j < w.size(); j++) {
      node = node.child(w, j);
      if (node == null) {
        break;
      }
      if (!node.cues.isEmpty()) {
        if (only == null && found == null) {
          only = node.cues;
          continue;
        }
        if (found == null) {
          found = new ArrayList<>(only);
          only = null;
        }
        found.addAll(0, node.cues);
      }
    }
    return found != null ? found : only;
  }

  /** @return how many cues there are (for tests) */
  int cueCount() {
    return cues.size();
  }

  /** @return the words of cue {@code c} as normalised, and lower-cased (for tests) */
  String[][] cueWords(int c) {
    return new String[][] {cues.get(c), cuesLower.get(c)};
  }

  private void cues(WordTable w, SourcePhrases.Context ctx, List<Hit> hits) {
    for (int i = 0; i < w.size(); i++) {
      if (!w.word(i) && !cueMayStartWithMark) {
        continue;
      }
      List<Integer> candidates = matchingCues(w, i);
      if (candidates == null) {
        continue;
      }
      for (int c : candidates) {
        String[] cue = cues.get(c);
        int after = i + cue.length;
        String kind = cueKinds.get(c);
        boolean post = cue.length == 1 && POSTPOSITIONS.contains(cue[0]);
        if (kind.equals("per") && cue[0].equals("per") && (after >= w.size() || !w.startsUpper(after))) {
          continue; // "per cent", "per day"
        }
        SourcePhrases.Found f;
        int spanStart;
        int spanEnd;
        if (post) {
          int start = backwardStart(w, i);
          f = phrases.classify(w, start, i, true, ctx);
          spanStart = f == null ? 0 : f.span().start();
          spanEnd = w.end(i);
        } else if (kind.equals("told")) {
          // "told Reuters", "in a post on X": what follows is the outlet, if it is one
          int end = forwardEnd(w, after);
          f = phrases.registryInside(w, after, Math.min(end, after + 4));
          spanStart = w.start(i);
          spanEnd = f == null ? 0 : f.span().end();
        } else {
          int end = forwardEnd(w, after);
          f = phrases.classify(w, after, end, false, ctx);
          spanStart = w.start(i);
          spanEnd = f == null ? 0 : f.span().end();
        }
        if (f != null) {
          Rule rule = cueRules.computeIfAbsent(kind, k -> Rule.of("cue-" + k));
          hits.add(new Hit(rule.name(), rule.attributionName(),
              Span.of(Math.min(spanStart, spanEnd), Math.max(spanStart, spanEnd)), f));
          if (!kind.equals("told")) {
            for (int k = i; k < after; k++) {
              w.setFlags(k, w.flags(k) | USED);
            }
          }
        }
        break;
      }
    }
  }

  private void verbs(int paragraphStart, WordTable w, SourcePhrases.Context ctx, SourcePhrases.Found lastMedia,
      List<Hit> hits) {
    int maxWords = lexicon.maxVerbWords();
    for (int i = 0; i < w.size(); i++) {
      if (!w.word(i) || (w.flags(i) & USED) != 0) {
        continue;
      }
      // a form of n words starts with this word: no longer phrase, and none at all for most words, can match
      int longest;
      if (w.asciiWord(i)) {
        Integer l = verbIndex.get(w, i);
        if (l == null) {
          continue; // no verb form starts with this word: its key is not even made
        }
        longest = l;
      } else {
        String key = w.key(i);
        longest = key.indexOf(' ') >= 0 ? maxWords : lexicon.longestVerbStartingWith(key);
      }
      int len = 0;
      Lexicon.Verb verb = null;
      for (int n = Math.min(Math.min(maxWords, longest), w.size() - i); n >= 1; n--) {
        if (n > 1 && !mayBeVerbForm(w, i, i + n)) {
          continue; // no form has the hash code of these words' keys: the joined key is not made
        }
        String form = n == 1 ? w.key(i) : joinedKeys(w, i, i + n);
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
      if (i > 0 && w.word(i - 1) && NOUN_MARKER.contains(w, i - 1)) {
        continue; // "the report", "initial hopes": a noun, not a verb
      }
      if (i > 0 && w.word(i - 1) && looksLikeVerb(w, i - 1)) {
        continue; // "presented demands": the verb came before; this is its object
      }
      int verbEnd = i + len;
      // subject before the verb, skipping auxiliaries and adverbs
      int j = i;
      while (j > 0 && w.word(j - 1) && AUXILIARY.contains(w, j - 1)) {
        j--;
      }
      SourcePhrases.Found f = null;
      if (j > 0 && w.word(j - 1)) {
        int anonymous = phrases.anonymousPhraseEndingAt(w, j);
        int start = anonymous >= 0 ? anonymous : backwardStart(w, j);
        f = referring(paragraphStart, w, start, j, lastMedia, ctx);
        if (f == null) {
          f = phrases.classify(w, start, j, true, ctx);
        }
      }
      Rule rule = verbRules.computeIfAbsent(verb.category(), k -> Rule.of("verb-" + k));
      if (f == null && (j == 0 || !w.word(j - 1))) {
        // inverted: ", said the ministry", "” said X"
        int end = forwardEnd(w, verbEnd);
        f = referring(paragraphStart, w, verbEnd, end, lastMedia, ctx);
        if (f == null) {
          f = phrases.classify(w, verbEnd, end, false, ctx);
        }
        rule = VERB_INVERTED;
      }
      if (f != null) {
        int a = Math.min(f.span().start(), w.start(i));
        int b = Math.max(f.span().end(), w.end(verbEnd - 1));
        hits.add(new Hit(rule.name(), rule.attributionName(), Span.of(a, b), f));
      }
      i = verbEnd - 1;
    }
  }

  /** Whether {@link #joinedKeys} of tokens {@code [a, b)} may be a verb form; false means it is none. */
  private boolean mayBeVerbForm(WordTable w, int a, int b) {
    long h = w.joinedAsciiWordKeyHash(a, b);
    return h < 0 || verbForms.mayContain((int) h);
  }

  /** The keys of tokens {@code [a, b)} joined with spaces (punctuation as written), as verb forms are looked up. */
  private static String joinedKeys(WordTable w, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a) {
        sb.append(' ');
      }
      sb.append(cueKey(w, k));
    }
    return sb.toString();
  }

  /** Whether word {@code i} looks like a past or present participle: lower-case, longer than 4, -ed or -ing. */
  private static boolean looksLikeVerb(WordTable w, int i) {
    return Character.isLowerCase(WordTable.codePointAt(w.text(), w.start(i), w.end(i)))
        && w.end(i) - w.start(i) > 4 && (w.endsWith(i, "ed") || w.endsWith(i, "ing"));
  }

  /**
   * "the newspaper wrote" refers to the last outlet named before it: in this paragraph if one is
   * named there, else the last one the article attributed anything to.
   */
  private SourcePhrases.Found referring(int paragraphStart, WordTable w, int a, int b,
      SourcePhrases.Found lastMedia, SourcePhrases.Context ctx) {
    for (int len = Math.min(3, b - a); len >= 2; len--) {
      int from = b - len;
      if (!w.keyIn(REFERRING_MEDIA, referringMedia, from, b)) {
        continue;
      }
      Span span = Span.of(w.start(from), w.end(b - 1));
      SourcePhrases.Found named = phrases.lastRegistryName(w.text(), paragraphStart, w.start(from), ctx);
      SourcePhrases.Found target = named != null ? named : lastMedia;
      return target == null ? null : new SourcePhrases.Found(target.source(), span, target.match());
    }
    return null;
  }


  /** Index of the first word of the phrase ending before {@code end}, reading backwards to a stop. */
  private static int backwardStart(WordTable w, int end) {
    int k = end;
    while (k > 0 && end - k < 10) {
      if (!w.word(k - 1)) {
        if (!w.isApostrophe(k - 1)) {
          break;
        }
      } else if (STOP_WORD.contains(w, k - 1) && !w.wordKeyEquals(k - 1, "of")) {
        break;
      }
      k--;
    }
    return k;
  }

  /** Index past the last word of the phrase starting at {@code start}, reading forwards to a stop. */
  private static int forwardEnd(WordTable w, int start) {
    int k = start;
    while (k < w.size() && k - start < 10) {
      if (!w.word(k)) {
        if (!w.isApostrophe(k)) {
          break;
        }
      } else if (k > start && FORWARD_STOP_WORD.contains(w, k)) {
        break;
      }
      k++;
    }
    return k;
  }

  /** A node of the cue trie: the cues that end here, and the next words. */
  private static final class CueNode {
    final java.util.Map<String, CueNode> children = new java.util.HashMap<>();
    /** Filled while the trie is built; unmodifiable once frozen, so that it can be handed out. */
    List<Integer> cues = new ArrayList<>(1);
    private KeyIndex<CueNode> index;
    /** Whether a next word is a punctuation mark, which is compared as written. */
    private boolean markChild;

    void freeze() {
      cues.sort(null); // as the cues were listed
      cues = List.copyOf(cues);
      index = new KeyIndex<>(children);
      for (java.util.Map.Entry<String, CueNode> e : children.entrySet()) {
        String k = e.getKey();
        markChild |= k.codePointCount(0, k.length()) == 1 && !Words.isWordChar(k.codePointAt(0));
        e.getValue().freeze();
      }
    }

    /** The node for token {@code j} next: a word by its key, a punctuation mark as written. */
    CueNode child(WordTable w, int j) {
      if (w.word(j)) {
        return index.get(w, j);
      }
      return markChild ? children.get(w.text(j)) : null;
    }
  }
}
