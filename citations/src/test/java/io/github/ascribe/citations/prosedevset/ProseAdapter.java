package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what Ascribe reports today into the relations the development set is scored on: the only
 * place that knows how the library models a prose attribution, so that a richer model (a relation
 * with its own source, cue and content spans) is plugged in by changing this class alone.
 *
 * <p>A prose attribution with its relation ({@link Attribution#prose()}) gives the relation's own
 * spans: its source (none when the source span is empty, as for a hearsay passive), its cue, and
 * the hull of its content spans. An attribution without a relation falls back to spans derived
 * from it: the source is its first mention, the cue the attribution's span outside the mention
 * (trimmed of spaces and punctuation), the content the rest of the claim it is found in (the longer
 * side, without a complementiser and the sentence's last stop), joined with the other claims it
 * covers.
 *
 * <pre>{@code
 * List<ProseAdapter.Predicted> p = ProseAdapter.relations(Ascribe.analyze(text));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class ProseAdapter {

  /** Words that open a reported clause and are not part of its content (see the guide). */
  private static final Set<String> COMPLEMENTISERS = Set.of("that", "dass", "que", "qu'", "qu’", "che", "ch'");

  /**
   * One predicted relation.
   *
   * @param rule the rule that produced it
   * @param source the source span, if any
   * @param cue the cue span, if any
   * @param content the content span, if any
   */
  record Predicted(String rule, Optional<Span> source, Optional<Span> cue, Optional<Span> content) {

    /** The smallest span covering what is present. */
    Optional<Span> hull() {
      Optional<Span> h = Optional.empty();
      for (Optional<Span> s : List.of(source, cue, content)) {
        if (s.isPresent()) {
          h = Optional.of(h.map(x -> x.union(s.get())).orElse(s.get()));
        }
      }
      return h;
    }
  }

  private ProseAdapter() {}

  /**
   * The prose relations of an article.
   *
   * @param article what {@code Ascribe.analyze} returned
   * @return one relation per prose attribution, in article order
   */
  static List<Predicted> relations(Article article) {
    String text = article.text();
    List<Predicted> out = new ArrayList<>();
    for (Attribution a : article.attributions()) {
      if (a.form() != AttributionForm.PROSE) {
        continue;
      }
      if (a.prose().isPresent()) {
        // the full relation: its own source, cue and content spans (the content as the hull of its pieces)
        ProseRelation r = a.prose().get();
        Optional<Span> src = r.source().isEmpty() ? Optional.empty() : Optional.of(r.source());
        out.add(new Predicted(a.rule(), src, Optional.of(r.cue()), r.contentHull()));
        continue;
      }
      Span span = a.span();
      Optional<Span> source = a.mentions().isEmpty() ? Optional.empty() : Optional.of(a.mentions().get(0).span());
      Optional<Span> cue = Optional.of(span);
      if (source.isPresent()) {
        Span m = source.get();
        Span before = Span.of(span.start(), Math.max(span.start(), Math.min(m.start(), span.end())));
        Span after = Span.of(Math.min(Math.max(m.end(), span.start()), span.end()), span.end());
        cue = trim(text, before.length() >= after.length() ? before : after, false);
      }
      out.add(new Predicted(a.rule(), source, cue, content(article, a)));
    }
    return out;
  }

  private static Optional<Span> content(Article article, Attribution a) {
    String text = article.text();
    Optional<Span> content = Optional.empty();
    for (int i : a.claims()) {
      Claim c = article.claims().get(i);
      Span part;
      if (c.span().overlaps(a.span())) {
        Span left = Span.of(c.span().start(), Math.max(c.span().start(), a.span().start()));
        Span right = Span.of(Math.min(a.span().end(), c.span().end()), c.span().end());
        Optional<Span> l = trim(text, left, false);
        Optional<Span> r = trim(text, right, true);
        int ll = l.map(Span::length).orElse(0);
        int rl = r.map(Span::length).orElse(0);
        if (ll == 0 && rl == 0) {
          continue;
        }
        part = ll > rl ? l.get() : r.get();
      } else {
        Optional<Span> t = trim(text, c.span(), false);
        if (t.isEmpty()) {
          continue;
        }
        part = t.get();
      }
      Span p = part;
      content = Optional.of(content.map(x -> x.union(p)).orElse(p));
    }
    return content;
  }

  /**
   * The span without spaces and punctuation at its ends (quotation marks are kept), and without a
   * leading complementiser when {@code clause} is set.
   */
  static Optional<Span> trim(String text, Span s, boolean clause) {
    int a = s.start();
    int b = s.end();
    while (a < b && strip(text.charAt(a))) {
      a++;
    }
    while (b > a && strip(text.charAt(b - 1))) {
      b--;
    }
    if (clause) {
      for (String w : COMPLEMENTISERS) {
        int end = a + w.length();
        if (end < b && text.regionMatches(true, a, w, 0, w.length())
            && (w.endsWith("'") || w.endsWith("’") || Character.isWhitespace(text.charAt(end)))) {
          return trim(text, Span.of(end, b), false);
        }
      }
    }
    return a < b ? Optional.of(Span.of(a, b)) : Optional.empty();
  }

  private static boolean strip(char c) {
    return Character.isWhitespace(c) || ",;:.-–—".indexOf(c) >= 0;
  }
}
