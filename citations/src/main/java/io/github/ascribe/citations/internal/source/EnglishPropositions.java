package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
  /** What separates words: anything but letters, digits and apostrophes (compiled once). */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  /** What separates words of letters and apostrophes. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");
  private static final Set<String> REQUESTS = Set.of("ask", "urge", "order", "demand", "request", "appeal", "implore",
      "beg", "advise", "call on", "counsel", "remind", "inform", "brief");
  /** Verbs that report a proposition only with a that-clause or a quotation, never with bare words after them. */
  private static final Set<String> NOT_BARE = Set.of("speak", "talk", "greet", "lecture", "preach", "praise",
      "applaud", "laud", "hail", "question", "describe", "publish", "print", "read", "post", "message", "text",
      "email", "draft", "pen", "spotlight", "highlight", "defend", "challenge", "contest", "criticize", "condemn",
      "denounce", "decry", "slam", "blast", "lambast", "rebuke", "chide", "rule", "project", "summarize",
      "characterize", "outline", "set out", "lay out", "spell out", "sum up", "recite", "volunteer", "retract",
      "backtrack", "apologize", "continue", "echo", "relate", "recount", "testify", "attest");
  /** Verbs whose content may be a noun phrase: a denial, a promise, a naming, a fear or a doubt. */
  private static final Set<String> OBJECT_CONTENT = Set.of("deny", "reject", "dismiss", "dispute", "refute",
      "rebut", "promise", "pledge", "vow", "call", "predict", "forecast", "admit", "acknowledge", "concede",
      "report", "fear", "doubt");
  /** Words opening a question, not a statement: "did not say why ...". */
  private static final Set<String> QUESTIONS = Set.of("why", "whether", "how", "what", "when", "where", "who", "which",
      "if");
  /** Conjunctions: after one the sentence goes on, it does not report. */
  private static final Set<String> CONJUNCTIONS = Set.of("nor", "or", "and", "but", "so", "yet");
  /** Finite verbs and auxiliaries that make a clause of bare content. */
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
      "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "am", "won't", "wouldn't",
      "can't", "couldn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't");
  /** Verbs whose bare object is nearly always a reported clause: "said small schools cost more". */
  private static final Set<String> CLAUSE_VERBS = Set.of("say", "add", "insist", "argue", "claim", "contend",
      "maintain", "assert", "stress", "believe", "think", "fear", "hope", "expect", "doubt", "suspect", "reckon",
      "feel", "worry", "concede", "admit", "acknowledge", "agree", "explain", "write", "tell", "note", "warn",
      "complain", "estimate", "conclude", "find", "show");
  /** Verbs with an addressee or object after them: "told reporters", "quoted him as saying". */
  private static final Set<String> ADDRESSING = Set.of("tell", "quote", "inform", "assure", "remind", "warn");
  /** Prepositions that open an object of a cue, not a reported clause. */
  private static final Set<String> PREPOSITIONS = Set.of("on", "with", "for", "about", "to", "into", "over",
      "against", "at", "in", "of", "from", "by");
  /** Words that open a subordinate clause before a main clause. */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as", "because", "if",
      "when", "since", "after", "before", "despite", "unless", "whereas", "once", "until");
  /** One-word content a verb may take: "denied that", "doubt it", "said so". */
  private static final Set<String> PRONOUN_CONTENT = Set.of("that", "it", "this", "so");
  /** Words opening an adjunct after a cue that ends its clause: "..., the union said on Tuesday." */
  private static final Set<String> TAIL = Set.of("on", "in", "at", "to", "during", "after", "before", "late", "earlier",
      "last", "this", "yesterday", "today", "tonight", "when", "while", "as", "with", "without", "from", "through",
      "via", "outside", "by", "adding", "according", "citing", "of", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "afterwards", "later", "again", "recently", "too", "also", "separately",
      "privately", "publicly", "only", "then", "now", "quietly", "firmly", "flatly");
  /** Determiners, prepositions and pronouns: what a verb is followed by, and a noun is not. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "some", "few", "many", "more", "less", "to", "in", "on", "at", "by", "for", "with",
      "from", "into", "over", "than", "of", "up", "down", "out", "him", "them", "us", "it", "no", "all", "any");
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
  boolean accepts(String s, int paragraphStart, ProseFinder.Hit hit, ProseRelation r) {
    if (!hit.rule().startsWith("verb-") || hit.rule().equals("verb-hearsay") || !english(s, r.cue())) {
      return true;
    }
    if (r.content().isEmpty() || insideQuotation(s, paragraphStart, r.cue().start())) {
      return false; // spec: "We did not want this," ...: the speaker's words, not an attribution
    }
    String lemma = r.cueLemma();
    Span first = r.content().get(0);
    if (first.end() <= r.cue().start() && first.end() <= r.source().start()) {
      // content first: "Prices rose, the ministry said." The cue ends the clause
      int end = Math.max(r.cue().end(), r.source().end());
      if (ADDRESSING.contains(lemma)) {
        end = Addressees.skip(s, end, s.length()); // "..., the official told reporters."
      }
      // spec: "While the talks failed, both sides agreed": a subordinate clause is not what is said
      boolean subordinate = SUBORDINATORS.contains(firstWord(s, first)) && !Quotes.isMark(s.charAt(first.start()));
      return !REQUESTS.contains(lemma) && !subordinate && (r.content().size() > 1 || endsClause(s, end));
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
    String[] gapWords = NON_LETTERS.split(Names.normalize(gap));
    for (String g : gapWords) {
      if (QUESTIONS.contains(g)) {
        return false;
      }
    }
    String firstWord = firstWord(s, after);
    // spec: pronoun content is one word
    boolean pronoun = !Words.moreKeyWordsThan(s, after.start(), after.end(), 1)
        && PRONOUN_CONTENT.contains(Names.normalize(after.text(s)));
    if (pronoun) {
      // "denied that", "doubt it", "said so", "have also confirmed this"
      return OBJECT_CONTENT.contains(lemma) || r.cueGroup() == CueGroup.THINKING || lemma.equals("say")
          || lemma.equals("confirm");
    }
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
    // spec: "warned of shortages", "complained about delays": a warning's content may be what it is about
    boolean about = r.cueGroup() == CueGroup.WARNING && (firstWord.equals("of") || firstWord.equals("about")
        || firstWord.equals("against"));
    boolean thinking = r.cueGroup() == CueGroup.THINKING;
    if (PREPOSITIONS.contains(firstWord) && !about && !clause(s, after, thinking)) {
      return false; // "agreed on a prisoner exchange": what it is about, not what is said
    }
    // spec: an attitude (believe, expect, want, hope, plan) counts only with a clause ("Aides expect
    // the vote to slip"), not a noun phrase ("most shops expect a weak winter")
    return about || clause(s, after, thinking) || OBJECT_CONTENT.contains(lemma)
        || !thinking && CLAUSE_VERBS.contains(lemma) && wordCount(Names.normalize(after.text(s))) >= 3;
  }

  /**
   * Whether the clause ends at {@code i}: the sentence ends, a comma, a colon or a dash follows, or
   * a tail adjunct ({@code on Tuesday}, {@code in a statement}, {@code to reporters}).
   */
  private static boolean endsClause(String s, int i) {
    int a = i;
    while (a < s.length() && Character.isWhitespace(s.charAt(a)) && s.charAt(a) != '\n') {
      a++;
    }
    if (a >= s.length() || ".,;:!?—–-\n".indexOf(s.charAt(a)) >= 0 || Quotes.isMark(s.charAt(a))) {
      return true;
    }
    int b = a;
    while (b < s.length() && Character.isLetter(s.charAt(b))) {
      b++;
    }
    return TAIL.contains(Names.normalize(s.substring(a, b)));
  }

  /** Whether {@code i} lies inside a quotation opened earlier in its paragraph. */
  private static boolean insideQuotation(String s, int paragraphStart, int i) {
    boolean inside = false;
    for (int k = Math.max(paragraphStart, i - Quotes.MAX_SCAN); k < i; k++) {
      if (!Quotes.isMark(s.charAt(k))) {
        continue;
      }
      if (inside && Quotes.closes(s, k)) {
        inside = false;
      } else if (!inside && Quotes.opens(s, k)) {
        inside = true;
      }
    }
    return inside;
  }

  private static int wordCount(String content) {
    int n = 0;
    for (String w : NON_WORD.split(content)) {
      n += w.isEmpty() ? 0 : 1;
    }
    return n;
  }

  /** Whether the cue, or a word of it, is an English reporting verb form. */
  private boolean english(String s, Span cue) {
    String key = Names.normalize(cue.text(s));
    if (lexicon.verb(key) != null) {
      return true;
    }
    for (String word : key.split(" ")) {
      if (lexicon.verb(word) != null) {
        return true; // "has warned", "passed on"
      }
    }
    return false;
  }

  /** "telling people ...": a lone -ing form, with no auxiliary, reports nothing unless a that-clause follows. */
  private static boolean bareParticiple(String s, Span cue) {
    String t = cue.text(s);
    return t.indexOf(' ') < 0 && t.endsWith("ing");
  }

  /**
   * Whether the bare content reads as a clause: a subject pronoun first, or in its first words a
   * finite verb or auxiliary, {@code to} after a thinking cue, or a verb-like word ({@code -s},
   * {@code -ed}) after two words or more, not after a determiner or preposition, and followed by
   * one ({@code the insurance value of the bronzes exceeds 30 million}).
   */
  private static boolean clause(String s, Span c, boolean thinking) {
    List<String> words = new ArrayList<>();
    for (String word : NON_WORD.split(Names.normalize(c.text(s)))) {
      if (!word.isEmpty() && words.size() < CLAUSE_WORDS) {
        words.add(word);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i == 0 && EnglishSubjects.PRONOUNS.contains(word)) {
        return true;
      }
      if (FINITE.contains(word) || (thinking && word.equals("to"))) {
        return true;
      }
      if (i >= 2 && i + 1 < words.size() && word.length() > 3 && (word.endsWith("s") && !word.endsWith("ss")
          || word.endsWith("ed")) && !FUNCTION_WORDS.contains(words.get(i - 1))
          && (FUNCTION_WORDS.contains(words.get(i + 1)) || Character.isDigit(words.get(i + 1).charAt(0)))) {
        return true;
      }
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
