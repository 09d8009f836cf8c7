package io.github.ascribe.citations.internal.form;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A bare domain after a sentence, as digests and AI overviews print their sources: {@code … the
 * report said. apnews.com} (rule {@code link-domain}), with a count {@code apnews.com +1} (rule
 * {@code chip-domain}), or glued to the stop when the registry knows the host ({@code …last
 * year.reuters.com+2}). The domain's host names the source; an unknown one is named by its
 * registrable domain. File names ({@code report.pdf}), version numbers, abbreviations ({@code U.S.})
 * and e-mail addresses are not domains. Immutable and thread-safe.
 */
public final class BareDomainForm implements FormRecognizer {

  /** The longest domain read. */
  static final int MAX_DOMAIN = 253;
  /** Top-level domains that are also common file extensions: an unknown host under them is no source. */
  static final Set<String> FILE_LIKE = Set.of("zip", "mov", "md", "py", "sh", "pl", "rs", "ps", "so", "cs", "ai", "doc");

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
    if (e - from < 4) {
      return List.of();
    }
    // an optional count: "+2", spaced or glued to the domain
    int d = e;
    int count = 0;
    int k = e;
    while (k > from && Character.isDigit(s.charAt(k - 1)) && e - k < 4) {
      k--;
    }
    if (k < e && k > from && (s.charAt(k - 1) == '+' || s.charAt(k - 1) == '＋')) {
      count = Integer.parseInt(s.substring(k, e));
      d = TextScan.trimEnd(s, from, k - 1);
    }
    int a = d;
    while (a > from && d - a < MAX_DOMAIN && isDomainChar(s.charAt(a - 1))) {
      a--;
    }
    while (a < d && s.charAt(a) == '.') {
      a++;
    }
    if (a >= d || a == from || !(Character.isWhitespace(s.charAt(a - 1)) || isStop(s.charAt(a - 1)))) {
      return List.of(); // "press@apnews.com", or the whole sentence
    }
    Optional<int[]> found = spaced(s, from, a, d, in);
    if (found.isEmpty()) {
      found = glued(s, from, a, d, in);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    int domStart = found.get()[0];
    String domain = s.substring(domStart, d);
    Optional<Resolution> res = LinkAddress.of(domain).flatMap(x -> x.source(in.registry()));
    if (res.isEmpty()) {
      return List.of();
    }
    Span span = Span.of(domStart, e);
    SourceMention m = new SourceMention(domain, Span.of(domStart, d), res.get().source(), res.get().match());
    if (count > 0) {
      return List.of(Recognized.of(AttributionForm.CHIP, "chip-domain", span, List.of(m), Reach.SENTENCE)
          .withCounts(count, OptionalInt.empty()));
    }
    return List.of(Recognized.of(AttributionForm.LINK, "link-domain", span, List.of(m), Reach.SENTENCE));
  }

  /** spec: "… said. apnews.com": a stop, blanks, then a domain the registry knows or with a real top-level label. */
  private static Optional<int[]> spaced(String s, int from, int a, int d, FormInput in) {
    int b = a;
    while (b > from && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b == a) {
      return Optional.empty();
    }
    while (b > from && isClosing(s.charAt(b - 1))) {
      b--;
    }
    if (b - 1 <= from || !isStop(s.charAt(b - 1))) {
      return Optional.empty();
    }
    return isDomain(s.substring(a, d), in, false) ? Optional.of(new int[] {a}) : Optional.empty();
  }

  /** spec: "…last year.reuters.com+2": a word, a stop, and a host the registry knows, with no blank. */
  private static Optional<int[]> glued(String s, int from, int a, int d, FormInput in) {
    for (int i = a; i < d; i++) {
      if (s.charAt(i) == '.' && i > a && Character.isLowerCase(s.charAt(i - 1)) || s.charAt(i) == '.' && i > a
          && Character.isDigit(s.charAt(i - 1))) {
        String rest = s.substring(i + 1, d);
        if (rest.indexOf('.') > 0 && isDomain(rest, in, true)) {
          return Optional.of(new int[] {i + 1});
        }
      }
    }
    return Optional.empty();
  }

  /** Whether text is a host: the registry knows it, or (unless {@code known}) its top-level label is real. */
  static boolean isDomain(String text, FormInput in, boolean known) {
    int dot = text.lastIndexOf('.');
    if (dot <= 0 || dot == text.length() - 1 || text.contains("..")) {
      return false;
    }
    if (in.registry().resolveHost(text).isPresent()) {
      return true;
    }
    String tld = text.substring(dot + 1).toLowerCase(Locale.ROOT);
    return !known && !FILE_LIKE.contains(tld) && PublicSuffixes.get().isTopLevel(tld)
        && Character.isLetter(text.charAt(0)) && !Character.isUpperCase(text.charAt(dot + 1));
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'';
  }
}
