package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.Set;

/**
 * Whether an English verb cue attributes a proposition, as the annotation guide counts attributions:
 * a speech or attitude verb needs content, and its content must be a statement, not a question
 * ({@code did not say whether ...}), a request ({@code asked people not to drive}), the object of a
 * verb that reports no statement ({@code announced a share buyback}, {@code questioned those
 * figures}) or the next clause of the sentence ({@code ..., nor the triumph ...}). Content that
 * comes before the cue, a quotation, a colon or a {@code that} clause is a statement; bare content
 * after the cue must read as a clause (a subject pronoun first, or a finite verb or auxiliary in its
 * first words; for a thinking or intending cue also {@code to}); a denial, a promise or a
 * {@code call} may take a noun phrase ({@code The men deny the charges}). Cues of other languages
 * and adjuncts are not judged here. Stateless and thread-safe.
 *
 * <pre>{@code
 * EnglishPropositions gate = new EnglishPropositions(Lexicon.get());
 * boolean keep = gate.accepts(text, hit, relation);
 * }</pre>
 */
final class EnglishPropositions {

  /** Requests and orders: not attributions of a proposition (the guide's negatives) unless they quote. */
  private static final Set<String> REQUESTS = Set.of("ask", "urge", "order", "demand", "request", "appeal", "implore",
      "beg", "advise", "call on", "counsel", "remind", "inform", "brief");
  /** Verbs that report a proposition only with a that-clause or a quotation, never with bare words after them. */
  private static final Set<String> NOT_BARE = Set.of("speak", "talk", "greet", "lecture", "preach", "praise",
      "applaud", "laud", "hail", "question", "describe", "publish", "print", "read", "post", "message", "text",
      "email", "draft", "pen", "spotlight", "highlight", "defend", "challenge", "contest", "criticize", "condemn",
      "denounce", "decry", "slam", "blast", "lambast", "rebuke", "chide", "rule", "project", "summarize",
      "characterize", "outline", "set out", "lay out", "spell out", "sum up", "recite", "volunteer", "retract",
      "backtrack", "apologize", "continue", "echo", "relate", "recount", "testify", "attest");
  /** Verbs whose content may be a noun phrase: a denial, a promise, a naming. */
  private static final Set<String> OBJECT_CONTENT = Set.of("deny", "reject", "dismiss", "dispute", "refute",
      "rebut", "promise", "pledge", "vow", "call", "predict", "forecast", "admit", "acknowledge", "concede",
      "blame");
  /** Words opening a question, not a statement: "did not say why ...". */
  private static final Set<String> QUESTIONS = Set.of("why", "whether", "how", "what", "when", "where", "who", "which",
      "if");
  /** Conjunctions: after one the sentence goes on, it does not report. */
  private static final Set<String> CONJUNCTIONS = Set.of("nor", "or", "and", "but", "so", "yet");
  /** Finite verbs and auxiliaries that make a clause of bare content. */
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
      "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "am", "won't", "wouldn't",
      "can't", "couldn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't");
  /** How many words of bare content are read for a finite verb. */
  private static final int CLAUSE_WORDS = 12;

  private final Lexicon lexicon;

  EnglishPropositions(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the relation read for a hit reports a proposition; always true for cues that are not
   * English verbs.
   *
   * @param s the text
   * @param hit the hit
   * @param r its relation
   * @return whether to keep it
   */
  boolean accepts(String s, ProseFinder.Hit hit, ProseRelation r) {
    if (!hit.rule().startsWith("verb-") || hit.rule().equals("verb-hearsay") || !english(s, r.cue())) {
      return true;
    }
    if (r.content().isEmpty()) {
      return false;
    }
    String lemma = r.cueLemma();
    Span first = r.content().get(0);
    if (first.end() <= r.cue().start() && first.end() <= r.source().start()) {
      return !REQUESTS.contains(lemma); // content first: "Prices rose, the ministry said."
    }
    Span after = null;
    for (Span c : r.content()) {
      if (c.start() >= r.cue().end()) {
        after = c;
        break;
      }
    }
    if (after == null) {
      return true;
    }
    String gap = s.substring(Math.min(r.cue().end(), after.start()), after.start());
    String[] gapWords = Names.normalize(gap).split("[^\\p{L}']+");
    for (String g : gapWords) {
      if (QUESTIONS.contains(g)) {
        return false;
      }
    }
    String firstWord = firstWord(s, after);
    if (QUESTIONS.contains(firstWord) || CONJUNCTIONS.contains(firstWord)) {
      return false;
    }
    boolean quoted = Quotes.isMark(s.charAt(after.start())) || gap.indexOf(':') >= 0;
    boolean that = false;
    for (String g : gapWords) {
      that |= g.equals("that");
    }
    if (quoted || that) {
      return !REQUESTS.contains(lemma) || quoted;
    }
    if (REQUESTS.contains(lemma) || NOT_BARE.contains(lemma) || bareParticiple(s, r.cue())) {
      return false;
    }
    return clause(s, after, r.cueGroup() == CueGroup.THINKING) || OBJECT_CONTENT.contains(lemma);
  }

  /** Whether the cue's last word is an English reporting verb form. */
  private boolean english(String s, Span cue) {
    String key = Names.normalize(cue.text(s));
    int space = key.lastIndexOf(' ');
    return lexicon.verb(space < 0 ? key : key.substring(space + 1)) != null;
  }

  /** "telling people ...": a lone -ing form, with no auxiliary, reports nothing unless a that-clause follows. */
  private static boolean bareParticiple(String s, Span cue) {
    String t = cue.text(s);
    return t.indexOf(' ') < 0 && t.endsWith("ing");
  }

  /** Whether the bare content reads as a clause. */
  private static boolean clause(String s, Span c, boolean thinking) {
    String[] words = Names.normalize(c.text(s)).split("[^\\p{L}']+");
    int n = 0;
    for (int i = 0; i < words.length && n < CLAUSE_WORDS; i++) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      if (n == 0 && EnglishSubjects.PRONOUNS.contains(word)) {
        return true;
      }
      if (FINITE.contains(word) || (thinking && word.equals("to"))) {
        return true;
      }
      n++;
    }
    return false;
  }

  private static String firstWord(String s, Span c) {
    int a = c.start();
    while (a < c.end() && !Character.isLetter(s.charAt(a))) {
      a++;
    }
    int b = a;
    while (b < c.end() && (Character.isLetter(s.charAt(b)) || s.charAt(b) == '\'')) {
      b++;
    }
    return Names.normalize(s.substring(a, b));
  }
}
