package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.internal.KeyWords;
import java.util.List;

/**
 * Stop-at-prose while the grammar reads: one prose name makes a text no notation, so a read that
 * only needs the verdict ({@link NotationReader#readUnlessProse}) can end at the first name that
 * reads as prose instead of reading the whole text first. A NAME part is asked as soon as it is
 * <em>settled</em>, that is, no later stage can change it:
 * <ul>
 *   <li>it was closed outside brackets, so no link target ({@code [text](url)}) is given to it;
 *   <li>no separator that joins names ({@code &}, {@code /}, {@code +}, {@code |}, {@code and})
 *       stands right before or after it, or it has more words than any registry name ({@link
 *       KeyWords}), so {@link NameSegmenter#joinNames} joins it to nothing (a join is a registry name);
 *   <li>a part other than a space or a wrapper follows it, so it is not the last name, whose stop
 *       {@link NameSegmenter#markEnd} cuts.
 * </ul>
 * A settled name is asked exactly as {@link VerdictRules#anyNameReadsAsProse} asks it after every
 * stage, so stopping early gives the same answer, sooner. One instance per read; not thread-safe.
 */
final class ProseStop {

  private final NotationRead r;
  private final VerdictRules verdicts;
  /** The most words of a registry name's key. */
  private final int maxNameWords;
  /** The index in {@code r.parts} of the name closed last and not yet settled, or -1. */
  private int pending = -1;

  ProseStop(NotationRead r, VerdictRules verdicts, int maxNameWords) {
    this.r = r;
    this.verdicts = verdicts;
    this.maxNameWords = maxNameWords;
  }

  /**
   * The grammar closed the NAME part at {@code index}.
   *
   * @param inBrackets whether a bracket was open when it closed
   * @return whether a name settled on the way reads as prose
   */
  boolean closed(int index, boolean inBrackets) {
    boolean prose = settle();
    pending = inBrackets ? -1 : index;
    return prose;
  }

  /**
   * Settles the pending name if the parts read so far settle it.
   *
   * @return whether it reads as prose
   */
  boolean settle() {
    if (pending < 0) {
      return false;
    }
    List<Part> parts = r.parts;
    int next = pending + 1;
    while (next < parts.size() && (parts.get(next).kind == Part.Kind.SPACE || parts.get(next).kind == Part.Kind.WRAPPER)) {
      next++;
    }
    if (next >= parts.size()) {
      return false; // maybe the last name: wait
    }
    Part name = parts.get(pending);
    boolean joins = (joiningSeparator(parts, pending + 1, 1) || joiningSeparator(parts, pending - 1, -1))
        && !KeyWords.longerThanAnyName(r.s, name.nameStart(), name.nameEnd(), maxNameWords);
    pending = -1;
    return !joins && verdicts.readsAsProse(r, name);
  }

  /** Whether the part at {@code k}, or the one beyond it in direction {@code step} if it is a space, joins names. */
  private boolean joiningSeparator(List<Part> parts, int k, int step) {
    int at = k >= 0 && k < parts.size() && parts.get(k).kind == Part.Kind.SPACE ? k + step : k;
    return at >= 0 && at < parts.size() && parts.get(at).kind == Part.Kind.SEP
        && NameSegmenter.joinable(r.s, parts.get(at));
  }
}
