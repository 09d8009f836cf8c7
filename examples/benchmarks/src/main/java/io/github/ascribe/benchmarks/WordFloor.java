package io.github.ascribe.benchmarks;

import com.ibm.icu.text.BreakIterator;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * (f) The cheapest reader of the analyser's shape, as a yardstick: it splits the text into
 * paragraphs at blank lines, segments each with ICU's sentence iterator, and looks
 * every word of every sentence up once in one hash table (the words of every registry name and
 * alias, lower-cased). It decides nothing and builds nothing; it counts the words it finds.
 *
 * <p>Any analyser that segments sentences and consults a dictionary for each word, as Ascribe must
 * to find outlets, verbs and cue phrases, costs at least this much; {@code docs/performance.md} uses
 * it to tell the cost of that shape from the cost of Ascribe's rules.
 *
 * <pre>{@code
 * WordFloor floor = WordFloor.ofRegistry(SourceRegistry.bundled());
 * int found = floor.read(text, BreakIterator.getSentenceInstance(new ULocale("en@ss=standard")));
 * }</pre>
 *
 * <p>Immutable; {@link #read} is thread-safe if each thread passes its own iterator.
 */
public final class WordFloor {

  private final String[] keys;
  private final int[] hashes;
  private final int mask;

  private WordFloor(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    keys = new String[size];
    hashes = new int[size];
    mask = size - 1;
    for (String w : words) {
      int h = w.hashCode();
      int slot = h & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = w;
      hashes[slot] = h;
    }
  }

  /**
   * A table of the words of every name and alias of {@code registry}.
   *
   * @param registry the sources
   * @return the yardstick
   */
  public static WordFloor ofRegistry(SourceRegistry registry) {
    Set<String> words = new LinkedHashSet<>();
    for (Source s : registry.sources()) {
      addWords(s.name(), words);
      for (String alias : s.aliases()) {
        addWords(alias, words);
      }
    }
    return new WordFloor(words);
  }

  private static void addWords(String name, Set<String> out) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
  }

  /** @return how many distinct words the table holds */
  public int size() {
    int n = 0;
    for (String k : keys) {
      n += k == null ? 0 : 1;
    }
    return n;
  }

  /**
   * Reads the text: paragraphs, sentences, a look-up per word.
   *
   * @param text the text
   * @param sentences an ICU sentence iterator, reset here
   * @return how many words of the text are in the table
   */
  public int read(String text, BreakIterator sentences) {
    int found = 0;
    int n = text.length();
    int p = 0;
    while (p < n) {
      int q = text.indexOf("\n\n", p);
      if (q < 0) {
        q = n;
      }
      if (q > p) {
        // a copy of the paragraph: an ICU range iterator can lose a boundary, and the library's way round
        // that is internal; measured, reading the range in place changes this reader's time by less than
        // the run-to-run noise
        sentences.setText(text.substring(p, q));
        int a = sentences.first();
        for (int b = sentences.next(); b != BreakIterator.DONE; a = b, b = sentences.next()) {
          found += words(text, p + a, p + b);
        }
      }
      p = q + 2;
    }
    return found;
  }

  /** Looks each word of {@code [from, to)} up once: one pass hashes the lower-cased word, one probe compares it. */
  int words(String s, int from, int to) {
    int found = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int h = 0;
      while (i < to && Character.isLetterOrDigit(c = s.charAt(i))) {
        h = 31 * h + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
        i++;
      }
      for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == h && keys[slot].length() == i - start
            && keys[slot].regionMatches(true, 0, s, start, i - start)) {
          found++;
          break;
        }
      }
    }
    return found;
  }
}
