package io.github.ascribe.citations.internal.form;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Optional;

/**
 * Scanning helpers for the wire-copy forms (datelines, credit lines, bylines, photo credits): dash
 * runs, news-agency names, capitalised words, and the note for text that is skipped. Stateless.
 */
public final class WireText {

  /** Quoted text in a note is cut to this many characters. */
  private static final int QUOTE = 60;

  private WireText() {}

  /**
   * Whether a character is a dash of any kind ({@code -}, {@code –}, {@code —}, {@code ‒} ...).
   *
   * @param c a character
   * @return true for a dash
   */
  public static boolean isDash(char c) {
    return c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  /**
   * The end of a run of one to three dashes at {@code k}.
   *
   * @param s the text
   * @param k where the run should start
   * @param end where to stop
   * @return the index past the run, or -1 if there is no run of one to three dashes
   */
  public static int dashRun(String s, int k, int end) {
    int i = k;
    while (i < end && isDash(s.charAt(i))) {
      i++;
    }
    return i == k || i - k > 3 ? -1 : i;
  }

  /**
   * Skips blanks.
   *
   * @param s the text
   * @param k where to start
   * @param end where to stop
   * @return the first index at or after {@code k} that is not blank, or {@code end}
   */
  public static int skipBlanks(String s, int k, int end) {
    while (k < end && TextScan.isBlank(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * A mention of a media source (outlet or agency) written at {@code s[from, to)}, trimmed.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @param registry the registry
   * @return the mention, if the registry knows the name exactly as a media source
   */
  public static Optional<SourceMention> media(String s, int from, int to, SourceRegistry registry) {
    while (from < to && TextScan.isBlank(s.charAt(from))) {
      from++;
    }
    to = TextScan.trimEnd(s, from, to);
    if (from >= to || to - from > 60) {
      return Optional.empty();
    }
    String name = s.substring(from, to);
    Optional<Resolution> r = registry.resolveExact(name);
    if (r.isEmpty() || !r.get().source().isMedia()) {
      return Optional.empty();
    }
    return Optional.of(new SourceMention(name, Span.of(from, to), r.get().source(), r.get().match()));
  }

  /**
   * Whether the word starting at {@code k} is capitalised or written in capitals (a name, not a
   * sentence's lower-case word).
   *
   * @param s the text
   * @param k the word's first index
   * @return true if its first character is an upper-case or title-case letter
   */
  public static boolean isCapitalised(String s, int k) {
    int c = s.codePointAt(k);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * The note for text that is not a claim: a byline, a photo credit, a credit line, page text.
   *
   * @param text the article
   * @param span what is skipped
   * @param what what kind of text it is ("page text", "a byline" ...)
   * @return an {@code INFO} diagnostic {@code skipped-text}
   */
  public static Diagnostic skipped(String text, Span span, String what) {
    String quoted = span.text(text);
    if (quoted.length() > QUOTE) {
      int cut = Character.isHighSurrogate(quoted.charAt(QUOTE - 1)) ? QUOTE - 1 : QUOTE;
      quoted = quoted.substring(0, cut) + "…";
    }
    return new Diagnostic(Severity.INFO, "skipped-text", "\"" + quoted + "\" is " + what + ", not a claim", span);
  }

  /**
   * Where {@code word} (lower-case ASCII) first stands in {@code s[from, to)}, in any case, without
   * copying the text; -1 if it does not. Only where the first character matches, as {@link
   * String#regionMatches(boolean, int, String, int, int)} compares it, is the rest compared.
   *
   * @param s the text
   * @param word what to look for
   * @param from first index
   * @param to index past the last
   * @return its index, or -1
   */
  public static int indexOfIgnoreCase(String s, String word, int from, int to) {
    char first = word.charAt(0);
    for (int i = from; i + word.length() <= to; i++) {
      char c = s.charAt(i);
      boolean firstMatches = c == first || Character.toLowerCase(Character.toUpperCase(c)) == first;
      if (firstMatches && s.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s[from, to)} starts with {@code word} (lower-case ASCII), in any case.
   *
   * @param s the text
   * @param word the start
   * @param from first index
   * @param to index past the last
   * @return true if it does
   */
  public static boolean startsWithIgnoreCase(String s, String word, int from, int to) {
    return to - from >= word.length() && s.regionMatches(true, from, word, 0, word.length());
  }

  /**
   * Whether {@code s[from, to)} ends with {@code word} (lower-case ASCII), in any case.
   *
   * @param s the text
   * @param word the end
   * @param from first index
   * @param to index past the last
   * @return true if it does
   */
  public static boolean endsWithIgnoreCase(String s, String word, int from, int to) {
    return to - from >= word.length() && s.regionMatches(true, to - word.length(), word, 0, word.length());
  }
}
