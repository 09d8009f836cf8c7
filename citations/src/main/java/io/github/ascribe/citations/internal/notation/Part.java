package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.registry.Resolution;
import java.util.Arrays;

/** A structural piece of notation between lexing and the typed result; mutable, parser-private. */
final class Part {

  enum Kind { NAME, COUNT, SEP, RESTATE, TOTAL, WRAPPER, LINK_TARGET, LEAD_IN, END, SPACE, UNRECOGNIZED }

  Kind kind;
  int start;
  int end;
  long value;
  private static final int[] NO_WORDS = {};
  /**
   * For NAME and RESTATE: the word spans of the name, in order, as start and end at {@code 2k} and
   * {@code 2k + 1}; parts of other kinds have none and share an empty array.
   */
  private int[] words = NO_WORDS;
  private int wordCount;
  /** For NAME: the whole part is a URL. */
  boolean url;
  /** For NAME: the target of the markdown link the name is the text of. */
  String linkTarget;
  /** For SEP: the separator is the word {@code and} (an Oxford comma may precede it). */
  boolean isAnd;
  /** For COUNT: written as a phrase ({@code and 3 others}), not as {@code +N}. */
  boolean phrase;
  /**
   * For NAME and RESTATE, when {@link #looked}: the registry name or alias of the words from the
   * first to the last, null for none; kept so that the name is not looked up twice.
   */
  private Resolution lookedUp;
  /** Whether {@link #lookedUp} is the answer for the words as they are: any change of words clears it. */
  private boolean looked;
  /** The text of {@code [writtenStart, writtenEnd)} of the read string, made once for both passes over names. */
  private String written;
  private int writtenStart;
  private int writtenEnd;
  /** For UNRECOGNIZED: the diagnostic code and message. */
  String code;
  String message;

  Part(Kind kind, int start, int end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  /**
   * {@code s.substring(start, end)}, the same string as the last call for the same range made.
   *
   * @param s the string being read, always the same for one part
   */
  String written(String s, int start, int end) {
    String w = written;
    if (w == null || writtenStart != start || writtenEnd != end) {
      w = s.substring(start, end);
      written = w;
      writtenStart = start;
      writtenEnd = end;
    }
    return w;
  }

  /** A NAME part of one word. */
  static Part name(int start, int end) {
    Part p = new Part(Kind.NAME, start, end);
    p.addWord(start, end);
    return p;
  }

  int words() {
    return wordCount;
  }

  int wordStart(int k) {
    return words[2 * k];
  }

  int wordEnd(int k) {
    return words[2 * k + 1];
  }

  void setWordEnd(int k, int end) {
    looked = false;
    words[2 * k + 1] = end;
  }

  void addWord(int start, int end) {
    looked = false;
    if (2 * wordCount + 2 > words.length) {
      words = Arrays.copyOf(words, Math.max(4, words.length * 2));
    }
    words[2 * wordCount] = start;
    words[2 * wordCount + 1] = end;
    wordCount++;
  }

  /** Adds the words {@code [from, to)} of another part. */
  void addWords(Part other, int from, int to) {
    for (int k = from; k < to; k++) {
      addWord(other.wordStart(k), other.wordEnd(k));
    }
  }

  void removeLastWord() {
    looked = false;
    wordCount--;
  }

  void clearWords() {
    looked = false;
    wordCount = 0;
  }

  /**
   * Whether {@link #lookedUp} holds the answer for the words from the first to the last.
   *
   * @return true if it does
   */
  boolean looked() {
    return looked;
  }

  Resolution lookedUp() {
    return lookedUp;
  }

  /** Remembers the answer for the words from the first to the last, until they change. */
  void lookedUp(Resolution r) {
    lookedUp = r;
    looked = true;
  }

  int nameStart() {
    return wordCount == 0 ? start : words[0];
  }

  int nameEnd() {
    return wordCount == 0 ? end : words[2 * wordCount - 1];
  }

  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ")";
  }
}
