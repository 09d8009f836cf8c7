package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link DevSetDocument} back as markup: the inverse of {@link DevSetParser}, so that
 * {@code parse(format(d))} gives {@code d} again (comments and the places of the {@code @} lines are
 * not kept: the {@code @} lines come last). Stateless and thread-safe.
 *
 * <pre>{@code
 * String markup = DevSetFormatter.format(document);
 * DevSetParser.parse(document.name(), markup).document().get().equals(document);   // true
 * }</pre>
 */
final class DevSetFormatter {

  private record Mark(String label, Span span) {}

  private DevSetFormatter() {}

  /**
   * The markup of a document.
   *
   * @param d the document
   * @return the markup, one sentence a line
   */
  static String format(DevSetDocument d) {
    List<Mark> marks = new ArrayList<>();
    for (DevSetRelation r : d.relations()) {
      r.source().forEach(s -> marks.add(new Mark("S" + r.id(), s)));
      r.cue().forEach(s -> marks.add(new Mark("C" + r.id(), s)));
      r.content().forEach(s -> marks.add(new Mark("Q" + r.id(), s)));
    }
    for (Map.Entry<Integer, List<Span>> m : d.mentions().entrySet()) {
      m.getValue().forEach(s -> marks.add(new Mark("M" + m.getKey(), s)));
    }
    // outer marks open first: by start, then longest first
    marks.sort(Comparator.comparing((Mark m) -> m.span().start()).thenComparing(m -> -m.span().end()));
    Set<Integer> sentenceGaps = new HashSet<>();
    for (int k = 1; k < d.sentences().size(); k++) {
      int gap = d.sentences().get(k - 1).end();
      if (d.sentences().get(k).start() == gap + 1) {
        sentenceGaps.add(gap);
      }
    }
    StringBuilder out = new StringBuilder("@doc style=").append(d.style()).append('\n');
    Deque<Mark> open = new ArrayDeque<>();
    String text = d.text();
    int next = 0;
    for (int p = 0; p <= text.length(); p++) {
      while (!open.isEmpty() && open.peek().span().end() == p) {
        open.pop();
        out.append('}');
      }
      while (next < marks.size() && marks.get(next).span().start() == p) {
        Mark m = marks.get(next++);
        open.push(m);
        out.append('{').append(m.label()).append(' ');
      }
      if (p < text.length()) {
        char c = text.charAt(p);
        if (sentenceGaps.contains(p)) {
          out.append('\n');
        } else if (c == '{' || c == '}' || c == '\\') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
      }
    }
    out.append("\n\n");
    for (DevSetRelation r : d.relations()) {
      out.append('@').append(r.id()).append(" kind=").append(r.kind()).append(" type=").append(r.type())
          .append(" cons=").append(String.join(",", r.constructions()));
      if (!r.antecedent().isEmpty()) {
        out.append(" ante=").append(r.antecedent());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
