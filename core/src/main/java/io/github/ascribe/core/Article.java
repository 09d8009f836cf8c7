package io.github.ascribe.core;

import io.github.ascribe.core.text.LineIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An analysed article: its text, paragraphs, claims, attributions and diagnostics, with the audit
 * derived from them.
 *
 * <pre>{@code
 * Article a = Ascribe.analyze(Files.readString(Path.of("istanbul-talks.txt")));
 * a.summary().coverage();          // 0.777...
 * a.claims().get(3).sourceCount(); // 10: four named, six unnamed
 * a.claimsBySource();              // Source -> claims it backs
 * }</pre>
 *
 * <p>Every span in the model points into {@link #text()}. Equal when text, paragraphs, claims,
 * attributions and diagnostics are equal.
 *
 * <p>Immutable and thread-safe: every field is final and set by the constructor, which copies the
 * lists it is given and checks that the parts fit together; an article may be shared between
 * threads without synchronisation.
 */
public final class Article {

  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<Claim> claims;
  private final List<Attribution> attributions;
  private final List<Diagnostic> diagnostics;
  private final LineIndex lineIndex;

  /**
   * Creates an article, checking that every span fits the text and that claims and attributions
   * refer to each other consistently.
   *
   * @param text the original input
   * @param paragraphs paragraphs in order
   * @param claims claims in order, {@code claims.get(i).index() == i}
   * @param attributions attributions in order, {@code attributions.get(i).index() == i}
   * @param diagnostics diagnostics in order of position
   * @throws IllegalArgumentException if the parts do not fit together
   */
  public Article(
      String text,
      List<Paragraph> paragraphs,
      List<Claim> claims,
      List<Attribution> attributions,
      List<Diagnostic> diagnostics) {
    this.text = Objects.requireNonNull(text, "text");
    this.paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    this.claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    this.attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    this.diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    validate();
    this.lineIndex = LineIndex.of(text);
  }

  /**
   * Checks the model. Messages are built only for a check that fails: a valid article, the usual
   * case, costs no strings. Attributions are found by identity first, as the analyser shares them.
   */
  private void validate() {
    int n = text.length();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.index() != i) {
        throw invalid("paragraph " + i + " has index " + p.index());
      }
      if (p.span().end() > n) {
        throw invalid("paragraph " + i + " span " + p.span() + " exceeds text length " + n);
      }
    }
    // whether each claim lists its attributions by ascending index, as the analyser does: then "does
    // claim c list attribution a" is a binary search, and a claim listed by many attributions costs
    // no more than a few steps per attribution
    boolean[] ascending = new boolean[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.index() != i) {
        throw invalid("claim " + i + " has index " + c.index());
      }
      if (c.span().end() > n) {
        throw invalid("claim " + i + " span " + c.span() + " exceeds text length " + n);
      }
      if (c.paragraph() >= Math.max(1, paragraphs.size())) {
        throw invalid("claim " + i + " names paragraph " + c.paragraph());
      }
      if (!text.regionMatches(c.span().start(), c.text(), 0, c.text().length())) {
        throw invalid("claim " + i + " text differs from its span");
      }
      List<Attribution> listed = c.attributions();
      ascending[i] = true;
      for (int k = 0; k < listed.size(); k++) { // indexed loops: no iterator per claim
        Attribution a = listed.get(k);
        ascending[i] &= k == 0 || listed.get(k - 1).index() < a.index();
        if (a.index() >= attributions.size() || !same(attributions.get(a.index()), a)) {
          throw invalid("claim " + i + " lists an attribution not in the article: " + a);
        }
        if (!listsClaim(a, i)) {
          throw invalid("attribution " + a.index() + " does not list claim " + i);
        }
      }
    }
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.index() != i) {
        throw invalid("attribution " + i + " has index " + a.index());
      }
      if (a.span().end() > n) {
        throw invalid("attribution " + i + " span " + a.span() + " exceeds text length " + n);
      }
      List<Integer> covered = a.claims();
      for (int k = 0; k < covered.size(); k++) {
        int c = covered.get(k);
        if (c >= claims.size() || !listsAttribution(claims.get(c), a, ascending[c])) {
          throw invalid("attribution " + i + " lists claim " + c + " which does not list it");
        }
      }
      List<SourceMention> mentions = a.mentions();
      for (int k = 0; k < mentions.size(); k++) {
        SourceMention m = mentions.get(k);
        if (m.span().end() > n) {
          throw invalid("mention " + m + " exceeds text length " + n);
        }
      }
    }
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      if (d.span().end() > n) {
        throw invalid("diagnostic " + d + " exceeds text length " + n);
      }
    }
  }

  /** Whether two attributions are one: the same object, or equal (an equal one has the same index). */
  private static boolean same(Attribution a, Attribution b) {
    return a == b || (a.index() == b.index() && a.equals(b));
  }

  /** Whether an attribution lists a claim; its claims are ascending (its constructor checks). */
  private static boolean listsClaim(Attribution a, int claim) {
    List<Integer> claims = a.claims();
    int lo = 0;
    int hi = claims.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = claims.get(mid);
      if (c == claim) {
        return true;
      } else if (c < claim) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return false;
  }

  private static boolean listsAttribution(Claim c, Attribution a, boolean ascending) {
    List<Attribution> listed = c.attributions();
    if (ascending) {
      int lo = 0;
      int hi = listed.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        Attribution x = listed.get(mid);
        if (x.index() < a.index()) {
          lo = mid + 1;
        } else if (x.index() > a.index()) {
          hi = mid;
        } else {
          return same(x, a); // indexes are distinct in an ascending list: no other can be it
        }
      }
      return false;
    }
    for (int k = 0; k < listed.size(); k++) {
      if (same(listed.get(k), a)) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException(message);
  }

  /**
   * The original input.
   *
   * @return the text every span points into
   */
  public String text() {
    return text;
  }

  /**
   * The paragraphs, in order.
   *
   * @return unmodifiable list
   */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * The claims, in order.
   *
   * @return unmodifiable list
   */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * The attributions, in order of position.
   *
   * @return unmodifiable list
   */
  public List<Attribution> attributions() {
    return attributions;
  }

  /**
   * Problems and notes found while reading the article.
   *
   * @return unmodifiable list
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The line index of the text, to turn offsets into line and column numbers.
   *
   * @return the line index
   */
  public LineIndex lineIndex() {
    return lineIndex;
  }

  /**
   * Claims with no media source.
   *
   * @return unmodifiable list, in order
   */
  public List<Claim> unattributedClaims() {
    return claims.stream().filter(c -> !c.isAttributed()).toList();
  }

  /**
   * Claims backed by exactly one media source.
   *
   * @return unmodifiable list, in order
   */
  public List<Claim> singleSourceClaims() {
    return claims.stream().filter(Claim::isSingleSource).toList();
  }

  /**
   * All distinct sources of all kinds named in attributions, in order of first mention.
   *
   * @return unmodifiable list
   */
  public List<Source> sources() {
    Set<Source> seen = new LinkedHashSet<>();
    for (Attribution a : attributions) {
      seen.addAll(a.sources());
    }
    return List.copyOf(new ArrayList<>(seen));
  }

  /**
   * The source index: each source named anywhere, with the claims it backs (possibly none, for a
   * source whose attribution covers no claim).
   *
   * @return unmodifiable map in order of first mention; the lists are unmodifiable
   */
  public Map<Source, List<Claim>> claimsBySource() {
    Map<Source, List<Claim>> index = new LinkedHashMap<>();
    for (Source s : sources()) {
      index.put(s, new ArrayList<>());
    }
    for (Claim c : claims) {
      for (Source s : c.sources()) {
        index.get(s).add(c);
      }
    }
    index.replaceAll((s, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(index);
  }

  /**
   * The audit figures.
   *
   * @return the summary
   */
  public Summary summary() {
    int attributed = 0;
    int single = 0;
    int other = 0;
    for (Claim c : claims) {
      if (c.isAttributed()) {
        attributed++;
      }
      if (c.isSingleSource()) {
        single++;
      }
      if (!c.otherSources().isEmpty()) {
        other++;
      }
    }
    Set<Source> media = new LinkedHashSet<>();
    for (Claim c : claims) {
      media.addAll(c.mediaSources());
    }
    int independent = (int) media.stream().filter(s -> s.kind().isIndependentMedia()).count();
    double coverage = claims.isEmpty() ? 1.0 : (double) attributed / claims.size();
    return new Summary(claims.size(), attributed, coverage, claims.size() - attributed, single, other,
        media.size(), independent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a
        && text.equals(a.text)
        && paragraphs.equals(a.paragraphs)
        && claims.equals(a.claims)
        && attributions.equals(a.attributions)
        && diagnostics.equals(a.diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, paragraphs, claims, attributions, diagnostics);
  }

  /** A multi-line summary: the figures, then one line per claim. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Article ").append(summary()).append('\n');
    for (Claim c : claims) {
      sb.append("  ").append(c).append('\n');
    }
    for (Diagnostic d : diagnostics) {
      sb.append("  ").append(d).append('\n');
    }
    return sb.toString();
  }
}
