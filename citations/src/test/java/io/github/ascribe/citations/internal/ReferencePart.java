package io.github.ascribe.citations.internal;

import java.util.ArrayList;
import java.util.List;

/** A structural piece of notation between lexing and the typed result; mutable, parser-private. */
final class ReferencePart {

  enum Kind { NAME, COUNT, SEP, RESTATE, TOTAL, WRAPPER, LINK_TARGET, LEAD_IN, END, SPACE, UNRECOGNIZED }

  Kind kind;
  int start;
  int end;
  long value;
  /** For NAME and RESTATE: the word spans ({start, end}) of the name, in order. */
  final List<int[]> words = new ArrayList<>();
  /** For NAME: the whole part is a URL. */
  boolean url;
  /** For NAME: the target of the markdown link the name is the text of. */
  String linkTarget;
  /** For SEP: the separator is the word {@code and} (an Oxford comma may precede it). */
  boolean isAnd;
  /** For COUNT: written as a phrase ({@code and 3 others}), not as {@code +N}. */
  boolean phrase;
  /** For UNRECOGNIZED: the diagnostic code and message. */
  String code;
  String message;

  ReferencePart(Kind kind, int start, int end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  static ReferencePart name(int start, int end) {
    ReferencePart p = new ReferencePart(Kind.NAME, start, end);
    p.words.add(new int[] {start, end});
    return p;
  }

  int nameStart() {
    return words.isEmpty() ? start : words.get(0)[0];
  }

  int nameEnd() {
    return words.isEmpty() ? end : words.get(words.size() - 1)[1];
  }

  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ")";
  }
}
