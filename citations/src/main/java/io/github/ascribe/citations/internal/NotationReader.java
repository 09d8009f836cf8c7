package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.citations.Verdict;
import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.TokenStream;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.internal.KeyBuffer;
import io.github.ascribe.core.internal.NameIndex;
import io.github.ascribe.core.internal.RegistryAccess;
import io.github.ascribe.core.registry.Confusable;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads attribution notation: lexes, builds parts, joins and splits names with the registry, groups
 * chips, resolves sources, checks restatements and totals, and decides the verdict. Immutable and
 * thread-safe: all per-parse state lives in a {@link Run}.
 */
public final class NotationReader {

  /** Parts with more words than this are never split into several registry names. */
  static final int MAX_SEGMENT_WORDS = 64;

  private static final List<String> LEAD_INS_NEEDING_COLON = List.of("sources", "source", "read more", "more from");
  private static final List<String> LEAD_INS = List.of(
      "as reported by", "also reported by", "reported by", "according to", "cited by", "via", "per");
  /** {@link #LEAD_INS_NEEDING_COLON} and {@link #LEAD_INS}, by number of words, as arrays of words. */
  private static final String[][][] NEEDING_COLON_BY_WORDS = byWords(LEAD_INS_NEEDING_COLON);
  private static final String[][][] LEAD_INS_BY_WORDS = byWords(LEAD_INS);
  private static final Set<String> PARTICLES = Set.of("of", "the", "de", "la", "le", "les", "du", "des", "del",
      "da", "di", "do", "dos", "von", "van", "der", "den", "die", "das", "al", "el", "y", "i", "e", "et", "and",
      "am", "im", "on", "for", "en", "in", "og", "och", "a", "an", "&");

  private static String[][][] byWords(List<String> phrases) {
    String[][][] out = new String[4][][];
    for (int words = 0; words < out.length; words++) {
      List<String[]> these = new ArrayList<>();
      for (String phrase : phrases) {
        String[] split = phrase.split(" ");
        if (split.length == words) {
          these.add(split);
        }
      }
      out[words] = these.toArray(new String[0][]);
    }
    return out;
  }

  /**
   * The {@link Scratch} of the last read on this thread, kept for the next read, or null while a read
   * holds it (a nested read makes its own). Only a scratch of at most {@link #KEPT_LEXEMES} lexemes is
   * kept, so each thread holds about 22 KB at most; nothing in it leaves the read that fills it.
   */
  private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();
  /** The most lexemes whose array {@link #SCRATCH} keeps. */
  static final int KEPT_LEXEMES = 1 << 10;
  /** The most parts {@link #SCRATCH} keeps for reuse. */
  static final int KEPT_PARTS = 256;

  /**
   * What one read fills and forgets, kept per thread for the next read: the lexemes, the list of
   * parts (empty between reads; about as long as the lexemes), the two arrays {@link Run#split}
   * works in (made at the first split), and up to {@link #KEPT_PARTS} parts made by earlier reads,
   * which {@link Run#part} resets and hands out again (until then they may still hold the strings
   * and look-ups of the read that used them last).
   */
  private static final class Scratch {
    private Lexemes lexemes;
    private ArrayList<Part> parts;
    private final ArrayList<Part> made = new ArrayList<>();
    private int[] best;
    private int[] from;
    /** The run of the last read, for the next read of the same reader. */
    private Run run;
    /** The read's diagnostics, which the result copies; empty between reads. */
    private final ArrayList<Diagnostic> diagnostics = new ArrayList<>();
    /** What {@link Run#build} collects before the result copies it; empty between reads. */
    private final ArrayList<NotationEntry> entries = new ArrayList<>();
    private final ArrayList<SourceMention> restatements = new ArrayList<>();
    /** The sources {@link Run#build} has listed so far. */
    private final SourceSet listed = new SourceSet();
    /** The names of one chip run and their mentions; cleared after each run. */
    private final Part[] runNames = new Part[3];
    private final SourceMention[] runMentions = new SourceMention[3];
  }

  /** The reasons of a verdict on attribution syntax, by precedence: link chip, chip, total, lead-in. */
  private static final String[] SYNTAX_REASONS = {"link-chip", "chip-syntax", "declared-total", "lead-in"};
  /**
   * The verdicts of notation of up to eight names, made once: most reads give one of them, and a
   * verdict is immutable. By reason, then names, then known names.
   */
  private static final Verdict[][][] SYNTAX_VERDICTS = new Verdict[SYNTAX_REASONS.length][9][];
  /** "all N names are known sources", by N up to eight. */
  private static final Verdict[] ALL_KNOWN = new Verdict[9];

  static {
    for (int names = 0; names < ALL_KNOWN.length; names++) {
      for (int r = 0; r < SYNTAX_REASONS.length; r++) {
        SYNTAX_VERDICTS[r][names] = new Verdict[names + 1];
        for (int known = 0; known <= names; known++) {
          SYNTAX_VERDICTS[r][names][known] = new Verdict(true, SYNTAX_REASONS[r],
              syntaxText(SYNTAX_REASONS[r], known, names));
        }
      }
      ALL_KNOWN[names] = allKnown(names);
    }
  }

  private static Verdict allKnown(int names) {
    return new Verdict(true, "all-names-known", "all " + names + " names are known sources");
  }

  /** The text of a verdict on attribution syntax with {@code known} of {@code names} names known. */
  private static String syntaxText(String syntaxReason, int known, int names) {
    return "attribution syntax (" + syntaxReason + ") with " + known + " of " + names + " names known";
  }

  private final SourceRegistry registry;
  /** The registry's names and aliases, looked up without building keys. */
  private final NameIndex names;
  private final boolean strict;
  private final Lexicon lexicon;
  /** For a reader made by {@link #deferringTokens}: the reader that makes the tokens; else null. */
  private final NotationReader eager;
  /** {@code eager::tokensOf}, made once; null as {@link #eager} is. */
  private final java.util.function.Function<String, List<Token>> retokenize;

  /**
   * Creates a reader.
   *
   * @param registry the registry names resolve against
   * @param strict no fuzzy matching, and unresolved names are warnings
   */
  public NotationReader(SourceRegistry registry, boolean strict) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.names = RegistryAccess.names(registry);
    this.strict = strict;
    this.lexicon = Lexicon.get();
    this.eager = null;
    this.retokenize = null;
  }

  private NotationReader(NotationReader eager) {
    this.registry = eager.registry;
    this.names = eager.names;
    this.strict = eager.strict;
    this.lexicon = eager.lexicon;
    this.eager = eager;
    this.retokenize = eager::tokensOf;
  }

  /**
   * A reader that reads as this one does, but whose results make their tokens only when asked for,
   * by reading the string again with this reader ({@link TokenList#deferred}); which kinds of token a
   * result holds is known at once. For article analysis, which reads thousands of ranges and looks
   * at the tokens of none.
   *
   * @return the reader
   */
  public NotationReader deferringTokens() {
    return eager == null ? new NotationReader(this) : this;
  }

  /**
   * Parses notation.
   *
   * @param input any string
   * @return the result; never throws for any non-null input
   */
  public NotationResult read(String input) {
    Run run = run(Objects.requireNonNull(input, "input"), false);
    try {
      return run.run();
    } finally {
      run.release();
    }
  }

  /**
   * Parses notation unless an item reads as prose, which makes the verdict {@code prose} (not
   * notation) whatever else the string holds: then it returns null, without resolving the other
   * names, building unknown sources, tokens or diagnostics. For callers that only use notation, on
   * text that is mostly sentences: {@code readUnlessProse(x) == null} implies {@code
   * !read(x).isNotation()}, and a non-null result equals {@code read(x)}.
   *
   * @param input any string
   * @return the result, or null if the input reads as prose
   */
  public NotationResult readUnlessProse(String input) {
    Run run = run(Objects.requireNonNull(input, "input"), true);
    try {
      return run.run();
    } finally {
      run.release();
    }
  }

  /** The tokens of {@code input}, read again: what a deferred token list of this reader's makes. */
  private List<Token> tokensOf(String input) {
    return read(input).tokens();
  }

  /** Diagnostics in order of their spans. */
  private static final Comparator<Diagnostic> BY_SPAN = Comparator.comparing(Diagnostic::span);

  /**
   * A run ready to read {@code s}: the one this thread's scratch keeps if it belongs to this
   * reader, set up again, else a new one (a nested read, or the first read of this reader on the
   * thread). A kept run was reset by {@link Run#release}, so that nothing of one read reaches the
   * next.
   */
  private Run run(String s, boolean stopAtProse) {
    Scratch scratch = SCRATCH.get();
    if (scratch != null) {
      SCRATCH.set(null); // held until released: a read started inside this one makes its own
    } else {
      scratch = new Scratch();
    }
    Run run = scratch.run;
    if (run == null || run.reader() != this) {
      run = new Run(scratch);
      scratch.run = run;
    }
    return run.start(s, stopAtProse);
  }

  private final class Run {
    private String s;
    private final Scratch scratch;
    /** How many parts of {@link Scratch#made} this read has handed out. */
    private int partsMade;
    private Lexemes lx;
    private List<Part> parts;
    private final List<Diagnostic> diagnostics;
    /** Brackets not closed yet; null until the first, since most notation has none. */
    private Deque<Part> openBrackets;
    private Part cur;
    /** The SPACE lexeme held back while a name may go on, or -1. */
    private int heldSpace = -1;
    private Part lastClosedOpen;
    /** The {@code [text](target)} links, as the start of the bracket and of the target; null until the first. */
    private List<int[]> links;
    /** Their targets, in the same order; null until the first. */
    private List<String> linkTargets;
    private boolean leadIn;

    private boolean stopAtProse;

    Run(Scratch scratch) {
      this.scratch = scratch;
      this.diagnostics = scratch.diagnostics;
    }

    NotationReader reader() {
      return NotationReader.this;
    }

    /** Sets the fields of a read of {@code s}; {@link #release} left the others as a new run has them. */
    Run start(String s, boolean stopAtProse) {
      this.s = s;
      this.stopAtProse = stopAtProse;
      partsMade = 0;
      TokenStream tokens = Lexer.lex(s);
      lx = Lexemes.of(tokens, 0, tokens.size());
      if (scratch.parts != null) {
        scratch.parts.ensureCapacity(lx.size() + 2);
      } else {
        scratch.parts = new ArrayList<>(lx.size() + 2);
      }
      parts = scratch.parts;
      return this; // every other field is as new: a run is kept only after release() reset it
    }

    /** Hands the scratch back to {@link #SCRATCH} for the next read on this thread, if small enough. */
    void release() {
      // as a new run has them, so that the next read starts clean, and holding nothing of this text
      s = null;
      parts = null;
      openBrackets = null;
      cur = null;
      heldSpace = -1;
      lastClosedOpen = null;
      links = null;
      linkTargets = null;
      leadIn = false;
      countValue = 0;
      unknownNames = null;
      unknownUrls = null;
      if (lx.capacity() <= KEPT_LEXEMES) {
        scratch.lexemes = lx;
        scratch.parts.clear();
        scratch.entries.clear();
        scratch.restatements.clear();
        scratch.diagnostics.clear();
        scratch.listed.clear();
        java.util.Arrays.fill(scratch.runNames, null);
        java.util.Arrays.fill(scratch.runMentions, null);
        SCRATCH.set(scratch);
      }
    }

    /** {@code new Part(kind, start, end)}, or a part of an earlier read made so again. */
    private Part part(Part.Kind kind, int start, int end) {
      List<Part> made = scratch.made;
      if (partsMade < made.size()) {
        return made.get(partsMade++).reset(kind, start, end);
      }
      Part p = new Part(kind, start, end);
      if (made.size() < KEPT_PARTS) {
        made.add(p);
        partsMade++;
      }
      return p;
    }

    /** {@link Part#name}, by {@link #part}. */
    private Part name(int start, int end) {
      Part p = part(Part.Kind.NAME, start, end);
      p.addWord(start, end);
      return p;
    }

    NotationResult run() {
      int i = leadIn();
      for (; i < lx.size(); i++) {
        i = step(i);
      }
      flush();
      if (openBrackets != null) {
        for (Part open : openBrackets) {
          warn("unbalanced-bracket", "'" + text(open) + "' is never closed", open.start, open.end);
        }
      }
      markEnd();
      joinNames();
      applyLinkTargets();
      if (stopAtProse && anyNameReadsAsProse()) {
        return null; // before splitting every other part: one prose item decides
      }
      splitNames();
      return build();
    }

    // ---- lexemes to parts ------------------------------------------------------------------

    private int leadIn() {
      int i = 0;
      while (i < lx.size() && (lx.is(i, Lexemes.Kind.SPACE) || lx.is(i, Lexemes.Kind.EMPH)
          || lx.is(i, Lexemes.Kind.OPEN))) {
        i++;
      }
      for (int words = 3; words >= 1; words--) {
        int end = wordRun(i, words);
        if (end < 0) {
          continue;
        }
        boolean colon = end + 1 < lx.size() && lx.is(end + 1, Lexemes.Kind.COLON);
        boolean needsColon = isAnyPhrase(NEEDING_COLON_BY_WORDS[words], i);
        if ((needsColon && colon) || (!needsColon && isAnyPhrase(LEAD_INS_BY_WORDS[words], i)
            && (colon || followedBySpaceAndMore(end)))) {
          for (int k = 0; k < i; k++) {
            addSimple(k);
          }
          int leadEnd = colon ? end + 1 : end;
          parts.add(part(Part.Kind.LEAD_IN, lx.start(i), lx.end(leadEnd)));
          leadIn = true;
          return leadEnd + 1;
        }
      }
      return 0;
    }

    /**
     * Whether the words of the run from lexeme i ({@link #wordRun}, as many words as the phrases
     * have), as written and lowercased ({@link Locale#ROOT}), are one of the phrases: {@code Via.} is
     * not {@code via}.
     */
    private boolean isAnyPhrase(String[][] phrases, int i) {
      for (String[] phrase : phrases) {
        boolean same = true;
        for (int w = 0; w < phrase.length && same; w++) {
          int x = i + 2 * w;
          same = Keywords.lowerEquals(s, lx.start(x), lx.end(x), phrase[w], 0, phrase[w].length());
        }
        if (same) {
          return true;
        }
      }
      return false;
    }

    /**
     * The {@link Keywords} code of the word at lexeme i, decided once per lexeme: kept plus one in the
     * lexeme's memo, 0 until asked.
     */
    private int keyword(int i) {
      int code = lx.memo(i);
      if (code == 0) {
        code = Keywords.of(s, lx.start(i), lx.end(i)) + 1;
        lx.memo(i, code);
      }
      return code - 1;
    }

    /** Index of the last lexeme of {@code words} WORDs separated by single SPACEs from i, or -1. */
    private int wordRun(int i, int words) {
      int k = i;
      for (int w = 0; w < words; w++) {
        if (k >= lx.size() || !lx.is(k, Lexemes.Kind.WORD)) {
          return -1;
        }
        if (w < words - 1) {
          if (k + 1 >= lx.size() || !lx.is(k + 1, Lexemes.Kind.SPACE)) {
            return -1;
          }
          k += 2;
        }
      }
      return k;
    }

    private boolean followedBySpaceAndMore(int end) {
      return end + 2 < lx.size() && lx.is(end + 1, Lexemes.Kind.SPACE)
          && !lx.is(end + 2, Lexemes.Kind.SPACE);
    }

    private int step(int i) {
      switch (lx.kind(i)) {
        case WORD -> {
          return word(i);
        }
        case URL -> {
          flush();
          Part p = name(lx.start(i), lx.end(i));
          p.url = true;
          parts.add(p);
        }
        case SPACE -> {
          if (cur != null) {
            heldSpace = i;
          } else {
            parts.add(part(Part.Kind.SPACE, lx.start(i), lx.end(i)));
          }
        }
        case PLUS_COUNT -> {
          flush();
          if (lx.value(i) < 0) {
            unrecognized(lx.start(i), lx.end(i), "count-out-of-range",
                "count '" + text(i) + "' is larger than " + NotationLexer.MAX_COUNT + "; not counted", Severity.ERROR);
          } else {
            Part p = part(Part.Kind.COUNT, lx.start(i), lx.end(i));
            p.value = lx.value(i);
            parts.add(p);
          }
        }
        case SEP -> {
          flush();
          parts.add(part(Part.Kind.SEP, lx.start(i), lx.end(i)));
        }
        case EQ -> {
          flush();
          return restatement(i);
        }
        case EQ_NUMBER -> {
          flush();
          if (lx.value(i) < 0) {
            unrecognized(lx.start(i), lx.end(i), "count-out-of-range",
                "total '" + text(i) + "' is larger than " + NotationLexer.MAX_COUNT + "; ignored", Severity.ERROR);
          } else {
            Part p = part(Part.Kind.TOTAL, lx.start(i), lx.end(i));
            p.value = lx.value(i);
            parts.add(p);
          }
        }
        case OPEN -> {
          flush();
          Part p = part(Part.Kind.WRAPPER, lx.start(i), lx.end(i));
          parts.add(p);
          pushOpen(p);
        }
        case CLOSE -> {
          flush();
          parts.add(part(Part.Kind.WRAPPER, lx.start(i), lx.end(i)));
          close(i);
        }
        case EMPH -> {
          flush();
          parts.add(part(Part.Kind.WRAPPER, lx.start(i), lx.end(i)));
        }
        case LINK_TARGET -> {
          flush();
          parts.add(part(Part.Kind.LINK_TARGET, lx.start(i), lx.end(i)));
          linkTarget(i);
        }
        case COLON -> {
          flush();
          unrecognized(lx.start(i), lx.end(i), "unexpected-character",
              "':' is only understood after a lead-in such as 'Sources:'", Severity.WARNING);
        }
        default -> throw new IllegalStateException("unhandled lexeme " + lx.kind(i));
      }
      return i;
    }

    private int word(int i) {
      int code = keyword(i);
      boolean and = code == Keywords.AND;
      if (and || ((code == Keywords.UND || code == Keywords.ET || code == Keywords.Y || code == Keywords.E)
          && betweenNames(i))) {
        int j = and ? countPhrase(i + 2, true) : -1;
        flush();
        if (j >= 0) {
          phraseCount(lx.start(i), lx.end(j));
          return j;
        }
        Part p = part(Part.Kind.SEP, lx.start(i), lx.end(i));
        p.isAnd = true;
        parts.add(p);
        return i;
      }
      if (cur == null) {
        int j = countPhrase(i, false);
        if (j >= 0) {
          flush();
          phraseCount(lx.start(i), lx.end(j));
          return j;
        }
        // "+3 more": extend the count over the word
        int n = parts.size();
        if (n >= 2 && parts.get(n - 1).kind == Part.Kind.SPACE && parts.get(n - 2).kind == Part.Kind.COUNT
            && isPlusStart(parts.get(n - 2))
            && ((code == Keywords.MORE || code == Keywords.OTHERS) && !parts.get(n - 2).phrase
                || Keywords.isCountNoun(code) && parts.get(n - 2).phrase && !endsWithNoun(parts.get(n - 2)))) {
          parts.remove(n - 1); // "+3 more", then "+3 more sources"
          parts.get(n - 2).end = lx.end(i);
          parts.get(n - 2).phrase = true;
          return i;
        }
      }
      return appendWord(i);
    }

    /** Foreign conjunctions (und, et, y, e) separate only between two capitalised words. */
    private boolean betweenNames(int i) {
      return i >= 2 && i + 2 < lx.size() && lx.is(i - 1, Lexemes.Kind.SPACE) && lx.is(i + 1, Lexemes.Kind.SPACE)
          && lx.is(i - 2, Lexemes.Kind.WORD) && lx.is(i + 2, Lexemes.Kind.WORD)
          && Character.isUpperCase(s.codePointAt(lx.start(i + 2)))
          && Character.isUpperCase(s.codePointAt(lx.start(i - 2)));
    }

    private int appendWord(int i) {
      if (cur != null) {
        cur.addWord(lx.start(i), lx.end(i));
        cur.end = lx.end(i);
        heldSpace = -1;
      } else {
        flush();
        cur = name(lx.start(i), lx.end(i));
      }
      return i;
    }

    private long countValue;

    private void phraseCount(int start, int end) {
      if (countValue < 0) {
        unrecognized(start, end, "count-out-of-range", "count '" + s.substring(start, end) + "' is larger than "
            + NotationLexer.MAX_COUNT + "; not counted", Severity.ERROR);
        return;
      }
      Part p = part(Part.Kind.COUNT, start, end);
      p.value = countValue;
      p.phrase = true;
      parts.add(p);
    }

    private boolean endsWithNoun(Part count) {
      String t = lower(count.start, count.end);
      int sp = t.lastIndexOf(' ');
      return sp >= 0 && Keywords.isCountNoun(Keywords.ofKey(t.substring(sp + 1)));
    }

    /**
     * Matches {@code N other(s)|more [noun]} from lexeme i (after "and" when {@code afterAnd}); sets
     * {@link #countValue}; returns the index of the last lexeme, or -1.
     */
    private int countPhrase(int i, boolean afterAnd) {
      if (afterAnd && (i - 1 >= lx.size() || !lx.is(i - 1, Lexemes.Kind.SPACE))) {
        return -1;
      }
      if (i >= lx.size() || !lx.is(i, Lexemes.Kind.WORD)) {
        return -1;
      }
      long v = Keywords.number(s, lx.start(i), lx.end(i), keyword(i), NotationLexer.MAX_COUNT);
      if (v == -1 || i + 2 >= lx.size() || !lx.is(i + 1, Lexemes.Kind.SPACE) || !lx.is(i + 2, Lexemes.Kind.WORD)) {
        return -1;
      }
      int next = keyword(i + 2);
      if (!(next == Keywords.OTHERS || next == Keywords.MORE || next == Keywords.OTHER)) {
        return -1;
      }
      int end = i + 2;
      int noun = nounAfter(end);
      if (noun > end) {
        end = noun;
      } else if (next == Keywords.OTHER && !afterAnd) {
        return -1; // "5 other" alone is not a count
      }
      countValue = v; // -2: a number too large to count, reported by the caller
      return end;
    }

    /** After lexeme {@code at}: {@code [news] outlets|sources|...}; the index of the noun, or {@code at}. */
    private int nounAfter(int at) {
      int k = at;
      if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)
          && keyword(k + 2) == Keywords.NEWS) {
        k += 2;
      }
      if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)
          && Keywords.isCountNoun(keyword(k + 2))) {
        return k + 2;
      }
      return at;
    }

    private int restatement(int i) {
      int k = i + 1;
      if (k < lx.size() && lx.is(k, Lexemes.Kind.SPACE)) {
        k++;
      }
      Part p = part(Part.Kind.RESTATE, lx.start(i), lx.end(i));
      int last = i;
      while (k < lx.size() && (lx.is(k, Lexemes.Kind.WORD) || lx.is(k, Lexemes.Kind.URL))
          && keyword(k) != Keywords.AND) {
        p.addWord(lx.start(k), lx.end(k));
        p.end = lx.end(k);
        last = k;
        if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)) {
          k += 2;
        } else {
          break;
        }
      }
      if (p.words() == 0 || !hasLetter(p.nameStart(), p.nameEnd()) || startsWithDigit(p)) {
        // "=4" is a total; "=.4x" cannot be told from one once written canonically, so it is no restatement
        unrecognized(lx.start(i), lx.end(i), "dangling-equals", "'=' must be followed by a name or a number",
            Severity.WARNING);
        return i;
      }
      parts.add(p);
      return last;
    }

    private boolean startsWithDigit(Part name) {
      String clean = cleanName(s.substring(name.nameStart(), name.nameEnd()));
      return !clean.isEmpty() && Character.isDigit(clean.codePointAt(0));
    }

    private boolean hasLetter(int start, int end) {
      for (int k = start; k < end; k++) {
        if (Character.isLetter(s.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    /** Remembers an opening bracket until it is closed. */
    private void pushOpen(Part p) {
      if (openBrackets == null) {
        openBrackets = new ArrayDeque<>(1);
      }
      openBrackets.push(p);
    }

    private void close(int x) {
      char c = s.charAt(lx.start(x));
      char want = (c == ')' || c == '）') ? '(' : '[';
      Part open = openBrackets == null ? null : openBrackets.peek();
      if (open == null) {
        warn("unbalanced-bracket", "'" + c + "' closes nothing", lx.start(x), lx.end(x));
        lastClosedOpen = null;
        return;
      }
      char o = s.charAt(open.start);
      char oNorm = (o == '（') ? '(' : (o == '［') ? '[' : o;
      if (oNorm != want) {
        warn("unbalanced-bracket", "'" + c + "' does not match '" + o + "' at " + open.start, lx.start(x), lx.end(x));
      }
      openBrackets.pop();
      lastClosedOpen = open;
    }

    /** Remembers {@code [text](target)}; the target is given to the one name inside after names are joined. */
    private void linkTarget(int x) {
      if (lastClosedOpen != null) {
        if (links == null) {
          links = new ArrayList<>(2);
          linkTargets = new ArrayList<>(2);
        }
        links.add(new int[] {lastClosedOpen.start, lx.start(x)});
        linkTargets.add(s.substring(lx.start(x) + 1, lx.end(x) - 1));
      }
      lastClosedOpen = null;
    }

    /** Gives each link's target to the single NAME between its brackets; one pass over parts and links. */
    private void applyLinkTargets() {
      if (links == null) {
        return;
      }
      int k = 0;
      for (int l = 0; l < links.size(); l++) {
        int from = links.get(l)[0];
        int to = links.get(l)[1];
        while (k < parts.size() && parts.get(k).start < from) {
          k++;
        }
        Part only = null;
        int names = 0;
        int q = k;
        while (q < parts.size() && parts.get(q).end <= to) {
          if (parts.get(q).kind == Part.Kind.NAME) {
            only = parts.get(q);
            names++;
          }
          q++;
        }
        if (names == 1) {
          only.linkTarget = linkTargets.get(l);
        }
      }
    }

    private void flush() {
      if (cur != null) {
        parts.add(cur);
        cur = null;
      }
      if (heldSpace >= 0) {
        parts.add(part(Part.Kind.SPACE, lx.start(heldSpace), lx.end(heldSpace)));
        heldSpace = -1;
      }
    }

    private void addSimple(int x) {
      Part.Kind k = lx.is(x, Lexemes.Kind.SPACE) ? Part.Kind.SPACE : Part.Kind.WRAPPER;
      Part p = part(k, lx.start(x), lx.end(x));
      parts.add(p);
      if (lx.is(x, Lexemes.Kind.OPEN)) {
        pushOpen(p);
      }
    }

    private void unrecognized(int start, int end, String code, String message, Severity severity) {
      Part p = part(Part.Kind.UNRECOGNIZED, start, end);
      p.code = code;
      p.message = message;
      parts.add(p);
      diagnostics.add(new Diagnostic(severity, code, message, Span.of(start, end)));
    }

    // ---- passes over parts ---------------------------------------------------------------------

    /** A trailing period (or ellipsis) after the last name becomes an END token. */
    private void markEnd() {
      int k = parts.size() - 1;
      while (k >= 0 && (parts.get(k).kind == Part.Kind.SPACE
          || (parts.get(k).kind == Part.Kind.WRAPPER && !isOpen(parts.get(k))))) {
        k--;
      }
      if (k < 0) {
        return;
      }
      Part p = parts.get(k);
      if (p.kind == Part.Kind.COUNT && p.phrase && p.end - 1 > p.start && ".…。".indexOf(s.charAt(p.end - 1)) >= 0) {
        int cut = p.end;
        while (cut > p.start && ".…。".indexOf(s.charAt(cut - 1)) >= 0) {
          cut--;
        }
        parts.add(k + 1, part(Part.Kind.END, cut, p.end));
        p.end = cut;
        return;
      }
      if (p.kind != Part.Kind.NAME && p.kind != Part.Kind.RESTATE) {
        return;
      }
      int end = p.nameEnd();
      int cut = end;
      while (cut > p.start && ".…。".indexOf(s.charAt(cut - 1)) >= 0) {
        cut--;
      }
      if (cut == end) {
        return;
      }
      int lastWord = p.words() - 1;
      int lastStart = p.wordStart(lastWord);
      if (cut <= lastStart) {
        if (p.words() == 1 && p.kind == Part.Kind.NAME) {
          p.kind = Part.Kind.END;
          p.clearWords();
          return;
        }
        if (p.kind == Part.Kind.RESTATE && p.words() == 1) {
          return; // "=." stays a (bad) restatement; resolution reports it
        }
        p.removeLastWord();
        int newEnd = p.nameEnd();
        parts.add(k + 1, part(Part.Kind.SPACE, newEnd, lastStart));
        parts.add(k + 2, part(Part.Kind.END, lastStart, end));
        p.end = newEnd;
        return;
      }
      p.setWordEnd(lastWord, cut);
      p.end = cut;
      parts.add(k + 1, part(Part.Kind.END, cut, end));
    }

    private boolean isOpen(Part p) {
      char c = s.charAt(p.start);
      return c == '(' || c == '[' || c == '（' || c == '［';
    }

    /**
     * NAME SEP NAME where the whole is a registry name ({@code Mail & Guardian}) becomes one NAME; the
     * same for a restatement ({@code =Radio Free Europe/Radio Liberty}).
     */
    private void joinNames() {
      // in place: the part kept at w is read at k >= w, and what is read later lies beyond k
      int w = 0;
      int k = 0;
      while (k < parts.size()) {
        Part a = parts.get(k);
        parts.set(w++, a);
        k++;
        if ((a.kind != Part.Kind.NAME && a.kind != Part.Kind.RESTATE) || a.url) {
          continue;
        }
        while (true) {
          int sep = nextSignificant(k);
          if (sep < 0 || parts.get(sep).kind != Part.Kind.SEP || !joinable(parts.get(sep))) {
            break;
          }
          int b = nextSignificant(sep + 1);
          if (b < 0 || parts.get(b).kind != Part.Kind.NAME || parts.get(b).url) {
            break;
          }
          Part bp = parts.get(b);
          if (bp.nameEnd() - a.nameStart() > 200) {
            break;
          }
          if (names.name(s, a.nameStart(), bp.nameEnd()) == null) {
            break; // not a name or alias (a domain does not join)
          }
          a.addWords(bp, 0, bp.words());
          a.end = bp.end;
          k = b + 1;
        }
      }
      if (w < parts.size()) {
        parts.subList(w, parts.size()).clear();
      }
    }

    private boolean joinable(Part sep) {
      if (sep.isAnd) {
        return true;
      }
      char c = s.charAt(sep.start);
      return c == '&' || c == '＆' || c == '/' || c == '／' || c == '+' || c == '＋' || c == '|';
    }

    private int nextSignificant(int from) {
      for (int k = from; k < parts.size() && k <= from + 1; k++) {
        if (parts.get(k).kind != Part.Kind.SPACE) {
          return k;
        }
      }
      return -1;
    }

    /**
     * Whether {@code registry.resolveExact} finds {@code s[start, end)}: a name or alias, else a
     * domain, which needs a {@code .} in the key and so a {@code .} or a non-ASCII character in the
     * text.
     */
    private boolean resolvesExactly(int start, int end) {
      for (int k = start; k < end; k++) {
        char c = s.charAt(k);
        if (c == '.' || c >= 0x80) {
          return registry.resolveExact(s.substring(start, end)).isPresent();
        }
      }
      return names.name(s, start, end) != null;
    }

    /** A NAME that is not a registry name but is a run of registry names ({@code The Guardian Reuters}) is split. */
    private void splitNames() {
      List<Part> out = null; // made at the first part that splits
      for (int k = 0; k < parts.size(); k++) {
        Part p = parts.get(k);
        List<Part> pieces = split(p);
        if (pieces == null) {
          if (out != null) {
            out.add(p);
          }
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(parts.size() + 8);
          out.addAll(parts.subList(0, k));
        }
        for (int q = 0; q < pieces.size(); q++) {
          if (q > 0) {
            out.add(part(Part.Kind.SPACE, pieces.get(q - 1).end, pieces.get(q).start));
          }
          out.add(pieces.get(q));
        }
      }
      if (out != null) {
        parts = out;
      }
    }

    /**
     * The registry names a NAME part splits into completely, fewest pieces first; null if none or
     * one, or if the part as a whole is a registry name or a link to one. The split is looked for
     * first: most parts, prose above all, have none, and then the whole needs no look-up.
     */
    private List<Part> split(Part p) {
      if (p.kind != Part.Kind.NAME || p.url || p.words() < 2 || p.words() > MAX_SEGMENT_WORDS) {
        return null;
      }
      int m = p.words();
      int maxW = registry.maxNameWords();
      if (scratch.best == null) {
        scratch.best = new int[MAX_SEGMENT_WORDS + 1];
        scratch.from = new int[MAX_SEGMENT_WORDS + 1];
      }
      int[] best = scratch.best; // only [0, m] is read, each from[j] only once best[j] is set
      int[] from = scratch.from;
      java.util.Arrays.fill(best, 0, m + 1, Integer.MAX_VALUE);
      best[0] = 0;
      int reached = 0; // the last word boundary a run of names reaches
      for (int j = 1; j <= m && j - reached <= maxW; j++) {
        for (int a = Math.max(0, j - maxW); a < j; a++) {
          if (best[a] == Integer.MAX_VALUE || best[a] + 1 >= best[j]) {
            continue;
          }
          if (nameOf(p, p.wordStart(a), p.wordEnd(j - 1)) != null) {
            best[j] = best[a] + 1;
            from[j] = a;
            reached = j;
          }
        }
      }
      if (best[m] == Integer.MAX_VALUE || best[m] < 2) {
        return null;
      }
      if (p.linkTarget != null && registry.resolveHost(p.linkTarget).isPresent()) {
        return null; // the link's host names the source
      }
      if (resolvesExactly(p.nameStart(), p.nameEnd())) {
        return null;
      }
      List<Part> pieces = new ArrayList<>();
      int j = m;
      while (j > 0) {
        int a = from[j];
        Part piece = part(Part.Kind.NAME, p.wordStart(a), p.wordEnd(j - 1));
        piece.addWords(p, a, j);
        pieces.add(piece);
        j = a;
      }
      java.util.Collections.reverse(pieces);
      return pieces;
    }

    // ---- parts to result -----------------------------------------------------------------------

    private NotationResult build() {
      List<NotationEntry> entries = scratch.entries; // copied by the result
      List<SourceMention> restatements = scratch.restatements;
      SourceSet listed = scratch.listed; // emptied when the scratch is released
      OptionalInt total = OptionalInt.empty();
      boolean linkChip = false;
      boolean chipSyntax = false;
      boolean prevSep = true; // at start, a separator is an empty item
      Part lastSep = null;
      boolean lastSepAfterComma = false;
      Part[] runNames = scratch.runNames; // the names of one chip run
      SourceMention[] runMentions = scratch.runMentions; // and their mentions

      for (int k = 0; k < parts.size(); k++) {
        Part p = parts.get(k);
        switch (p.kind) {
          case NAME -> {
            // gather a chip run: NAME [SPACE] COUNT, glued NAME COUNT (same N) ..., up to three names
            int size = 0;
            runNames[size++] = p;
            int countIdx = countAfter(k);
            Part count = countIdx >= 0 ? parts.get(countIdx) : null;
            int endIdx = countIdx >= 0 ? countIdx : k;
            Part lastCount = count;
            while (count != null && !lastCount.phrase) {
              int nk = endIdx + 1;
              if (nk >= parts.size() || parts.get(nk).kind != Part.Kind.NAME || parts.get(nk).start != lastCount.end) {
                break;
              }
              int nc = countAfter(nk);
              if (nc < 0 || parts.get(nc).value != count.value || parts.get(nc).phrase || size >= 3
                  || startsWithDigit(parts.get(nk))) {
                break; // a name starting with a digit cannot be glued after +N unambiguously
              }
              runNames[size++] = parts.get(nk);
              endIdx = nc;
              lastCount = parts.get(nc);
            }
            int found = 0;
            for (int q = 0; q < size; q++) {
              SourceMention m = mention(runNames[q]);
              if (m != null) {
                if (!listed.add(m.source())) {
                  diagnostics.add(new Diagnostic(Severity.INFO, "duplicate-source",
                      m.source().name() + " is named more than once; counted once", m.span()));
                }
                runMentions[found++] = m;
                linkChip |= runNames[q].linkTarget != null;
              }
            }
            int n = count == null ? 0 : (int) count.value;
            int unnamed;
            if (size > 1) {
              unnamed = Math.max(0, n + 1 - size);
              if (size > n + 1) {
                warn("chip-run-overflow", size + " names share '+" + n + "', which means " + (n + 1)
                    + " sources in all", p.start, parts.get(endIdx).end);
              }
            } else {
              unnamed = n;
            }
            if (count != null && n == 0) {
              warn("zero-count", "'+0' adds no sources", count.start, count.end);
            }
            chipSyntax |= count != null;
            if (found == 0 && n == 0) {
              k = endIdx;
              prevSep = false;
              continue;
            }
            entries.add(new NotationEntry(listOf(runMentions, found), n, unnamed,
                Span.of(p.nameStart(), parts.get(endIdx).end)));
            k = endIdx;
            prevSep = false;
          }
          case COUNT -> {
            if (p.value == 0) {
              warn("zero-count", "'" + text(p) + "' adds no sources", p.start, p.end);
            } else {
              entries.add(new NotationEntry(List.of(), (int) p.value, (int) p.value, Span.of(p.start, p.end)));
            }
            prevSep = false;
          }
          case SEP -> {
            boolean oxford = p.isAnd && lastSep != null && prevSep && lastSepAfterComma;
            if (prevSep && !oxford) {
              warn("empty-item", "nothing between separators", p.start, p.end);
            }
            lastSepAfterComma = !p.isAnd && (s.charAt(p.start) == ',' || s.charAt(p.start) == '，');
            lastSep = p;
            prevSep = true;
          }
          case RESTATE -> {
            SourceMention m = mention(p);
            if (m != null) {
              if (!listed.contains(m.source())) {
                warn("restated-unlisted", "'" + text(p) + "' restates " + m.source().name()
                    + ", which is not listed before it", p.start, p.end);
                listed.add(m.source());
              }
              restatements.add(m);
            }
            prevSep = false;
          }
          case TOTAL -> {
            if (total.isPresent()) {
              warn("duplicate-total", "a second total '" + text(p) + "'; the first one counts", p.start, p.end);
            } else {
              total = OptionalInt.of((int) p.value);
            }
            prevSep = false;
          }
          case END, UNRECOGNIZED -> prevSep = false;
          default -> { }
        }
      }
      if (prevSep && lastSep != null) {
        warn("dangling-separator", "a separator with nothing after it", lastSep.start, lastSep.end);
      }
      if (total.isPresent() && total.getAsInt() != listed.size()) {
        Part t = parts.stream().filter(q -> q.kind == Part.Kind.TOTAL).findFirst().orElseThrow();
        warn("total-mismatch", "'" + text(t) + "' declares " + total.getAsInt() + " distinct named sources, but "
            + listed.size() + " are named", t.start, t.end);
      }
      List<Token> tokens = eager != null ? TokenList.deferred(s, tokenKinds(), retokenize) : tokens();
      if (diagnostics.size() > 1) {
        diagnostics.sort(BY_SPAN);
      }
      Verdict verdict = verdict(entries, total.isPresent() || !restatements.isEmpty(), chipSyntax, linkChip);
      return new NotationResult(s, tokens, entries, restatements, total, diagnostics, verdict);
    }

    /**
     * The first {@code n} (at most three) mentions as an unmodifiable list, which {@link
     * NotationEntry} keeps without copying it.
     */
    private static List<SourceMention> listOf(SourceMention[] m, int n) {
      return switch (n) {
        case 0 -> List.of();
        case 1 -> List.of(m[0]);
        case 2 -> List.of(m[0], m[1]);
        default -> List.of(m[0], m[1], m[2]);
      };
    }

    /** The {@code +N} count right after the NAME at k (one space allowed), or -1. */
    private int countAfter(int k) {
      int c = k + 1;
      if (c < parts.size() && parts.get(c).kind == Part.Kind.SPACE) {
        c++;
      }
      return c < parts.size() && parts.get(c).kind == Part.Kind.COUNT && isPlusStart(parts.get(c)) ? c : -1;
    }

    private boolean isPlusStart(Part p) {
      return NotationLexer.isPlus(s.codePointAt(p.start));
    }

    private SourceMention mention(Part p) {
      int start = p.nameStart();
      int end = p.nameEnd();
      String written = p.written(s, start, end); // made already if the prose check read the name
      Span span = Span.of(start, end);
      Resolution r = null; // null for none: no Optional per name
      if (p.linkTarget != null && !Names.hasHiddenCharacters(p.linkTarget)) {
        r = registry.resolveHost(p.linkTarget).orElse(null); // a target hiding characters is ignored: the text decides
      }
      // the name index never finds a name hiding characters: only the other answers are checked
      boolean check = true;
      if (r == null) {
        if (p.url) {
          r = registry.resolveHost(written).orElse(null);
        } else {
          r = nameOf(p, start, end);
          check = r == null;
          if (r == null) {
            r = resolveFully(written).orElse(null);
          }
        }
      }
      if (r != null && check && Names.hasHiddenCharacters(p.url ? rawHost(written) : written)) {
        // a URL or link hiding invisible characters is a look-alike, never the real source
        String shown = p.url ? showHiddenUrl(written) : showHidden(written);
        diagnostics.add(new Diagnostic(Severity.WARNING, "confusable-name", "'" + shown
            + "' looks like " + r.source().name() + " but is not the same text (contains invisible or bidi "
            + "control characters); kept as an unknown source", span));
        return new SourceMention(written, span, Source.unknown(shown), Match.CONFUSABLE);
      }
      if (r != null) {
        Match match = r.match();
        if (match.kind() == MatchKind.FUZZY) {
          diagnostics.add(new Diagnostic(Severity.INFO, "fuzzy-match", "'" + Names.display(written)
              + "' read as " + r.source().name() + " (similarity " + String.format(Locale.ROOT, "%.2f",
              match.score()) + ")", span));
        }
        return new SourceMention(written, span, r.source(), match);
      }
      Unknown u = unknown(written, p.url);
      Optional<Confusable> fake = u.fake();
      if (fake.isPresent() && !u.noName()) {
        diagnostics.add(new Diagnostic(Severity.WARNING, "confusable-name", "'" + showHidden(written) + "' looks like "
            + fake.get().lookalike().name() + " but is not the same text (" + fake.get().reason()
            + "); kept as an unknown source", span));
        return new SourceMention(written, span, Source.unknown(showHidden(written)), Match.CONFUSABLE);
      }
      if (u.noName()) {
        p.kind = Part.Kind.UNRECOGNIZED;
        p.code = "not-a-name";
        diagnostics.add(new Diagnostic(Severity.WARNING, "not-a-name", "'" + written + "' has no letters or digits",
            span));
        return null;
      }
      diagnostics.add(new Diagnostic(strict ? Severity.WARNING : Severity.INFO, "unresolved-name",
          "'" + u.display() + "' is not in the registry; kept as an unknown source", span));
      return new SourceMention(written, span, u.source(), Match.UNRESOLVED);
    }

    /**
     * What a name the registry does not know gives, by its text, worked out once per parse; URLs apart,
     * as their answers differ (no look-alike check, shown as a URL).
     */
    private Map<String, Unknown> unknownNames;
    private Map<String, Unknown> unknownUrls;

    private Unknown unknown(String written, boolean url) {
      Map<String, Unknown> unknowns = url ? unknownUrls : unknownNames;
      if (unknowns == null) {
        unknowns = new HashMap<>();
        if (url) {
          unknownUrls = unknowns;
        } else {
          unknownNames = unknowns;
        }
      }
      Unknown u = unknowns.get(written);
      if (u == null) {
        // the unknown source keeps the name as written (less invisible characters), so that writing it
        // back in canonical form reads the same way; a name hiding characters keeps them visible
        // ({U200B}), so that written back it cannot read as another name (a registry name, or a run of them)
        String display = Names.hasHiddenCharacters(written) ? (url ? showHiddenUrl(written) : showHidden(written))
            : stripFinalStops(Names.display(written));
        Optional<Confusable> fake = url ? Optional.empty() : registry.confusable(written);
        boolean noName = cleanName(written).isEmpty();
        u = new Unknown(display, fake, noName, noName ? null : Source.unknown(display)); // no letter, no source
        unknowns.put(written, u);
      }
      return u;
    }

    /**
     * {@code registry.resolveExact(written)} in strict mode, else {@code registry.resolve(written)};
     * both give a name or alias when there is one, which {@link #names} finds without a key.
     */
    private Optional<Resolution> resolve(Part p, String written) {
      Resolution name = nameOf(p, p.nameStart(), p.nameEnd()); // written is that range
      if (name != null) {
        return Optional.of(name);
      }
      return resolveFully(written);
    }

    /** {@link #resolve} of a name the index does not know. */
    private Optional<Resolution> resolveFully(String written) {
      return strict ? registry.resolveExact(written) : registry.resolve(written);
    }

    /**
     * {@link NameIndex#name} of {@code s[start, end)}, a range of the NAME or RESTATE part p: the
     * whole name's answer is remembered in the part, since {@link #split} and {@link #mention} both
     * ask for it.
     */
    private Resolution nameOf(Part p, int start, int end) {
      boolean whole = p.words() > 0 && start == p.wordStart(0) && end == p.wordEnd(p.words() - 1);
      if (whole && p.looked()) {
        return p.lookedUp();
      }
      Resolution r = names.name(s, start, end);
      if (whole) {
        p.lookedUp(r);
      }
      return r;
    }

    /** The parts as tokens, with UNRECOGNIZED ones for the text between them; made on demand. */
    private List<Token> tokens() {
      int count = 0;
      int at = 0;
      for (Part p : parts) {
        count += (p.start > at ? 1 : 0) + (p.end > p.start ? 1 : 0);
        at = Math.max(at, p.end);
      }
      TokenList.Builder out = new TokenList.Builder(s, at < s.length() ? count + 1 : count);
      at = 0;
      for (Part p : parts) {
        if (p.start > at) {
          out.add(TokenKind.UNRECOGNIZED, at, p.start);
        }
        if (p.end > p.start) {
          out.add(kindOf(p), p.start, p.end);
        }
        at = Math.max(at, p.end);
      }
      if (at < s.length()) {
        out.add(TokenKind.UNRECOGNIZED, at, s.length());
      }
      return out.build();
    }

    /** Bit {@code kind.ordinal()} set for each kind {@link #tokens} would give, without making them. */
    private int tokenKinds() {
      int mask = 0;
      int at = 0;
      for (int k = 0, n = parts.size(); k < n; k++) {
        Part p = parts.get(k);
        if (p.start > at) {
          mask |= 1 << TokenKind.UNRECOGNIZED.ordinal();
        }
        if (p.end > p.start) {
          mask |= 1 << kindOf(p).ordinal();
        }
        at = Math.max(at, p.end);
      }
      if (at < s.length()) {
        mask |= 1 << TokenKind.UNRECOGNIZED.ordinal();
      }
      return mask;
    }

    private TokenKind kindOf(Part p) {
      return switch (p.kind) {
        case NAME -> TokenKind.NAME;
        case COUNT -> TokenKind.COUNT;
        case SEP -> TokenKind.SEPARATOR;
        case RESTATE -> TokenKind.RESTATEMENT;
        case TOTAL -> TokenKind.TOTAL;
        case WRAPPER -> TokenKind.WRAPPER;
        case LINK_TARGET -> TokenKind.LINK_TARGET;
        case LEAD_IN -> TokenKind.LEAD_IN;
        case END -> TokenKind.END;
        case SPACE -> TokenKind.SPACE;
        case UNRECOGNIZED -> TokenKind.UNRECOGNIZED;
      };
    }

    // ---- verdict ---------------------------------------------------------------------------------

    private Verdict verdict(List<NotationEntry> entries, boolean totalSyntax, boolean chipSyntax, boolean linkChip) {
      int names = 0;
      int known = 0;
      int places = 0;
      int people = 0;
      int prose = 0;
      for (int k = 0; k < entries.size(); k++) {
        List<SourceMention> mentions = entries.get(k).mentions();
        for (int q = 0; q < mentions.size(); q++) {
          SourceMention m = mentions.get(q);
          names++;
          if (m.match().isResolved()) {
            known++;
            continue;
          }
          String key = Names.normalize(m.text());
          String[] words = key.split(" ");
          if (lexicon.isPlace(key)) {
            places++;
          } else if (looksLikeProse(m.text(), words.length)) {
            prose++;
          } else if (words.length >= 2 && words.length <= 3 && lexicon.isFirstName(words[0])
              && Character.isUpperCase(Names.display(m.text()).codePointAt(0))) {
            people++;
          }
        }
      }
      boolean syntax = chipSyntax || totalSyntax || leadIn || linkChip;
      int reasonIndex = linkChip ? 0 : chipSyntax ? 1 : totalSyntax ? 2 : 3;
      String syntaxReason = SYNTAX_REASONS[reasonIndex];
      if (names == 0) {
        boolean counts = !entries.isEmpty();
        return new Verdict(counts && syntax, counts ? "counts-only" : "no-names",
            counts ? "only unnamed-source counts" : "no source names found");
      }
      if (prose > 0) {
        return new Verdict(false, "prose", prose + " of " + names + " items read as prose, not names");
      }
      if (places + people > 0 && (known == 0 || (!syntax && places + people >= known))) {
        return places >= people
            ? new Verdict(false, "places", places + " of " + names + " items are places, not outlets")
            : new Verdict(false, "people", people + " of " + names + " items are people's names, not outlets");
      }
      if (syntax) {
        return names < SYNTAX_VERDICTS[reasonIndex].length ? SYNTAX_VERDICTS[reasonIndex][names][known]
            : new Verdict(true, syntaxReason, syntaxText(syntaxReason, known, names));
      }
      if (known == names) {
        return names < ALL_KNOWN.length ? ALL_KNOWN[names] : allKnown(names);
      }
      if (known > 0 && known * 2 >= names) {
        return new Verdict(true, "mostly-known", known + " of " + names + " names are known sources");
      }
      return new Verdict(false, "unknown-names", "only " + known + " of " + names + " names are known sources");
    }

    /**
     * Whether some NAME part would become an unresolved mention that {@link #verdict} counts as
     * prose. Runs before {@link #splitNames}: a part that {@link #split} would cut into registry
     * names becomes resolved pieces, so it counts only if it does not split; every other NAME part is
     * mentioned by {@link #build} as it is. Decides the same way {@link #mention} and {@link #verdict}
     * do, cheapest test first, and stops at the first prose item.
     */
    private boolean anyNameReadsAsProse() {
      for (int i = 0, n = parts.size(); i < n; i++) { // by index: no iterator per read
        Part p = parts.get(i);
        if (p.kind != Part.Kind.NAME) {
          continue;
        }
        int start = p.nameStart();
        int end = p.nameEnd();
        int words = asciiKeyWords(s, start, end); // in place: the key is made only if it is needed
        if (words >= 0 && words < 2) {
          continue; // a name of one word never reads as prose: not even its text is made
        }
        String written = p.written(s, start, end);
        String key = words < 0 ? Names.normalize(written) : null;
        if (!looksLikeProse(written, words < 0 ? splitCount(key) : words)) {
          continue;
        }
        if (lexicon.isPlace(key != null ? key : Names.normalize(written))) {
          continue;
        }
        Optional<Resolution> r = Optional.empty();
        if (p.linkTarget != null && !Names.hasHiddenCharacters(p.linkTarget)) {
          r = registry.resolveHost(p.linkTarget);
        }
        if (r.isEmpty()) {
          r = p.url ? registry.resolveHost(written) : resolve(p, written);
        }
        boolean unresolvedMention = r.isPresent() ? Names.hasHiddenCharacters(written) : !cleanName(written).isEmpty();
        if (unresolvedMention && split(p) == null) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a name of {@code normalizedWords} words ({@code key.split(" ").length} of its normalized
     * form) reads as prose: more than six words, or a word of its display form starting lowercase that
     * is not a particle. Walks the display form's words in place instead of splitting it.
     */
    private boolean looksLikeProse(String written, int normalizedWords) {
      if (normalizedWords > 6) {
        return true;
      }
      if (normalizedWords < 2) {
        return false;
      }
      String d = Names.display(written);
      int n = d.length();
      for (int a = 0; a < n; ) {
        int b = d.indexOf(' ', a);
        if (b < 0) {
          b = n;
        }
        if (b > a && Character.isLowerCase(d.codePointAt(a))
            && !PARTICLES.contains(d.substring(a, b).toLowerCase(Locale.ROOT))) {
          return true;
        }
        a = b + 1;
      }
      return false;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void warn(String code, String message, int start, int end) {
      diagnostics.add(new Diagnostic(Severity.WARNING, code, message, Span.of(start, end)));
    }

    private String text(int lexeme) {
      return s.substring(lx.start(lexeme), lx.end(lexeme));
    }

    private String text(Part p) {
      return s.substring(p.start, p.end);
    }

    private String lower(int start, int end) {
      return Names.normalize(s.substring(start, end));
    }
  }

  /**
   * {@code splitCount(Names.normalize(s.substring(from, to)))} for ASCII text, without making the
   * key; -1 for text that is not ASCII. On ASCII the key runs from the first to the last letter or
   * digit, drops control characters and makes each run of white space one space: so its words are
   * one more than the runs of white space and controls, holding some white space, between them.
   */
  static int asciiKeyWords(String s, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      if (NotationLexer.isAsciiLetterOrDigit(c)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    int words = 1;
    boolean inGap = false;
    for (int i = first + 1; first >= 0 && i < last; i++) {
      char c = s.charAt(i);
      boolean space = KeyBuffer.isAsciiSpace(c);
      boolean control = KeyBuffer.isAsciiControl(c);
      if (space && !inGap) {
        words++;
        inGap = true;
      } else if (!space && !control) {
        inGap = false;
      }
    }
    return words;
  }

  /**
   * {@code text.split(" ").length} without making the pieces: the pieces between single spaces, less
   * the empty ones at the end; a text without a space is one piece, even when empty.
   *
   * @param text any string
   * @return the number of pieces {@link String#split} would give
   */
  static int splitCount(String text) {
    int spaces = 0;
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      spaces++;
    }
    if (spaces == 0) {
      return 1;
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end == 0 ? 0 : spaces + 1 - (text.length() - end);
  }

  /**
   * Whether text written at the start of a notation would be read as a lead-in.
   *
   * @param text the start of a notation
   * @return true if it begins with a lead-in phrase
   */
  public static boolean startsWithLeadIn(String text) {
    String t = Names.normalize(text);
    for (String l : LEAD_INS_NEEDING_COLON) {
      if (t.startsWith(l + ":")) {
        return true;
      }
    }
    for (String l : LEAD_INS) {
      if ((t.startsWith(l + " ") && t.length() > l.length() + 1) || t.startsWith(l + ":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A look-alike's name with its invisible characters made visible ({@code Reu{U200B}ters}), so the
   * unknown source it becomes can never display as, or be written back as, the real name.
   */
  static String showHidden(String written) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < written.length(); ) {
      int cp = written.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(cp)) {
        sb.append(String.format(Locale.ROOT, "{U%04X}", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return stripFinalStops(Names.display(sb.toString()));
  }

  /**
   * {@link #showHidden} for a URL: invisible characters inside its {@code http://}, {@code https://}
   * or {@code www.} are dropped, as the lexer skips them there ({@code h\u200Bttps://...} is a URL),
   * so that the name written back still reads as a URL; those after it are made visible.
   */
  static String showHiddenUrl(String url) {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < url.length() && head.length() <= 8; ) {
      int cp = url.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (!(type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(cp))) {
        head.appendCodePoint(cp);
      }
      String h = head.toString().toLowerCase(Locale.ROOT);
      if (h.equals("http://") || h.equals("https://") || h.equals("www.")) {
        return showHidden(head + url.substring(i));
      }
    }
    return showHidden(url);
  }

  /**
   * The host part of a URL as written, invisible characters included: only hidden characters in the
   * host make a look-alike ({@code apn\u200Bews.com}); one in the scheme does not change the site.
   */
  static String rawHost(String url) {
    int slashes = url.indexOf("//");
    int from = slashes < 0 ? 0 : slashes + 2;
    int to = from;
    while (to < url.length() && "/?#".indexOf(url.charAt(to)) < 0) {
      to++;
    }
    return url.substring(from, to);
  }

  /** Without trailing full stops, which a name loses anyway when it ends the notation (END). */
  static String stripFinalStops(String name) {
    int e = name.length();
    while (e > 0 && (".…。".indexOf(name.charAt(e - 1)) >= 0 || name.charAt(e - 1) == ' ')) {
      e--;
    }
    return name.substring(0, e);
  }

  /** The display form of an unknown name: visible text without edge punctuation. */
  static String cleanName(String written) {
    String d = Names.display(written);
    int a = 0;
    int b = d.length();
    while (a < b && !Character.isLetterOrDigit(d.codePointAt(a))) {
      a += Character.charCount(d.codePointAt(a));
    }
    while (b > a && !Character.isLetterOrDigit(d.codePointBefore(b))) {
      b -= Character.charCount(d.codePointBefore(b));
    }
    return d.substring(a, b);
  }

  /**
   * The sources listed so far in one notation: a set by {@code equals}, kept in a list while small,
   * since hashing a {@link Source} hashes all its names and domains; a hash set beyond that.
   */
  /**
   * What an unknown name gives: its display form, the registry name it imitates if any, whether it has
   * no letter or digit, and its ad-hoc source (null when it has none).
   */
  private record Unknown(String display, Optional<Confusable> fake, boolean noName, Source source) {}

  private static final class SourceSet {
    private static final int SMALL = 8;
    /** The first sources, in the order added; made at the first. */
    private Source[] small;
    private int count;
    private Set<Source> large;

    boolean add(Source source) {
      if (large != null) {
        return large.add(source);
      }
      if (contains(source)) {
        return false;
      }
      if (small == null) {
        small = new Source[2]; // most notation lists one or two
      } else if (count == small.length) {
        small = java.util.Arrays.copyOf(small, Math.min(2 * count, SMALL + 1));
      }
      small[count++] = source;
      if (count > SMALL) {
        large = new HashSet<>(java.util.Arrays.asList(small).subList(0, count));
      }
      return true;
    }

    boolean contains(Source source) {
      if (large != null) {
        return large.contains(source);
      }
      for (int k = 0; k < count; k++) {
        Source x = small[k];
        if (x == source || x.id().equals(source.id()) && x.equals(source)) {
          return true;
        }
      }
      return false;
    }

    int size() {
      return large != null ? large.size() : count;
    }

    /** Empties the set for another read, keeping its small array (cleared) but not a large set. */
    void clear() {
      if (small != null) {
        java.util.Arrays.fill(small, 0, Math.min(count, small.length), null);
      }
      count = 0;
      large = null;
    }
  }
}
