package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.ProseRelation.Kind;
import io.github.ascribe.core.ProseRelation.SourceType;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the structure of a prose attribution the finder found: the cue's group and lemma (from
 * {@link CueLexicon}), the source's type, and the content around the cue in its sentence, by a scan
 * over the sentence's tokens and {@link Quotes} for quotations that start or run on outside it.
 *
 * <ul>
 *   <li>content before the cue: {@code "We will act," she said.}, {@code Rates will rise, according to X.}
 *   <li>content after it: {@code She said (on Tuesday) that ...}, {@code According to X, ...}, {@code He said: "..."}
 *   <li>around it: {@code The economy, he said, is growing.}, {@code "A," he said, "B."}
 *   <li>quotes over several sentences and paragraphs: {@code "A. B," he said. "C."}
 * </ul>
 *
 * Holds only configuration: immutable and thread-safe.
 *
 * <pre>{@code
 * ProseStructure structure = new ProseStructure(CueLexicon.bundled(), Lexicon.get());
 * ProseRelation r = structure.relation(text, sentenceStart, sentenceEnd, paragraphStart, hit, null);
 * }</pre>
 */
final class ProseStructure {

  /** Words a source phrase starts with that the finder may leave out of the name: "the Financial Times", "two senior officials". */
  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "several", "some", "many", "other", "der", "die", "das", "el", "la", "los",
      "las", "le", "les", "il", "lo", "gli", "o", "os", "as");
  /** How far either side of the source and cue content is read in one sentence, in UTF-16 units. */
  private static final int SENTENCE_REACH = 1_000;

  private final CueLexicon cues;
  private final Set<String> governmentWords;
  private final Set<String> documentWords;

  private final Set<String> anonymousNouns;

  ProseStructure(CueLexicon cues, Lexicon lexicon) {
    this.cues = cues;
    this.anonymousNouns = lexicon.anonymousNouns();
    this.governmentWords = CueLexicon.words("government-words.txt");
    this.documentWords = CueLexicon.words("document-words.txt");
  }

  /**
   * The relation of a hit in sentence {@code [from, to)} of {@code s}, in the paragraph starting at
   * {@code paragraphStart}.
   *
   * @param hit the hit
   * @param antecedent the span of the name a pronoun source stands for, or null
   * @return the relation
   */
  ProseRelation relation(String s, int from, int to, int paragraphStart, ProseFinder.Hit hit, Span antecedent) {
    Span cue = hit.cue();
    if (hit.rule().equals("verb-hearsay")) {
      return hearsay(s, to, hit);
    }
    Span source = widen(s, from, hit.subject() != null ? hit.subject() : hit.found().span());
    CueLexicon.Entry entry = entry(s, cue);
    CueGroup group = entry != null ? entry.group() : hit.rule().startsWith("cue-") ? CueGroup.ADJUNCT : CueGroup.SAYING;
    String lemma = entry != null ? entry.lemma() : hit.lemma();
    Span core = source.union(cue).union(hit.span());
    boolean adjunct = hit.rule().startsWith("cue-") && !hit.rule().equals("cue-told");
    List<Span> content = content(s, from, to, paragraphStart, core, adjunct, lemma.equals("tell"));
    Kind kind = kind(s, content, group, hit);
    // spec: "the army" stands for a government named before, "the company" for another organisation
    boolean sameType = antecedent == null || hit.found().source().kind() != SourceKind.ORGANIZATION
        || government(s, source) == government(s, antecedent);
    Optional<Span> ante = antecedent != null && sameType && antecedent.end() <= source.start()
        ? Optional.of(antecedent) : Optional.empty();
    SourceType type = hit.rule().equals("cue-told") ? wordType(s, source, SourceType.UNKNOWN)
        : type(s, source, hit.found().source());
    return new ProseRelation(source, cue, content, kind, type, group,
        lemma.isBlank() ? "?" : lemma, ante);
  }

  /**
   * The relation of a hearsay passive ({@code Veltra is said to be talking to rivals}): no source (an
   * empty span where the cue starts), the content the subject and the words after the cue.
   */
  private ProseRelation hearsay(String s, int to, ProseFinder.Hit hit) {
    Span cue = hit.cue();
    CueLexicon.Entry entry = entry(s, cue);
    List<Span> content = new ArrayList<>(2);
    content.add(hit.subject());
    int as = skipBlanks(s, cue.end(), to);
    int ae = trimSentenceEnd(s, as, to);
    if (ae > as) {
      content.add(Span.of(as, ae));
    }
    return new ProseRelation(Span.of(cue.start(), cue.start()), cue, content, Kind.INDIRECT, SourceType.ANONYMOUS,
        CueGroup.PASSIVE, entry != null ? entry.lemma() : "be said to", Optional.empty());
  }

  /**
   * The source span with the words the name leaves out before it, within the sentence: a leading
   * article or count ({@code the Financial Times}, {@code Two senior officials}) and an elided
   * article ({@code l'AFP}).
   */
  private static Span widen(String s, int from, Span source) {
    int start = source.start();
    if (start - 2 >= from && (s.charAt(start - 1) == '\'' || s.charAt(start - 1) == '’')
        && Character.isLetter(s.charAt(start - 2)) && (start - 3 < from || !Character.isLetter(s.charAt(start - 3)))) {
      return Span.of(start - 2, source.end()); // l'AFP, dell'Ansa
    }
    for (int n = 0; n < 2; n++) {
      int end = start - 1;
      if (end <= from || s.charAt(end) != ' ') {
        break;
      }
      int word = end;
      while (word > from && Character.isLetter(s.charAt(word - 1))) {
        word--;
      }
      if (word == end || !LEADING_WORDS.contains(Names.normalize(s.substring(word, end)))) {
        break;
      }
      start = word;
    }
    return Span.of(start, source.end());
  }

  /** The lexicon's entry of the cue's words, else of its last word ("has repeatedly said" gives "say"). */
  private CueLexicon.Entry entry(String s, Span cue) {
    String key = Names.normalize(cue.text(s));
    CueLexicon.Entry e = cues.entry(key);
    int space = key.lastIndexOf(' ');
    return e != null || space < 0 ? e : cues.entry(key.substring(space + 1));
  }

  private static Kind kind(String s, List<Span> content, CueGroup group, ProseFinder.Hit hit) {
    if (group == CueGroup.ADJUNCT && hit.rule().startsWith("cue-") && !hit.rule().equals("cue-told")) {
      return Kind.ADJUNCT;
    }
    boolean allQuoted = !content.isEmpty();
    boolean anyMark = false;
    for (Span c : content) {
      boolean opens = Quotes.isMark(s.charAt(c.start())) && Quotes.opens(s, c.start());
      boolean closes = Quotes.isMark(s.charAt(c.end() - 1)) && Quotes.closes(s, c.end() - 1);
      allQuoted &= opens && closes;
      for (int i = c.start(); i < c.end() && !anyMark; i++) {
        anyMark = Quotes.isMark(s.charAt(i));
      }
    }
    return allQuoted ? Kind.DIRECT : anyMark ? Kind.MIXED : Kind.INDIRECT;
  }

  /** The type of the source named by the words of {@code span}, resolved to {@code source}. */
  private SourceType type(String s, Span span, Source source) {
    switch (source.kind()) {
      case OUTLET, AGENCY, AGGREGATOR:
        return SourceType.OUTLET;
      case PERSON:
        return SourceType.PERSON;
      case ANONYMOUS:
        return SourceType.ANONYMOUS;
      default:
        break;
    }
    return wordType(s, span, source.kind() == SourceKind.ORGANIZATION ? SourceType.ORGANISATION
        : SourceType.UNKNOWN);
  }

  /** Whether the words of {@code span} name a government body ({@code the army}, {@code the Kremlin}). */
  private boolean government(String s, Span span) {
    String[] words = Names.normalize(span.text(s)).split(" ");
    for (int i = 0; i < words.length; i++) {
      // one word ("ministry") or two ("white house", "state department")
      if (governmentWords.contains(words[i])
          || (i + 1 < words.length && governmentWords.contains(words[i] + " " + words[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  /** The type the words of {@code span} tell (a document, a government), else {@code otherwise}. */
  private SourceType wordType(String s, Span span, SourceType otherwise) {
    String key = Names.normalize(span.text(s));
    String last = key.substring(key.lastIndexOf(' ') + 1);
    if (documentWords.contains(last)) {
      return SourceType.DOCUMENT;
    }
    if (government(s, span)) {
      return SourceType.GOVERNMENT;
    }
    for (String word : key.split(" ")) {
      if (anonymousNouns.contains(word)) {
        return SourceType.ANONYMOUS;
      }
    }
    return otherwise;
  }

  /**
   * The content spans around {@code core} (the source and cue) in sentence {@code [from, to)}: the
   * text before it when a comma, colon, dash or quotation mark joins it, the text after it when it
   * is content (after a complementizer, a colon or an opening quotation mark; after a comma unless
   * an adjunct closes content before it; or, when nothing comes before, two words or more that do
   * not start with an adjunct), and the quotes that run on after
   * the sentence.
   */
  private static List<Span> content(String s, int from, int to, int paragraphStart, Span core, boolean adjunct,
      boolean tell) {
    List<Span> out = new ArrayList<>(2);
    // spec: content is read at most SENTENCE_REACH characters either side of the core, so that a
    // sentence of a megabyte with a cue every few words costs a bounded scan per cue
    from = Math.max(from, wordStart(s, core.start() - SENTENCE_REACH, core.start()));
    to = Math.min(to, Math.max(core.end(), core.end() + SENTENCE_REACH));
    // before: the sentence up to the core, without the comma or dash that joins them
    int bs = skipBlanks(s, from, core.start());
    int joined = trimBack(s, bs, core.start(), "");
    int be = trimBack(s, bs, core.start(), ",:—–-");
    // spec: text before the core is content only if a comma, dash, colon or quotation mark joins
    // them ("Prices rose, the ministry said"), not a time adjunct ("On Tuesday the minister said")
    // nor a semicolon, which ends a clause of its own
    boolean joinedBefore = joined > bs && (",:—–-".indexOf(s.charAt(joined - 1)) >= 0 || Quotes.isMark(s.charAt(joined - 1)));
    for (int k = be - 1; k > bs; k--) {
      if (s.charAt(k) == ';') {
        bs = skipBlanks(s, k + 1, be); // "A; B, she said": only the clause next to the cue
        break;
      }
    }
    // spec: "In a statement, it said ...": an opening adjunct is not content
    if (be > bs && joinedBefore && !ContentOpeners.openingAdjunct(s, bs, be)) {
      if (Quotes.isMark(s.charAt(be - 1)) && Quotes.closes(s, be - 1)) {
        int open = Quotes.opening(s, be - 1, paragraphStart);
        if (open >= 0 && open < bs) {
          bs = open; // the quote opened in an earlier sentence: "A. B," she said.
        }
      }
      out.add(Span.of(bs, be));
    }
    // after: what follows the core, if it is content
    int as = core.end();
    boolean comma = as < to && firstNonBlank(s, as, to) == ',';
    as = skip(s, as, to, " \t\n,:—–");
    boolean colon = core.end() < as && s.substring(core.end(), as).indexOf(':') >= 0;
    int that = ContentOpeners.complementizer(s, as, to);
    boolean addressed = false;
    if (tell && that < 0 && !comma && !colon && as < to && !Quotes.isMark(s.charAt(as))) {
      // spec: "told reporters the plan was dead": the addressee is neither cue nor content
      int start = Addressees.skip(s, as, to);
      addressed = start > as && start < to;
      as = start;
    }
    boolean timed = false;
    if (that < 0 && !comma && !colon && !addressed && as < to && ContentOpeners.tail(s, as, to)) {
      // spec: "said on Tuesday it would cut jobs": the time adjunct is not content, the clause is
      int clause = ContentOpeners.clauseAfterTime(s, as, to);
      if (clause > as) {
        as = clause;
        timed = true;
      }
    }
    boolean introduced = that >= 0 || colon || addressed || timed;
    if (that >= 0) {
      as = skip(s, that, to, " \t\n,");
    }
    int ae = trimSentenceEnd(s, as, to);
    if (ae > as) {
      boolean quote = Quotes.isMark(s.charAt(as)) && Quotes.opens(s, as);
      // spec: after an adjunct that closes the content ("..., according to X, including ..."), what
      // follows the comma is not its content
      boolean content = introduced || quote || (comma && (out.isEmpty() || !adjunct)) || (out.isEmpty() && !ContentOpeners.tail(s, as, ae)
          && (ContentOpeners.words(s, as, ae) >= 2 || ContentOpeners.PRONOUN_CONTENT.contains(Names.normalize(s.substring(as, ae)))));
      if (content) {
        if (quote) {
          int close = Quotes.closing(s, as, s.length());
          if (close >= ae) {
            ae = close + 1; // the quote runs on past the sentence
          }
        }
        out.add(Span.of(as, ae));
      }
    }
    // quotes that run on after the sentence: "A," she said. "B."
    boolean direct = !out.isEmpty() && Quotes.isMark(s.charAt(out.get(out.size() - 1).end() - 1));
    if (direct || out.isEmpty()) {
      int after = out.isEmpty() ? to : Math.max(to, out.get(out.size() - 1).end());
      Quotes.following(s, after, s.length(), out);
    }
    return out;
  }

  /** The first index at or after {@code i} (and at least 0) that starts a word, or {@code limit}. */
  private static int wordStart(String s, int i, int limit) {
    if (i <= 0) {
      return 0;
    }
    while (i < limit && !Character.isWhitespace(s.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static char firstNonBlank(String s, int a, int b) {
    int i = skipBlanks(s, a, b);
    return i < b ? s.charAt(i) : ' ';
  }

  private static int skipBlanks(String s, int a, int b) {
    return skip(s, a, b, " \t\n\r\u00a0");
  }

  private static int skip(String s, int a, int b, String chars) {
    while (a < b && (chars.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) {
      a++;
    }
    return a;
  }

  /** The end of {@code [a, b)} without trailing blanks and then trailing {@code chars}. */
  private static int trimBack(String s, int a, int b, String chars) {
    while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || chars.indexOf(s.charAt(b - 1)) >= 0)) {
      b--;
    }
    return b;
  }

  /** The end of {@code [a, b)} without trailing blanks and a final full stop outside a quotation. */
  private static int trimSentenceEnd(String s, int a, int b) {
    b = trimBack(s, a, b, "");
    if (b > a && ".;,".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return trimBack(s, a, b, "");
  }
}
