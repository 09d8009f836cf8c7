package io.github.ascribe.benchmarks;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A yardstick for notation parsing, as {@link WordFloor} is for analysis: the cheapest reader of a
 * notation string's shape. It cuts the string into pieces at separator characters ({@code , ; / | ·
 * • + = ( ) [ ] *}) and after a count's digits, trims each piece, and looks it up once in one hash
 * table (every registry name, alias and domain, lower-cased). It decides nothing and builds nothing;
 * it counts the pieces it finds.
 *
 * <p>Any notation parser must at least tile its input and look its names up, so it costs at least
 * this much; {@code docs/performance.md} compares {@code Notation.parse} and the 100 MB/s target with
 * it.
 *
 * <pre>{@code
 * NotationFloor floor = NotationFloor.ofRegistry(SourceRegistry.bundled());
 * int found = floor.read("Reuters, AP News +2/The Guardian");   // 3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NotationFloor {

  private final KeyTable table;

  private NotationFloor(Set<String> names) {
    table = new KeyTable(names);
  }

  /**
   * A table of every name, alias and domain of {@code registry}, lower-cased.
   *
   * @param registry the sources
   * @return the yardstick
   */
  public static NotationFloor ofRegistry(SourceRegistry registry) {
    Set<String> names = new LinkedHashSet<>();
    for (Source s : registry.sources()) {
      for (List<String> list : List.of(List.of(s.name()), s.aliases(), s.domains())) {
        for (String name : list) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new NotationFloor(names);
  }

  /** @return how many names the table holds */
  public int size() {
    return table.size();
  }

  /**
   * Reads one notation string: its pieces, a look-up per piece.
   *
   * @param s the string
   * @return how many pieces are names in the table
   */
  public int read(String s) {
    int found = 0;
    int n = s.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ',';
      if (isSeparator(c)) {
        found += lookUp(s, start, i);
        if (c == '+' || c == '=') {
          while (i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
            i++; // the count
          }
        }
        start = i + 1;
      }
    }
    return found;
  }

  private static boolean isSeparator(char c) {
    return switch (c) {
      case ',', ';', '/', '|', '\u00B7', '\u2022', '+', '=', '(', ')', '[', ']', '*' -> true;
      default -> false;
    };
  }

  /** Looks the trimmed piece {@code [from, to)} up: one pass hashes it lower-cased, one probe compares it. */
  int lookUp(String s, int from, int to) {
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
      to--;
    }
    if (from == to) {
      return 0;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = 31 * h + KeyTable.lower(c);
    }
    return table.contains(s, from, to, h) ? 1 : 0;
  }
}
