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

  /** The ASCII separators, by character. */
  private static final boolean[] SEPARATORS = new boolean[0x80];

  static {
    for (char c : ",;/|+=()[]*".toCharArray()) {
      SEPARATORS[c] = true;
    }
  }

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
   * Reads one notation string: its pieces, a look-up per piece. One pass tiles the string and hashes
   * each piece's lower-cased characters as it goes, so a piece is read once before its look-up.
   *
   * @param s the string
   * @return how many pieces are names in the table
   */
  public int read(String s) {
    int found = 0;
    int n = s.length();
    int start = -1; // where the piece starts, once a character other than a space is met
    int end = 0; // past its last character other than a space or a period
    int h = 0; // the hash of the piece so far
    int hashToEnd = 0; // the hash of [start, end): the piece trimmed
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ',';
      if (isSeparator(c)) {
        if (start >= 0 && end > start) {
          found += table.contains(s, start, end, hashToEnd) ? 1 : 0;
        }
        if (c == '+' || c == '=') {
          while (i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
            i++; // the count
          }
        }
        start = -1;
      } else if (c == ' ' && start < 0) {
        continue; // a leading space
      } else {
        if (start < 0) {
          start = i;
          end = i;
          h = 0;
        }
        h = 31 * h + KeyTable.lower(c);
        if (c != ' ' && c != '.') {
          end = i + 1;
          hashToEnd = h;
        }
      }
    }
    return found;
  }

  private static boolean isSeparator(char c) {
    return c < 0x80 ? SEPARATORS[c] : c == '\u00B7' || c == '\u2022';
  }
}
