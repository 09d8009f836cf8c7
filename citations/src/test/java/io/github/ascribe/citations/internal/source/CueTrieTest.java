package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link ProseFinder#matchingCues} walks a trie of cue words; it must find exactly the cues that a
 * scan of every cue finds at a token (first word equal to the token's key, every word equal to the
 * tokens' keys, punctuation as written), in the order they are tried: longest first, then as listed.
 * Checked on text made of cue words, their case variants, punctuation and other words.
 */
class CueTrieTest {

  private static final Lexicon LEXICON = Lexicon.get();
  private static final ProseFinder FINDER =
      new ProseFinder(new SourcePhrases(SourceRegistry.bundled(), LEXICON), LEXICON);
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
      WordTable w = WordTable.of(s, 0, s.length());
      for (int i = 0; i < w.size(); i++) {
        List<Integer> found = FINDER.matchingCues(w, i);
        assertThat(found == null ? List.of() : found).as("'%s' at token %d", s, i).isEqualTo(scan(w, i));
      }
    });
  }

  @Test
  void everyCueIsFoundInItsOwnWords() {
    int found = 0;
    for (int c = 0; c < FINDER.cueCount(); c++) {
      String text = String.join(" ", FINDER.cueWords(c)[0]);
      WordTable w = WordTable.of(text, 0, text.length());
      assertThat(FINDER.matchingCues(w, 0) == null ? List.of() : FINDER.matchingCues(w, 0)).isEqualTo(scan(w, 0));
      found += scan(w, 0).contains(c) ? 1 : 0;
    }
    assertThat(found).isGreaterThan(FINDER.cueCount() / 2);
  }

  /** The cues matching at token {@code i}, by trying every cue, in the order they are tried. */
  private static List<Integer> scan(WordTable w, int i) {
    List<Integer> out = new ArrayList<>();
    String first = w.word(i) ? w.key(i) : w.text(i);
    for (int c = 0; c < FINDER.cueCount(); c++) {
      String[] cue = FINDER.cueWords(c)[0];
      String[] lower = FINDER.cueWords(c)[1];
      if (!cue[0].equals(first) || i + lower.length > w.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < lower.length && all; k++) {
        String key = w.word(i + k) ? w.key(i + k) : w.text(i + k);
        all = key.equals(lower[k]);
      }
      if (all) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt((Integer c) -> -FINDER.cueWords(c)[0].length).thenComparingInt(c -> c));
    return out;
  }
}
