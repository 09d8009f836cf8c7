package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores predicted relations against one annotated document, for each of the three spans (cue,
 * source, content), exact and overlap, and adds the counts to a table keyed by scope (a language, or
 * a language and a construction). The rules are those of {@code docs/prose-annotation.md}: a predicted
 * span matches a gold span exactly when it equals one of its pieces or the hull of its pieces, and by
 * overlap when it shares a character with a piece.
 *
 * <p>Not thread-safe: one scorer per run.
 */
final class DevSetScorer {

  /** The three spans of a relation. */
  enum Role {
    CUE, SOURCE, CONTENT
  }

  /** Counts for one scope, role and mode. */
  static final class Count {
    int predicted;
    int predictedMatched;
    int gold;
    int goldMatched;

    double precision() {
      return predicted == 0 ? Double.NaN : (double) predictedMatched / predicted;
    }

    double recall() {
      return gold == 0 ? Double.NaN : (double) goldMatched / gold;
    }
  }

  /** The construction a predicted relation counts for when it overlaps no gold relation. */
  static final String NONE = "none";

  private final Map<String, Count> counts = new TreeMap<>();

  /**
   * The counts of a scope, role and mode.
   *
   * @param scope {@code en} or {@code en/x-said}
   * @param role the role
   * @param exact exact or overlap
   * @return the counts (zero when never scored)
   */
  Count count(String scope, Role role, boolean exact) {
    return counts.getOrDefault(key(scope, role, exact), new Count());
  }

  /** The scopes scored so far, sorted. */
  Set<String> scopes() {
    Set<String> out = new LinkedHashSet<>();
    counts.keySet().forEach(k -> out.add(k.substring(0, k.indexOf('|'))));
    return out;
  }

  /**
   * Scores one document.
   *
   * @param language the language scope
   * @param gold the annotated document
   * @param predicted what the adapter derived from Ascribe's output
   */
  void score(String language, DevSetDocument gold, List<ProseAdapter.Predicted> predicted) {
    for (Role role : Role.values()) {
      for (boolean exact : new boolean[] {true, false}) {
        for (ProseAdapter.Predicted p : predicted) {
          Optional<Span> s = span(p, role);
          if (s.isEmpty()) {
            continue;
          }
          boolean matched = gold.relations().stream().anyMatch(g -> matches(s.get(), pieces(g, role), exact));
          for (String scope : scopes(language, tagsOf(gold, p))) {
            Count c = counts.computeIfAbsent(key(scope, role, exact), k -> new Count());
            c.predicted++;
            c.predictedMatched += matched ? 1 : 0;
          }
        }
        for (DevSetRelation g : gold.relations()) {
          List<Span> pieces = pieces(g, role);
          if (pieces.isEmpty()) {
            continue;
          }
          boolean matched = predicted.stream().map(p -> span(p, role))
              .anyMatch(s -> s.isPresent() && matches(s.get(), pieces, exact));
          for (String scope : scopes(language, g.constructions())) {
            Count c = counts.computeIfAbsent(key(scope, role, exact), k -> new Count());
            c.gold++;
            c.goldMatched += matched ? 1 : 0;
          }
        }
      }
    }
  }

  /** Whether a predicted span matches a gold span given in pieces. */
  static boolean matches(Span predicted, List<Span> pieces, boolean exact) {
    if (pieces.isEmpty()) {
      return false;
    }
    Span hull = pieces.get(0);
    for (Span p : pieces) {
      if (exact ? p.equals(predicted) : p.overlaps(predicted)) {
        return true;
      }
      hull = hull.union(p);
    }
    return exact && hull.equals(predicted);
  }

  /** The constructions of the gold relations a prediction overlaps, or {@link #NONE}. */
  private static List<String> tagsOf(DevSetDocument gold, ProseAdapter.Predicted p) {
    Set<String> tags = new LinkedHashSet<>();
    Optional<Span> h = p.hull();
    for (DevSetRelation g : gold.relations()) {
      if (h.isPresent() && g.hull().overlaps(h.get())) {
        tags.addAll(g.constructions());
      }
    }
    return tags.isEmpty() ? List.of(NONE) : List.copyOf(tags);
  }

  private static List<String> scopes(String language, List<String> tags) {
    // spec: the held-out set is scored on its own, never in "all"
    boolean all = !language.equals(DevSetFiles.HELD_OUT);
    List<String> out = new ArrayList<>();
    out.add(language);
    if (all) {
      out.add("all");
    }
    for (String t : tags) {
      out.add(language + "/" + t);
      if (all) {
        out.add("all/" + t);
      }
    }
    return out;
  }

  private static List<Span> pieces(DevSetRelation g, Role role) {
    return switch (role) {
      case CUE -> g.cue();
      case SOURCE -> g.source();
      case CONTENT -> g.content();
    };
  }

  private static Optional<Span> span(ProseAdapter.Predicted p, Role role) {
    Function<ProseAdapter.Predicted, Optional<Span>> f = switch (role) {
      case CUE -> ProseAdapter.Predicted::cue;
      case SOURCE -> ProseAdapter.Predicted::source;
      case CONTENT -> ProseAdapter.Predicted::content;
    };
    return f.apply(p);
  }

  private static String key(String scope, Role role, boolean exact) {
    return scope + "|" + role + "|" + (exact ? "exact" : "overlap");
  }
}
