package io.github.ascribe.citations.answerengines;

import io.github.ascribe.citations.answerengines.CorpusText.ExpectedClaim;
import io.github.ascribe.citations.answerengines.CorpusText.ExpectedDiagnostic;
import io.github.ascribe.citations.answerengines.CorpusText.Skipped;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what the analyser gave for one text with the text's expectations, item by item.
 *
 * <p>Expected claims are aligned with the analyser's claims in order (longest common subsequence of
 * the normalised texts), so one missed or extra claim does not shift every later one.
 */
final class TextScorer {

  /**
   * Diagnostic codes the issue defines for the answer-engine forms: one of these that no expectation
   * asks for is a wrong item, like an extra claim.
   */
  static final Set<String> CHECKED_CODES = Set.of("unresolved-marker", "link-host-mismatch", "confusable-name");

  private TextScorer() {}

  /** The items of one text. */
  static List<Item> score(CorpusText t, Article a) {
    List<Item> out = new ArrayList<>();
    List<Claim> actual = a.claims();
    List<String> want = t.claims().stream().map(c -> ClaimText.normalize(c.text())).toList();
    List<String> got = actual.stream().map(c -> ClaimText.normalize(c.text())).toList();
    boolean[] partial = new boolean[want.size()];
    for (int i = 0; i < partial.length; i++) {
      partial[i] = t.claims().get(i).partial();
    }
    int[] match = align(want, partial, got);
    boolean[] used = new boolean[got.size()];
    for (int i = 0; i < want.size(); i++) {
      ExpectedClaim e = t.claims().get(i);
      List<String> forms = t.formsOf(e.forms());
      if (match[i] < 0) {
        out.add(Item.claim(t.id(), forms, false, false, e.sources().size(), 0, 0,
            "missing claim: " + ClaimText.visible(e.text())));
      } else {
        used[match[i]] = true;
        out.add(compare(t.id(), e, forms, actual.get(match[i])));
      }
    }
    for (int j = 0; j < got.size(); j++) {
      if (!used[j]) {
        List<String> held = heldForms(t, got.get(j));
        List<Source> media = actual.get(j).mediaSources();
        out.add(Item.extraClaim(t.id(), held.isEmpty() ? t.forms() : held, held.isEmpty(), media.size(),
            "extra claim: " + ClaimText.visible(actual.get(j).text()) + " " + ids(media)));
      }
    }
    for (Skipped s : t.skipped()) {
      String n = ClaimText.normalize(s.text());
      boolean inClaim = got.stream().anyMatch(g -> containsWord(g, n));
      out.add(Item.check(t.id(), Item.Kind.SKIPPED, t.formsOf(s.forms()), !inClaim,
          "not skipped: " + ClaimText.visible(s.text())));
    }
    diagnostics(t, a, out);
    return out;
  }

  /**
   * The forms of the skipped texts an extra claim holds, or empty: such a claim is already counted
   * as a wrong item by its skipped text, and its claim precision belongs to that text's forms.
   */
  private static List<String> heldForms(CorpusText t, String claim) {
    List<String> out = new ArrayList<>();
    for (Skipped s : t.skipped()) {
      if (containsWord(claim, ClaimText.normalize(s.text()))) {
        t.formsOf(s.forms()).stream().filter(f -> !out.contains(f)).forEach(out::add);
      }
    }
    return out;
  }

  private static Item compare(String id, ExpectedClaim e, List<String> forms, Claim c) {
    List<Source> media = c.mediaSources();
    int ok = ClaimText.pair(e.sources(), media, false);
    boolean sources = ok == e.sources().size() && ok == media.size();
    boolean unnamed = e.unnamed() == c.unnamedSources();
    List<Source> other = c.otherSources();
    boolean others = e.others().map(o -> {
      int n = ClaimText.pair(o, other, true);
      return n == o.size() && n == other.size();
    }).orElse(true);
    boolean exact = sources && unnamed && others;
    String why = "";
    if (!exact) {
      StringBuilder b = new StringBuilder("sources of ").append(ClaimText.visible(e.text())).append(": want ")
          .append(e.sources());
      if (e.unnamed() > 0 || !unnamed) {
        b.append(" +").append(e.unnamed());
      }
      e.others().ifPresent(o -> b.append(" others ").append(o));
      b.append(", got ").append(ids(media));
      if (e.unnamed() > 0 || !unnamed) {
        b.append(" +").append(c.unnamedSources());
      }
      if (e.others().isPresent()) {
        b.append(" others ").append(ids(other));
      }
      why = b.toString();
    }
    return Item.claim(id, forms, true, exact, e.sources().size(), media.size(), ok, why);
  }

  private static void diagnostics(CorpusText t, Article a, List<Item> out) {
    List<Diagnostic> actual = a.diagnostics();
    boolean[] used = new boolean[actual.size()];
    for (ExpectedDiagnostic e : t.diagnostics()) {
      int at = t.text().indexOf(e.at());
      Span want = Span.of(Math.max(at, 0), Math.max(at, 0) + e.at().length());
      boolean found = false;
      for (int k = 0; k < actual.size() && !found; k++) {
        Diagnostic d = actual.get(k);
        if (!used[k] && (e.code().equals("any") || e.code().equals(d.code())) && touches(d.span(), want)) {
          used[k] = true;
          found = true;
        }
      }
      out.add(Item.check(t.id(), Item.Kind.DIAGNOSTIC, t.formsOf(e.forms()), found,
          "missing diagnostic " + e.code() + " at " + ClaimText.visible(e.at())));
    }
    for (int k = 0; k < actual.size(); k++) {
      Diagnostic d = actual.get(k);
      if (!used[k] && CHECKED_CODES.contains(d.code())) {
        out.add(Item.check(t.id(), Item.Kind.EXTRA_DIAGNOSTIC, t.forms(), false,
            "extra diagnostic " + d.code() + " at " + ClaimText.visible(d.span().text(t.text()))));
      }
    }
  }

  private static boolean touches(Span d, Span want) {
    return d.overlaps(want) || (d.isEmpty() && d.start() >= want.start() && d.start() <= want.end());
  }

  /**
   * Whether {@code word} occurs in {@code s} not inside a longer word: where {@code word} starts (or
   * ends) with a letter or digit, the character before (or after) it must not be one.
   */
  static boolean containsWord(String s, String word) {
    if (word.isEmpty()) {
      return false;
    }
    boolean wordStart = Character.isLetterOrDigit(word.charAt(0));
    boolean wordEnd = Character.isLetterOrDigit(word.charAt(word.length() - 1));
    for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean left = !wordStart || at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
      boolean right = !wordEnd || end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
      if (left && right) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each expected claim, the index of the actual claim it is aligned with, or -1: a longest
   * common subsequence where an expected text equals an actual one, or (when partial) is inside it.
   */
  static int[] align(List<String> want, boolean[] partial, List<String> got) {
    int n = want.size();
    int m = got.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = same(want.get(i), partial[i], got.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] match = new int[n];
    Arrays.fill(match, -1);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same(want.get(i), partial[i], got.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        match[i++] = j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return match;
  }

  private static boolean same(String want, boolean partial, String got) {
    return partial ? got.contains(want) : got.equals(want);
  }

  private static String ids(List<Source> sources) {
    return sources.stream().map(ClaimText::show).collect(Collectors.joining(", ", "[", "]"));
  }
}
