package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attribution cues of Chinese, Japanese and Korean text, where no space sets the name apart: {@code
 * 据新华社报道，…}, {@code 共同通信によると、…}, {@code 연합뉴스에 따르면 …}. A cue is a frame (what stands
 * before the name, what stands after it) from {@code cues/cjk.tsv}; the name inside must be a media
 * source the registry knows. Immutable and thread-safe.
 *
 * <pre>{@code
 * CjkCues cues = new CjkCues();
 * cues.find("据新华社报道，旅客增加。", 0, 12, SourceRegistry.bundled()); // [据新华社报道: Xinhua]
 * }</pre>
 */
public final class CjkCues {

  /** The longest name read inside a frame, in UTF-16 units. */
  static final int MAX_NAME = 16;

  /** A cue found: the frame with its name, and the name as a mention. */
  public record Hit(Span span, SourceMention mention) {}

  private record Frame(String before, String after) {}

  private final List<Frame> frames = new ArrayList<>();

  /** The frames of {@code cues/cjk.tsv}. */
  public CjkCues() {
    for (String line : Lexicon.lines("cues/cjk.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("cues/cjk.tsv: expected 3 columns: " + line);
      }
      frames.add(new Frame(cols[1].equals("-") ? "" : cols[1], cols[2]));
    }
  }

  /**
   * The cues in {@code s[from, to)}, in text order, none overlapping.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @param registry the registry names resolve against
   * @return the cues found
   */
  public List<Hit> find(String s, int from, int to, SourceRegistry registry) {
    List<Hit> found = new ArrayList<>();
    int at = from;
    while (at < to) {
      Hit best = null;
      for (Frame f : frames) {
        Hit h = next(s, at, to, f, registry);
        if (h != null && (best == null || h.span().start() < best.span().start()
            || h.span().start() == best.span().start() && h.span().end() > best.span().end())) {
          best = h;
        }
      }
      if (best == null) {
        break;
      }
      found.add(best);
      at = best.span().end();
    }
    return found;
  }

  /** The first cue of frame {@code f} in {@code s[at, to)}, or null. */
  private static Hit next(String s, int at, int to, Frame f, SourceRegistry registry) {
    for (int p = s.indexOf(f.after(), at); p >= 0 && p + f.after().length() <= to; p = s.indexOf(f.after(), p + 1)) {
      int end = p + f.after().length();
      if (!f.before().isEmpty()) {
        int q = s.lastIndexOf(f.before(), p - 1);
        int nameStart = q + f.before().length();
        if (q >= at && p - nameStart <= MAX_NAME) {
          Optional<SourceMention> m = media(s, nameStart, p, registry);
          if (m.isPresent()) {
            return new Hit(Span.of(q, end), m.get());
          }
        }
        continue;
      }
      for (int k = Math.max(at, p - MAX_NAME); k < p; k++) {
        Optional<SourceMention> m = media(s, k, p, registry);
        if (m.isPresent()) {
          return new Hit(Span.of(k, end), m.get()); // the longest name that ends at the cue
        }
      }
    }
    return null;
  }

  private static Optional<SourceMention> media(String s, int from, int to, SourceRegistry registry) {
    if (from >= to || Character.isWhitespace(s.charAt(from)) || Character.isLowSurrogate(s.charAt(from))) {
      return Optional.empty();
    }
    String name = s.substring(from, to).strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Resolution> r = registry.resolveExact(name);
    if (r.isEmpty() || !r.get().source().isMedia()) {
      return Optional.empty();
    }
    return Optional.of(new SourceMention(name, Span.of(from, from + name.length()), r.get().source(),
        r.get().match()));
  }
}
