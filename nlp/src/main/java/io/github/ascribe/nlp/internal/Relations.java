package io.github.ascribe.nlp.internal;

import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads prose attributions from one tagged sentence: each cue with its source phrase and content.
 *
 * <ul>
 *   <li>a cue verb (a verb form of the cue list, tagged {@code VERB}) takes the phrase before it as its
 *       source, past adverbs and auxiliaries ({@code has also said}, {@code a déclaré}); a phrase right
 *       after a preposition is no subject ({@code Am Dienstag sagte ...});
 *   <li>after a comma it looks past a parenthetical for the subject ({@code X, who ..., said}, {@code
 *       X, speaking in parliament, said});
 *   <li>otherwise the phrase after it is the source (inversion: {@code ," said Karen Doyle});
 *   <li>{@code according to X}, {@code laut X}, {@code selon X} take the phrase after them;
 *       German {@code X zufolge} the one before;
 *   <li>the content is the clause after the cue (past an addressee of {@code told}, an adverbial and
 *       {@code that}, {@code dass}, {@code que}) or, when nothing follows, the text before the source
 *       and cue ({@code "...," she said.}).
 * </ul>
 *
 * <pre>{@code
 * List<Relations.Found> f = Relations.read(tagged, Cues.load("en"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Relations {

  private static final Set<String> COMPLEMENTISERS = Set.of("that", "dass", "que", "qu'", "ob", "whether");
  /** Words that deny a cue. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nicht", "nie", "niemals", "pas",
      "jamais", "ne", "n'");
  /** Forms of {@code be} right before a participle: a passive. */
  private static final Set<String> PASSIVE_AUX = Set.of("is", "are", "was", "were", "be", "been", "being",
      "wurde", "wurden", "worden", "été");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‚", "‹", "›");

  /**
   * One attribution found.
   *
   * @param source the source phrase
   * @param cue the cue
   * @param content what is said, or empty
   * @param kind how it is reported
   * @param cueLemma the cue's lemma
   * @param group the cue's group
   * @param rule the rule that found it
   */
  public record Found(Span source, Span cue, Optional<Span> content, ProseRelation.Kind kind, String cueLemma,
      ProseRelation.CueGroup group, String rule) {}

  private Relations() {}

  /**
   * The attributions of a sentence, in text order of their cues.
   *
   * @param t the tagged sentence
   * @param cues the language's cues
   * @return what was found
   */
  public static List<Found> read(Tagged t, Cues cues) {
    List<Found> out = new ArrayList<>();
    int n = t.size();
    for (int i = 0; i < n; i++) {
      Optional<Cues.Cue> phrase = cues.phraseAt(t, i);
      int last = i;
      Optional<Found> f = Optional.empty();
      if (phrase.isPresent()) {
        Cues.Cue c = phrase.get();
        last = i + c.words().size() - 1;
        f = switch (c.kind()) {
          case VERB, TELL -> verb(t, i, last, c);
          case BEFORE -> before(t, i, last, c);
          case AFTER -> after(t, i, c);
        };
      } else if (t.is(i, "VERB")) {
        Optional<Cues.Cue> v = cues.verb(t.lower(i));
        if (v.isPresent()) {
          f = verb(t, i, i, v.get());
        }
      }
      if (f.isPresent()) {
        out.add(f.get());
        i = last;
      }
    }
    return out;
  }

  private static Optional<Found> verb(Tagged t, int c0, int c1, Cues.Cue cue) {
    int n = t.size();
    if (t.isWord(c0 - 1, "to", "zu")) {
      return Optional.empty(); // spec: an infinitive reports nothing yet ("declined to say", "wants to tell")
    }
    int j = c0 - 1;
    while (j >= 0 && c0 - j <= 3 && (t.is(j, "ADV", "AUX", "PART") || t.isWord(j, "not", "n't"))) {
      if (NEGATIONS.contains(t.lower(j))) {
        return Optional.empty(); // spec: a denied cue reports nothing ("did not say why")
      }
      if (cue.group() != ProseRelation.CueGroup.PASSIVE && j == c0 - 1 && PASSIVE_AUX.contains(t.lower(j))) {
        return Optional.empty(); // spec: a passive cue's subject is told, not telling ("Parents were told")
      }
      j--;
    }
    int src = -1;
    int srcEnd = -1;
    String rule = "nlp-verb";
    int right = inverted(t, c1 + 1, n);
    boolean afterPhrase = false;
    if (Phrases.head(t, j)) {
      int s = Phrases.left(t, j, 0);
      // a fronted adverbial at the sentence start: "Am Dienstag sagte der Minister"
      afterPhrase = s >= 0 && t.is(s - 1, "ADP") && s - 1 == first(t);
      if (s >= 0 && !t.is(s - 1, "ADP")) {
        src = s;
        srcEnd = j + 1;
      }
    }
    // spec: the source follows the cue only after a quotation or clause ("...," said X) or, in a
    // verb-second language, after a fronted adverbial ("Am Dienstag sagte der Minister")
    if (!(j < 0 || t.is(j, "PUNCT") || afterPhrase)) {
      right = -1;
    }
    if (src < 0 && t.word(Math.max(j, 0)).equals(",") && j > 0) {
      int comma = apposition(t, j, right > 0);
      if (comma > 0) {
        src = Phrases.left(t, comma - 1, 0);
        srcEnd = comma;
        rule = "nlp-verb-apposition";
      }
    }
    if (src < 0 && right > 0 && cue.group() != ProseRelation.CueGroup.PASSIVE) {
      src = c1 + 1;
      srcEnd = right;
      rule = "nlp-verb-inverted";
    }
    if (src < 0) {
      return Optional.empty();
    }
    // spec: an inverted source follows the content ("...," said X, a fund manager): what follows it is
    // an apposition, unless nothing but a fronted adverbial comes before ("Am Dienstag sagte X, ...")
    boolean inverted = rule.equals("nlp-verb-inverted");
    int after = !inverted ? c1 + 1 : !afterPhrase && clause(t, 0, c0) != null ? n : srcEnd;
    if (cue.kind() == Cues.Kind.TELL) {
      int object = Phrases.right(t, after, n);
      if (object > 0 && !startsClause(t, after)) {
        after = object;
      }
    }
    after = skipToClause(t, after);
    int before = Math.min(src, c0);
    return found(t, span(t, src, srcEnd), span(t, c0, c1 + 1), after, before, cue, rule);
  }

  /** The end of a source phrase after a cue: one not followed by a verb (then it is the content's subject). */
  private static int inverted(Tagged t, int i, int n) {
    int end = Phrases.right(t, i, n);
    return end > 0 && !t.is(end, "VERB", "AUX") ? end : -1;
  }

  /** Whether token {@code i} starts a clause or ends the phrase: a complementiser, a verb, punctuation. */
  private static boolean startsClause(Tagged t, int i) {
    return t.is(i, "SCONJ", "VERB", "AUX", "PUNCT");
  }

  /**
   * The comma after a subject when {@code X, <parenthetical>, said}: the parenthetical starts with a
   * relative pronoun, a verb or a noun phrase (apposition), and a phrase with a head ends before it.
   *
   * @return the token index of the first comma, or -1
   */
  private static int apposition(Tagged t, int close, boolean inversionPossible) {
    for (int m = close - 2; m > 0 && close - m <= 20; m--) {
      if (!t.word(m).equals(",")) {
        continue;
      }
      boolean relative = t.isWord(m + 1, "who", "which", "whose", "qui", "der", "die", "das", "dont")
          || t.is(m + 1, "VERB");
      boolean appositive = t.is(m + 1, "DET", "NOUN", "PROPN", "ADJ");
      if ((relative || appositive && !inversionPossible) && Phrases.head(t, m - 1)) {
        int s = Phrases.left(t, m - 1, 0);
        return s >= 0 && !t.is(s - 1, "ADP") ? m : -1;
      }
      return -1;
    }
    return -1;
  }

  private static Optional<Found> before(Tagged t, int c0, int c1, Cues.Cue cue) {
    int end = Phrases.right(t, c1 + 1, t.size());
    if (end < 0 || cue.lemma().equals("per") && !t.capitalised(c1 + 1) && !t.is(c1 + 1, "DET")) {
      return Optional.empty();
    }
    int after = end < t.size() && t.word(end).equals(",") ? end + 1 : end;
    return found(t, span(t, c1 + 1, end), span(t, c0, c1 + 1), first(t) == c0 ? after : t.size(), c0, cue,
        "nlp-according-to");
  }

  private static Optional<Found> after(Tagged t, int c, Cues.Cue cue) {
    if (!Phrases.head(t, c - 1)) {
      return Optional.empty();
    }
    int s = Phrases.left(t, c - 1, 0);
    int after = c + 1 < t.size() && t.word(c + 1).equals(",") ? c + 2 : c + 1;
    return found(t, span(t, s, c), span(t, c, c + 1), first(t) == s ? after : t.size(), s, cue,
        "nlp-according-to");
  }

  /**
   * The content after the cue, or before {@code before} when nothing follows; none for a verb cue
   * whose content has no verb and no quotation mark (spec: the content of a report is a proposition,
   * so {@code argued for a register}, {@code suggests otherwise}, {@code warnte vor Milliardenkosten}
   * report nothing).
   */
  private static Optional<Found> found(Tagged t, Span source, Span cue, int after, int before, Cues.Cue c,
      String rule) {
    boolean adjunct = c.group() == ProseRelation.CueGroup.ADJUNCT;
    int[] content = clause(t, after, t.size());
    if (content == null || t.end(content[1] - 1) - t.start(content[0]) < 3
        || !adjunct && !proposition(t, content[0], content[1])) {
      // nothing after the cue, or only an apposition or adverbial ("," said X, a fund manager"):
      // the content is before the source and cue
      int[] first = clause(t, 0, before);
      content = first != null || content == null ? first : content;
    }
    if (!adjunct && content != null && !proposition(t, content[0], content[1])) {
      return Optional.empty();
    }
    Optional<Span> span = content == null ? Optional.empty() : Optional.of(span(t, content[0], content[1]));
    ProseRelation.Kind kind = adjunct ? ProseRelation.Kind.ADJUNCT
        : span.map(x -> kind(t.text(), x)).orElse(ProseRelation.Kind.INDIRECT);
    return Optional.of(new Found(source, cue, span, kind, c.lemma(), c.group(), rule));
  }

  /**
   * Whether tokens {@code [from, to)} can be what is said: they hold a verb or a quotation mark, or
   * (the tagger misses verbs) three words or more that do not start with a preposition ({@code
   * argued for a register}, {@code warnte vor Milliardenkosten} are no content).
   */
  private static boolean proposition(Tagged t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.is(i, "VERB", "AUX") || QUOTES.contains(t.word(i))) {
        return true;
      }
    }
    return to - from >= 3 && !t.is(from, "ADP");
  }

  /** Past an adverbial and a complementiser: {@code on Tuesday that}, {@code am Montag, dass}, {@code ,}. */
  private static int skipToClause(Tagged t, int i) {
    for (int k = i; k < t.size() && k - i <= 6; k++) {
      if (t.is(k, "SCONJ") && COMPLEMENTISERS.contains(t.lower(k))) {
        return k + 1;
      }
      if (!t.is(k, "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV") && !t.word(k).equals(",")) {
        break;
      }
    }
    while (i < t.size() && (t.word(i).equals(",") || t.word(i).equals(":")
        || COMPLEMENTISERS.contains(t.lower(i)))) {
      i++;
    }
    return i;
  }

  /** Tokens {@code [from, to)} without punctuation at the ends (quotes kept), or null if none are left. */
  private static int[] clause(Tagged t, int from, int to) {
    while (from < to && trimmed(t.word(from))) {
      from++;
    }
    while (to > from && trimmed(t.word(to - 1))) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean trimmed(String w) {
    return w.length() == 1 && ",;:.-–—".indexOf(w.charAt(0)) >= 0;
  }

  private static ProseRelation.Kind kind(String text, Span s) {
    boolean starts = QUOTES.contains(text.substring(s.start(), s.start() + 1));
    boolean ends = QUOTES.contains(text.substring(s.end() - 1, s.end()));
    if (starts && ends) {
      return ProseRelation.Kind.DIRECT;
    }
    for (int i = s.start(); i < s.end(); i++) {
      if ("\"“”„«»".indexOf(text.charAt(i)) >= 0) {
        return ProseRelation.Kind.MIXED;
      }
    }
    return ProseRelation.Kind.INDIRECT;
  }

  private static int first(Tagged t) {
    int i = 0;
    while (i < t.size() && t.is(i, "PUNCT")) {
      i++;
    }
    return i;
  }

  private static Span span(Tagged t, int from, int to) {
    return Span.of(t.start(from), t.end(to - 1));
  }
}
