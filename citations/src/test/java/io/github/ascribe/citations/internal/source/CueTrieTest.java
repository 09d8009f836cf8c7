package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link CueTrie#matching} walks a trie of cue words; it must find exactly the cues that a
 * scan of every cue finds at a token (first word equal to the token's key, every word equal to the
 * tokens' keys, punctuation as written), in the order they are tried: longest first, then as listed.
 * Checked on text made of cue words, their case variants, punctuation and other words.
 */
class CueTrieTest {

  private static final Lexicon LEXICON = Lexicon.get();
  private static final CueTrie TRIE = new CueTrie(LEXICON.cues());
  private static final List<CueTrie.Cue> CUES = TRIE.cues();
  private static final List<String> WORDS = words();

  private static List<String> words() {
    List<String> out = new ArrayList<>(List.of(",", ".", "'", "’", "#", "-", "Reuters", "the", "Ministry", "x"));
    for (Lexicon.Cue c : LEXICON.cues()) {
      for (String w : c.phrase().split(" ")) {
        out.add(w);
        out.add(w.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  static Gen<String> texts() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 12));
      for (int i = 0; i < n; i++) {
        sb.append(WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1))));
        sb.append(in.next(Constraint.between(0, 4)) == 0 ? "" : " ");
      }
      return sb.toString();
    };
  }

  @Test
  void theTrieFindsWhatAScanOfEveryCueFinds() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(s -> {
      WordTokens w = WordTokens.of(s, 0, s.length());
      for (int i = 0; i < w.size(); i++) {
        assertThat(TRIE.matching(w, i)).as("'%s' at token %d", s, i).isEqualTo(scan(w, i));
      }
    });
  }

  @Test
  void everyCueIsFoundInItsOwnWords() {
    int found = 0;
    for (CueTrie.Cue c : CUES) {
      String text = String.join(" ", c.words());
      WordTokens w = WordTokens.of(text, 0, text.length());
      assertThat(TRIE.matching(w, 0)).isEqualTo(scan(w, 0));
      found += scan(w, 0).contains(c) ? 1 : 0;
    }
    assertThat(found).isGreaterThan(CUES.size() / 2);
  }

  /** The cues matching at token {@code i}, by trying every cue, in the order they are tried. */
  private static List<CueTrie.Cue> scan(WordTokens w, int i) {
    List<CueTrie.Cue> out = new ArrayList<>();
    String first = w.word(i) ? w.key(i) : w.text(i);
    for (CueTrie.Cue c : CUES) {
      if (!c.words().get(0).equals(first) || i + c.length() > w.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < c.length() && all; k++) {
        String key = w.word(i + k) ? w.key(i + k) : w.text(i + k);
        all = key.equals(c.lower().get(k));
      }
      if (all) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt((CueTrie.Cue c) -> -c.length()).thenComparingInt(CueTrie.Cue::order));
    return out;
  }
}
