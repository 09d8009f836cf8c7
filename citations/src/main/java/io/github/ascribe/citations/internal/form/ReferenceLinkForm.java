package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.LinkDefinition;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.LinkAddress;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reference-style links after a sentence, as ChatGPT copies them: {@code ([Reuters][3])}, {@code
 * ([AP News][ap])}, {@code [Reuters][]}, resolved through definitions such as {@code [3]:
 * https://… "Title"} anywhere in the text ({@link FormInput#linkDefinition}). The address names
 * the source as a link's does (tracking parameters dropped, an unknown site named by its
 * registrable domain, {@code link-host-mismatch} when the text names an outlet the host is not);
 * a label with no definition gives {@code undefined-link-reference}. The sentence must hold
 * nothing but such links. Immutable and thread-safe.
 */
public final class ReferenceLinkForm implements FormRecognizer {

  /** The longest link text and label read. */
  static final int MAX_TEXT = 200;

  /** One reference link: its text, its label and where each is. */
  private record Ref(int textStart, int textEnd, int labelStart, int labelEnd) {}

  @Override
  public AttributionForm form() {
    return AttributionForm.LINK;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.OPEN);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int a = in.range().start();
    int e = TextScan.trimEnd(s, a, in.range().end());
    int end = e > a && s.charAt(e - 1) == '.' ? e - 1 : e;
    List<Ref> refs = refs(s, a, end);
    if (refs.isEmpty()) {
      return List.of();
    }
    List<SourceMention> mentions = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    for (Ref r : refs) {
      Span text = Span.of(r.textStart(), r.textEnd());
      String label = r.labelEnd() > r.labelStart() ? s.substring(r.labelStart(), r.labelEnd()) : text.text(s);
      Optional<LinkDefinition> def = in.linkDefinition(label);
      Optional<Resolution> named = in.registry().confusable(text.text(s)).isPresent() ? Optional.empty()
          : in.registry().resolveExact(text.text(s));
      if (def.isEmpty()) {
        notes.add(new Diagnostic(Severity.WARNING, "undefined-link-reference", "the reference link ["
            + text.text(s) + "][" + label + "] has no definition [" + label + "]: in the text",
            Span.of(r.textStart() - 1, r.labelEnd() + 1)));
        named.ifPresent(n -> mentions.add(new SourceMention(text.text(s), text, n.source(), n.match())));
        continue;
      }
      Optional<LinkAddress> address = LinkAddress.of(def.get().url());
      Optional<Resolution> byHost = address.flatMap(x -> x.source(in.registry()));
      if (byHost.isEmpty()) {
        continue; // spec: a link to the engine's own page names no source
      }
      Resolution source = byHost.get();
      if (!source.match().isResolved() && named.isPresent()) {
        if (address.get().contradicts(named.get().source())) {
          notes.add(new Diagnostic(Severity.WARNING, "link-host-mismatch", "the link text names "
              + named.get().source().name() + " but the link goes to " + address.get().host()
              + ", which is not one of its sites; attributed to " + address.get().site(), text));
        } else {
          source = named.get(); // behind a short link
        }
      }
      mentions.add(new SourceMention(text.text(s), text, source.source(), source.match()));
    }
    Span span = Span.of(a, e);
    return List.of(Recognized.of(AttributionForm.LINK, "link-reference", span, mentions, Reach.SENTENCE_TAIL)
        .withDiagnostics(notes));
  }

  /** The reference links that make up {@code s[a, end)}, or none when anything else is there. */
  private static List<Ref> refs(String s, int a, int end) {
    List<Ref> out = new ArrayList<>();
    int i = a;
    while (i < end) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == ';') {
        i++;
        continue;
      }
      boolean paren = c == '(';
      int k = paren ? i + 1 : i;
      if (k >= end || s.charAt(k) != '[') {
        return List.of();
      }
      int textEnd = close(s, k + 1, end);
      if (textEnd < 0 || textEnd == k + 1 || textEnd + 1 >= end || s.charAt(textEnd + 1) != '[') {
        return List.of();
      }
      int labelEnd = close(s, textEnd + 2, end);
      if (labelEnd < 0) {
        return List.of();
      }
      out.add(new Ref(k + 1, textEnd, textEnd + 2, labelEnd));
      i = labelEnd + 1;
      if (paren) {
        if (i >= end || s.charAt(i) != ')') {
          return List.of();
        }
        i++;
      }
    }
    return out;
  }

  /** The {@code ]} closing a bracket whose content starts at {@code from}, or -1. */
  private static int close(String s, int from, int end) {
    for (int i = from; i < end && i - from <= MAX_TEXT; i++) {
      char c = s.charAt(i);
      if (c == ']') {
        return i;
      }
      if (c == '[' || c == '\n' || c == '(' || c == ')') {
        return -1;
      }
    }
    return -1;
  }
}
