package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.notation.TokenList;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Questions about a notation reading, answered from its entries and restatements in place: {@link
 * NotationResult#mentions} makes a sorted list on each call, and the analyser asks about the same
 * readings many times. Every answer is what that list gives. Stateless; thread-safe.
 */
public final class Readings {

  private static final Comparator<SourceMention> BY_SPAN = Comparator.comparing(SourceMention::span);

  private Readings() {}

  /** @return {@code r.mentions().size()} */
  public static int count(NotationResult r) {
    List<NotationEntry> entries = r.entries();
    int n = r.restatements().size();
    for (int k = 0; k < entries.size(); k++) {
      n += entries.get(k).mentions().size();
    }
    return n;
  }

  /** @return {@code r.tokens().stream().anyMatch(t -> t.kind() == kind)}, without making the tokens */
  public static boolean hasToken(NotationResult r, io.github.ascribe.citations.TokenKind kind) {
    return r.tokens() instanceof TokenList tokens ? tokens.hasKind(kind)
        : r.tokens().stream().anyMatch(t -> t.kind() == kind);
  }

  /** @return {@code !r.mentions().isEmpty()} */
  public static boolean any(NotationResult r) {
    if (!r.restatements().isEmpty()) {
      return true;
    }
    List<NotationEntry> entries = r.entries();
    for (int k = 0; k < entries.size(); k++) {
      if (!entries.get(k).mentions().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** @return {@code r.mentions().stream().allMatch(test)} */
  public static boolean all(NotationResult r, Predicate<SourceMention> test) {
    List<NotationEntry> entries = r.entries();
    for (int k = 0; k < entries.size(); k++) {
      if (!allOf(entries.get(k).mentions(), test)) {
        return false;
      }
    }
    return allOf(r.restatements(), test);
  }

  private static boolean allOf(List<SourceMention> mentions, Predicate<SourceMention> test) {
    for (int k = 0; k < mentions.size(); k++) {
      if (!test.test(mentions.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first of {@code r.mentions()}: of the mentions with the least span, the first in the order
   * the list is made from (entries, then restatements), as its stable sort keeps them.
   *
   * @return the mention, or null if there is none
   */
  public static SourceMention first(NotationResult r) {
    SourceMention best = null;
    List<NotationEntry> entries = r.entries();
    for (int k = 0; k < entries.size(); k++) {
      best = least(entries.get(k).mentions(), best);
    }
    return least(r.restatements(), best);
  }

  private static SourceMention least(List<SourceMention> mentions, SourceMention best) {
    for (int k = 0; k < mentions.size(); k++) {
      SourceMention m = mentions.get(k);
      if (best == null || m.span().compareTo(best.span()) < 0) {
        best = m;
      }
    }
    return best;
  }

  /** @return the elements of {@code r.mentions()}, in its order, in a new array */
  public static SourceMention[] sorted(NotationResult r) {
    SourceMention[] out = new SourceMention[count(r)];
    int n = 0;
    List<NotationEntry> entries = r.entries();
    for (int k = 0; k < entries.size(); k++) {
      List<SourceMention> mentions = entries.get(k).mentions();
      for (int j = 0; j < mentions.size(); j++) {
        out[n++] = mentions.get(j);
      }
    }
    List<SourceMention> restated = r.restatements();
    for (int j = 0; j < restated.size(); j++) {
      out[n++] = restated.get(j);
    }
    Arrays.sort(out, BY_SPAN); // stable, as the list's sort
    return out;
  }

  /** @return whether an entry has a count ({@code +2}) */
  public static boolean counted(NotationResult r) {
    List<NotationEntry> entries = r.entries();
    for (int k = 0; k < entries.size(); k++) {
      if (entries.get(k).count() > 0) {
        return true;
      }
    }
    return false;
  }

  /** @return whether every diagnostic is a note ({@link Severity#INFO}) */
  public static boolean onlyNotes(NotationResult r) {
    List<Diagnostic> diagnostics = r.diagnostics();
    for (int k = 0; k < diagnostics.size(); k++) {
      if (diagnostics.get(k).severity() != Severity.INFO) {
        return false;
      }
    }
    return true;
  }
}
