package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The grouping stage: walks the final parts of one read and makes its items. A name with a count
 * after it is a chip ({@code Reuters +2}); glued names sharing one count are a run ({@code
 * Fortune+1Quartz +1}, up to three); a bare count is an item of unnamed sources; {@code =Name}
 * restates a listed source and {@code =N} declares the total. Separators are checked for empty
 * items. Holds only configuration: thread-safe.
 */
final class ChipGrouper {

  /** The most names one chip run joins. */
  static final int MAX_RUN = 3;

  /** What grouping found: the items, the restatements, the total, and which chip syntax was seen. */
  record Groups(List<NotationEntry> entries, List<SourceMention> restatements, OptionalInt total,
      boolean chipSyntax, boolean linkChip) {}

  /**
   * A listed source, equal to another as the sources are, hashed by its id only: a {@link Source}'s
   * own hash code goes over all its names and domains.
   */
  private record Listed(Source source) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Listed other && (other.source == source || other.source.equals(source));
    }

    @Override
    public int hashCode() {
      return source.id().hashCode();
    }
  }

  private final MentionResolver resolver;

  ChipGrouper(MentionResolver resolver) {
    this.resolver = resolver;
  }

  Groups group(NotationRead r) {
    List<Part> parts = r.parts;
    List<NotationEntry> entries = new ArrayList<>();
    List<SourceMention> restatements = new ArrayList<>();
    Set<Listed> listed = new HashSet<>();
    OptionalInt total = OptionalInt.empty();
    boolean linkChip = false;
    boolean chipSyntax = false;
    boolean prevSep = true; // at the start, a separator is an empty item
    Part lastSep = null;
    boolean lastSepAfterComma = false;
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      switch (p.kind) {
        case NAME -> {
          // spec: a chip run is NAME [SPACE] COUNT, then glued NAME COUNT with the same N, up to three names
          List<Part> runNames = new ArrayList<>(1);
          runNames.add(p);
          int countIdx = countAfter(r, k);
          Part count = countIdx >= 0 ? parts.get(countIdx) : null;
          int endIdx = countIdx >= 0 ? countIdx : k;
          Part lastCount = count;
          while (count != null && !lastCount.phrase) {
            int nk = endIdx + 1;
            if (nk >= parts.size() || parts.get(nk).kind != Part.Kind.NAME || parts.get(nk).start != lastCount.end) {
              break;
            }
            int nc = countAfter(r, nk);
            if (nc < 0 || parts.get(nc).value != count.value || parts.get(nc).phrase || runNames.size() >= MAX_RUN
                || NotationGrammar.startsWithDigit(r.s, parts.get(nk))) {
              break; // a name starting with a digit cannot be glued after +N unambiguously
            }
            runNames.add(parts.get(nk));
            endIdx = nc;
            lastCount = parts.get(nc);
          }
          List<SourceMention> mentions = new ArrayList<>(runNames.size());
          for (Part name : runNames) {
            SourceMention m = resolver.mention(r, name);
            if (m != null) {
              if (!listed.add(new Listed(m.source()))) {
                r.diagnose(Severity.INFO, "duplicate-source", m.source().name()
                    + " is named more than once; counted once", name.nameStart(), name.nameEnd());
              }
              mentions.add(m);
              linkChip |= name.linkTarget != null;
            }
          }
          int size = runNames.size();
          int n = count == null ? 0 : (int) count.value;
          int unnamed = n;
          if (size > 1) {
            // spec: names sharing +N mean N + 1 sources in all
            unnamed = Math.max(0, n + 1 - size);
            if (size > n + 1) {
              r.warn("chip-run-overflow", size + " names share '+" + n + "', which means " + (n + 1)
                  + " sources in all", p.start, parts.get(endIdx).end);
            }
          }
          if (count != null && n == 0) {
            r.warn("zero-count", "'+0' adds no sources", count.start, count.end);
          }
          chipSyntax |= count != null;
          if (!mentions.isEmpty() || n != 0) {
            entries.add(new NotationEntry(List.copyOf(mentions), n, unnamed,
                r.span(p.nameStart(), parts.get(endIdx).end)));
          }
          k = endIdx;
          prevSep = false;
        }
        case COUNT -> {
          if (p.value == 0) {
            r.warn("zero-count", "'" + r.text(p) + "' adds no sources", p.start, p.end);
          } else {
            entries.add(new NotationEntry(List.of(), (int) p.value, (int) p.value, r.span(p.start, p.end)));
          }
          prevSep = false;
        }
        case SEP -> {
          boolean oxford = p.isAnd && lastSep != null && prevSep && lastSepAfterComma;
          if (prevSep && !oxford) {
            r.warn("empty-item", "nothing between separators", p.start, p.end);
          }
          lastSepAfterComma = !p.isAnd && (r.s.charAt(p.start) == ',' || r.s.charAt(p.start) == '，');
          lastSep = p;
          prevSep = true;
        }
        case RESTATE -> {
          SourceMention m = resolver.mention(r, p);
          if (m != null) {
            if (!listed.contains(new Listed(m.source()))) {
              r.warn("restated-unlisted", "'" + r.text(p) + "' restates " + m.source().name()
                  + ", which is not listed before it", p.start, p.end);
              listed.add(new Listed(m.source()));
            }
            restatements.add(m);
          }
          prevSep = false;
        }
        case TOTAL -> {
          if (total.isPresent()) {
            r.warn("duplicate-total", "a second total '" + r.text(p) + "'; the first one counts", p.start, p.end);
          } else {
            total = OptionalInt.of((int) p.value);
          }
          prevSep = false;
        }
        case END, UNRECOGNIZED -> prevSep = false;
        default -> { }
      }
    }
    if (prevSep && lastSep != null) {
      r.warn("dangling-separator", "a separator with nothing after it", lastSep.start, lastSep.end);
    }
    if (total.isPresent() && total.getAsInt() != listed.size()) {
      Part t = parts.stream().filter(q -> q.kind == Part.Kind.TOTAL).findFirst().orElseThrow();
      r.warn("total-mismatch", "'" + r.text(t) + "' declares " + total.getAsInt() + " distinct named sources, but "
          + listed.size() + " are named", t.start, t.end);
    }
    return new Groups(entries, restatements, total, chipSyntax, linkChip);
  }

  /** The {@code +N} count right after the NAME at k (one space allowed), or -1. */
  private static int countAfter(NotationRead r, int k) {
    List<Part> parts = r.parts;
    int c = k + 1;
    if (c < parts.size() && parts.get(c).kind == Part.Kind.SPACE) {
      c++;
    }
    return c < parts.size() && parts.get(c).kind == Part.Kind.COUNT && NotationGrammar.isPlusStart(r.s, parts.get(c))
        ? c : -1;
  }
}
