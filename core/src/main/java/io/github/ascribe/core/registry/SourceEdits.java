package io.github.ascribe.core.registry;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.text.Hosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The edits {@link SourceRegistry.Builder} makes to sources: each returns a new, immutable source. */
final class SourceEdits {

  private SourceEdits() {}

  /** {@code neu} merged into {@code old}: its name, kind, country and language win; lists are joined. */
  static Source merge(Source old, Source neu) {
    return new Source(neu.id(), neu.name(), neu.kind(),
        neu.country().isEmpty() ? old.country() : neu.country(),
        neu.language().isEmpty() ? old.language() : neu.language(),
        union(old.domains(), neu.domains()), union(old.aliases(), neu.aliases()));
  }

  /** The source with more aliases. */
  static Source withAliases(Source s, List<String> aliases) {
    return new Source(s.id(), s.name(), s.kind(), s.country(), s.language(), s.domains(),
        union(s.aliases(), aliases));
  }

  /**
   * The source with more domains, each given as a domain or URL.
   *
   * @throws IllegalArgumentException if one is not a valid domain
   */
  static Source withDomains(Source s, List<String> domains) {
    List<String> hosts = new ArrayList<>();
    for (String d : domains) {
      hosts.add(Hosts.hostOf(d).orElseThrow(() -> new IllegalArgumentException("not a valid domain: '" + d + "'")));
    }
    return new Source(s.id(), s.name(), s.kind(), s.country(), s.language(), union(s.domains(), hosts), s.aliases());
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String x : b) {
      Objects.requireNonNull(x, "list element");
      if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }
}
