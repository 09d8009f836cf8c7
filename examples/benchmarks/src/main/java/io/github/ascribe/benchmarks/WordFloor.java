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

  private final KeyTable table;

  private WordFloor(Set<String> words) {
    table = new KeyTable(words);
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
    return table.size();
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
        h = 31 * h + KeyTable.lower(c);
        i++;
      }
      if (table.contains(s, start, i, h)) {
        found++;
      }
    }
    return found;
  }
}
