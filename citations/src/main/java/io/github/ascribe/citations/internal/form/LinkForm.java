package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.LinkAddress;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A link ending a sentence: {@code [text](url)}, {@code ([text](url))}, {@code (https://...)}. The
 * bracketed text is read as notation; without a name there, the address's host is the source. The
 * rule is {@code link-markdown} when the text names a registry source by itself, else {@code
 * link-url}. A link whose text holds a count ({@code [espn +3](...)}) is a chip. Immutable and
 * thread-safe.
 */
public final class LinkForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.LINK;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE_END;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.URL);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int e = TextScan.trimEnd(s, from, in.range().end());
    if (e <= from) {
      return List.of();
    }
    int at = TextScan.beforeStop(s, from, e);
    int start = start(s, from, at);
    if (start < 0) {
      return List.of();
    }
    Span span = Span.of(start, e);
    if (CountCues.mayHoldCount(s, start, at)) {
      boolean wrapped = s.charAt(start) == '(';
      NotationResult r = in.notation(start + (wrapped ? 1 : 0), at - (wrapped ? 1 : 0));
      if (Readings.counted(r)) {
        return List.of(NotationHits.chip(in, span));
      }
    }
    String text = span.text(s);
    int inner = innerStart(s, start, at);
    if (inner > start) {
      text = s.substring(inner, at - 1); // "[[7](url)]": the link inside the brackets
    }
    boolean wrapped = text.startsWith("(") && text.endsWith(")") && text.length() > 2 && text.charAt(1) == '[';
    int shift = wrapped ? 1 : 0;
    int base = inner > start ? inner : start;
    NotationResult r = inner > start ? in.notation(inner, at - 1) : in.notation(start + shift, e - shift);
    if (Readings.any(r)) {
      // spec: the rule says where the source came from: the link's text, else its address
      String rule = textNamesASource(in, base, at) ? "link-markdown" : "link-url";
      return List.of(NotationHits.of(AttributionForm.LINK, rule, r, base + shift, span, Reach.SENTENCE));
    }
    if (inner > start) {
      start = inner;
    }
    // spec: no name in the brackets: the address's host names the source
    int open = text.lastIndexOf('(');
    String url = text.substring(open + 1, text.length() - 1).replace(")", "");
    for (int k = 0; k < url.length(); k++) {
      if (Character.isWhitespace(url.charAt(k))) {
        url = url.substring(0, k); // spec: a title after the address is not part of it
        break;
      }
    }
    Optional<LinkAddress> address = LinkAddress.of(url);
    Optional<Resolution> res = address.flatMap(a -> a.source(in.registry()));
    if (res.isEmpty()) {
      // spec: no host, or the answer engine's own page: a link that names no source
      return List.of(Recognized.of(AttributionForm.LINK, "link-url", span, List.of(), Reach.NONE));
    }
    Span target = Span.of(start + open + 1, start + open + 1 + url.length());
    return List.of(Recognized.of(AttributionForm.LINK, "link-url", span,
        List.of(new SourceMention(target.text(s), target, res.get().source(), res.get().match())), Reach.SENTENCE)
        .notAntecedent());
  }

  /**
   * Whether the link starting at {@code start} has a text ({@code [text](url)}) that names a registry
   * source by itself: {@code [Reuters](…)}, {@code [politico.eu](…)}, but not {@code [here](…)} or
   * {@code [statement](…)}, whose source is the address's host alone.
   */
  private static boolean textNamesASource(FormInput in, int start, int end) {
    String s = in.text();
    int at = start < end && s.charAt(start) == '(' ? start + 1 : start; // "([Reuters](https://…))"
    if (at >= end || s.charAt(at) != '[') {
      return false; // spec: "(https://…)" has no text
    }
    int close = s.indexOf("](", at + 1);
    if (close < 0 || close >= end) {
      return false;
    }
    NotationResult text = in.notation(at + 1, close);
    return Readings.any(text) && !Readings.all(text, m -> !m.match().isResolved());
  }

  /** Where the link inside "[...]" or "\\[...]" around it starts, or {@code start} when it has no such brackets. */
  static int innerStart(String s, int start, int at) {
    if (at - 1 <= start || s.charAt(at - 1) != ']' || s.charAt(at - 2) != ')') {
      return start;
    }
    int k = start;
    if (s.charAt(k) == '\\') {
      k++;
    }
    return s.charAt(k) == '[' && k + 1 < at && s.charAt(k + 1) == '[' ? k + 1 : start;
  }

  /** Where a link ending at {@code e} starts, or -1. */
  static int start(String s, int from, int e) {
    int end = e;
    boolean bracketed = false;
    if (end - 2 > from && s.charAt(end - 1) == ']' && s.charAt(end - 2) == ')') {
      bracketed = true; // spec: "[[7](https://...)]" and the escaped "\\[[1](https://...)]"
      end--;
    }
    boolean wrapped = false;
    if (s.charAt(end - 1) == ')' && end - 2 > from && s.charAt(end - 2) == ')') {
      wrapped = true; // "([politico.eu](https://...))"
      end--;
    }
    if (s.charAt(end - 1) != ')') {
      return -1;
    }
    int depth = 0;
    int open = -1;
    for (int i = end - 1; i >= from && end - i < 2048; i--) {
      char c = s.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          open = i;
          break;
        }
      }
    }
    if (open < 0) {
      return -1;
    }
    String target = s.substring(open + 1, end - 1);
    if (!(target.startsWith("http://") || target.startsWith("https://") || target.startsWith("www."))) {
      return -1;
    }
    int start = open;
    if (open > from && s.charAt(open - 1) == ']') {
      int bracket = TextScan.lastIndexOf(s, '[', open - 1, Math.max(from, open - 200));
      if (bracket < from) {
        return -1;
      }
      start = bracket;
    }
    if (wrapped) {
      if (start - 1 < from || s.charAt(start - 1) != '(') {
        return -1;
      }
      start--;
    }
    if (bracketed) {
      if (start - 1 < from || s.charAt(start - 1) != '[') {
        return -1;
      }
      start -= start - 2 >= from && s.charAt(start - 2) == '\\' ? 2 : 1;
    }
    return start;
  }
}
