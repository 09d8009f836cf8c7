package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.LinkAddress;
import io.github.ascribe.citations.internal.source.PublicSuffixes;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Bare domains one per line under a paragraph, as AI overviews list their sites ({@code bbc.com /
 * corvotoday.com}): each names its site, a registry source or an unknown one named by its
 * registrable domain, and the lines are scoped like a source line (rule {@code domain-line}). The
 * known ones alone are a source line already; this form reads the lines that hold a site the
 * registry does not know. A line must be a domain with a real top-level label and nothing else.
 * Immutable and thread-safe.
 */
public final class DomainLineForm implements FormRecognizer {

  /** The longest line read as a domain. */
  static final int MAX_LINE = 253;

  @Override
  public AttributionForm form() {
    return AttributionForm.SOURCE_LINE;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.URL);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int a = in.range().start();
    int b = in.range().end();
    List<SourceMention> mentions = new ArrayList<>();
    for (int line = a; line < b; ) {
      int end = TextScan.indexOf(s, '\n', line, b);
      if (end < 0) {
        end = b;
      }
      int x = line;
      int y = end;
      while (x < y && Character.isWhitespace(s.charAt(x))) {
        x++;
      }
      while (y > x && Character.isWhitespace(s.charAt(y - 1))) {
        y--;
      }
      if (x < y) {
        Optional<SourceMention> m = domain(in, x, y);
        if (m.isEmpty()) {
          return List.of(); // spec: every line is one domain
        }
        mentions.add(m.get());
      }
      line = end + 1;
    }
    if (mentions.isEmpty()) {
      return List.of();
    }
    Reach reach = in.sourceLineScope() == SourceLineScope.SECTION_ABOVE ? Reach.SECTION_ABOVE : Reach.PARAGRAPH_ABOVE;
    return List.of(Recognized.of(AttributionForm.SOURCE_LINE, "domain-line", Span.of(a, b), mentions, reach));
  }

  /** The site the line {@code s[x, y)} names, if it is a bare domain. */
  private static Optional<SourceMention> domain(FormInput in, int x, int y) {
    String s = in.text();
    if (y - x > MAX_LINE) {
      return Optional.empty();
    }
    for (int i = x; i < y; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
        return Optional.empty();
      }
    }
    String text = s.substring(x, y);
    int dot = text.lastIndexOf('.');
    if (dot <= 0 || !Character.isLetterOrDigit(text.charAt(0))
        || !PublicSuffixes.get().isTopLevel(text.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Optional<Resolution> r = LinkAddress.of(text).flatMap(l -> l.source(in.registry()));
    return r.map(res -> new SourceMention(text, Span.of(x, y), res.source(), res.match()));
  }
}
