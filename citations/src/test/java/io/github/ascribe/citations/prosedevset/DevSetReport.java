package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.citations.prosedevset.DevSetScorer.Count;
import io.github.ascribe.citations.prosedevset.DevSetScorer.Role;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes the figures of a {@link DevSetScorer} as text tables, and the misses of each document. */
final class DevSetReport {

  private DevSetReport() {}

  /**
   * The tables: per language, then per construction for each scope of {@code constructionScopes}.
   *
   * @param scorer the figures
   * @param constructionScopes {@code all} and language codes
   * @return the tables
   */
  static String tables(DevSetScorer scorer, List<String> constructionScopes) {
    StringBuilder sb = new StringBuilder();
    sb.append("Spans matched exactly (exact) or sharing a character (overlap); P precision, R recall, n/a nothing to count.\n");
    sb.append("\nBy language\n");
    header(sb);
    for (String lang : DevSetFiles.LANGUAGES) {
      rows(sb, scorer, lang);
    }
    rows(sb, scorer, "all");
    rows(sb, scorer, DevSetFiles.HELD_OUT);
    for (String lang : constructionScopes) {
      sb.append("\nBy construction, ").append(lang.equals("all") ? "all languages" : lang.equals(DevSetFiles.HELD_OUT) ? "en, held-out set" : lang).append('\n');
      header(sb);
      for (String c : DevSetRelation.CONSTRUCTIONS) {
        rows(sb, scorer, lang + "/" + c);
      }
      rows(sb, scorer, lang + "/" + DevSetScorer.NONE);
    }
    return sb.toString();
  }

  private static void header(StringBuilder sb) {
    sb.append(String.format(Locale.ROOT, "%-22s %-8s %8s %8s %10s %10s %10s %6s%n", "scope", "span", "P exact",
        "R exact", "P overlap", "R overlap", "predicted", "gold"));
  }

  private static void rows(StringBuilder sb, DevSetScorer scorer, String scope) {
    if (!scorer.scopes().contains(scope)) {
      return;
    }
    for (Role role : Role.values()) {
      Count e = scorer.count(scope, role, true);
      Count o = scorer.count(scope, role, false);
      sb.append(String.format(Locale.ROOT, "%-22s %-8s %8s %8s %10s %10s %10d %6d%n", scope, role.name().toLowerCase(Locale.ROOT),
          f(e.precision()), f(e.recall()), f(o.precision()), f(o.recall()), e.predicted, e.gold));
    }
  }

  static String f(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
  }

  /** Each relation of a document with what was predicted for it, and the predictions matching none. */
  static String details(DevSetDocument d, List<ProseAdapter.Predicted> predicted) {
    StringBuilder sb = new StringBuilder(d.name()).append('\n');
    String t = d.text();
    for (DevSetRelation g : d.relations()) {
      String mark = "";
      for (Role role : Role.values()) {
        List<Span> pieces = switch (role) {
          case CUE -> g.cue();
          case SOURCE -> g.source();
          case CONTENT -> g.content();
        };
        if (pieces.isEmpty()) {
          continue;
        }
        boolean exact = predicted.stream().anyMatch(p -> get(p, role).filter(s -> DevSetScorer.matches(s, pieces, true)).isPresent());
        boolean overlap = predicted.stream().anyMatch(p -> get(p, role).filter(s -> DevSetScorer.matches(s, pieces, false)).isPresent());
        mark += " " + role.name().toLowerCase(Locale.ROOT) + (exact ? "=" : overlap ? "~" : "-");
      }
      sb.append("  gold @").append(g.id()).append(mark).append("  ").append(String.join(",", g.constructions()))
          .append("  cue '").append(texts(t, g.cue())).append("' source '").append(texts(t, g.source())).append("'\n");
    }
    for (ProseAdapter.Predicted p : predicted) {
      boolean any = p.hull().isPresent() && d.relations().stream().anyMatch(g -> g.hull().overlaps(p.hull().get()));
      boolean cueExact = p.cue().isPresent() && d.relations().stream().anyMatch(g -> DevSetScorer.matches(p.cue().get(), g.cue(), true));
      sb.append(any ? cueExact ? "  found " : "  CUE?  " : "  FALSE ").append(p.rule()).append("  cue '").append(p.cue().map(s -> s.text(t)).orElse(""))
          .append("' source '").append(p.source().map(s -> s.text(t)).orElse("")).append("' content '")
          .append(p.content().map(s -> s.text(t)).orElse("")).append("'\n");
    }
    return sb.toString();
  }

  private static Optional<Span> get(ProseAdapter.Predicted p, Role role) {
    return switch (role) {
      case CUE -> p.cue();
      case SOURCE -> p.source();
      case CONTENT -> p.content();
    };
  }

  private static String texts(String t, List<Span> spans) {
    return String.join(" | ", spans.stream().map(s -> s.text(t)).toList());
  }
}
