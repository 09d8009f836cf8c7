package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one notation parse: the text and the window read, its lexemes, the parts the stages
 * build and rework, and the diagnostics; made per call and dropped after it, never shared. Offsets
 * are into the whole text; {@link #span} makes them relative to the window, as results give them.
 */
final class NotationRead {

  /** The whole text and the window {@code [from, to)} read. */
  final String s;
  final int from;
  final int to;
  final Lexemes lx;
  /** Stop as soon as one item reads as prose (the result is then null). */
  final boolean stopAtProse;
  /** The parts, in text order, as {@link NotationGrammar} makes them and the later stages rework them. */
  List<Part> parts;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Whether the notation starts with a lead-in ({@code Sources:}, {@code via}). */
  boolean leadIn;
  /** The {@code [text](target)} links: the start of the bracket and of the target, and the target. */
  final List<Link> links = new ArrayList<>();
  /** What a name the registry does not know gives, by text; URLs apart. */
  final Map<String, MentionResolver.Unknown> unknownNames = new HashMap<>();
  final Map<String, MentionResolver.Unknown> unknownUrls = new HashMap<>();

  /** A markdown link: its bracket starts at {@code open}, its target lexeme at {@code target}. */
  record Link(int open, int target, String url) {}

  NotationRead(String s, int from, int to, Lexemes lx, boolean stopAtProse) {
    this.s = s;
    this.from = from;
    this.to = to;
    this.lx = lx;
    this.stopAtProse = stopAtProse;
    this.parts = new ArrayList<>(Math.min(lx.size() + 2, 16)); // most reads stop early or are short
  }

  /** The span of {@code [start, end)}, relative to the window. */
  Span span(int start, int end) {
    return Span.of(start - from, end - from);
  }

  void diagnose(Severity severity, String code, String message, int start, int end) {
    diagnostics.add(new Diagnostic(severity, code, message, span(start, end)));
  }

  void warn(String code, String message, int start, int end) {
    diagnose(Severity.WARNING, code, message, start, end);
  }

  String text(int start, int end) {
    return s.substring(start, end);
  }

  String text(Part p) {
    return s.substring(p.start, p.end);
  }

  /** The text of lexeme i. */
  String lexeme(int i) {
    return s.substring(lx.start(i), lx.end(i));
  }
}
