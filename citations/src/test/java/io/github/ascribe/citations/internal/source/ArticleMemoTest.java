package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleMemo} gives for each range what copying and normalising it gives: the same text and
 * the same keys, for words and phrases met again and again (so that answers come from the memo),
 * for texts that share a hash slot and for texts too long to remember; a table with the memo reads
 * the same phrases and phrase keys as one without.
 */
class ArticleMemoTest {

  private static final List<String> WORDS = List.of("Reuters", "said", "the", "ministry", "officials", "Dr.",
      "Okafor", "AP", "Le Monde", "Libération", "ÉTAT", "l’agence", "—", ",", "two", "Aa", "BB", "senior",
      "x".repeat(70), "İstanbul", "\u00A0", "u.s.");

  @Test
  void remembersWhatCopyingGives() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 60),
            lists().of(integers().between(0, 400)).ofSizeBetween(2, 80))
        .checkAssert((words, cuts) -> {
          StringBuilder sb = new StringBuilder();
          for (int k : words) {
            sb.append(WORDS.get(k)).append(' ');
          }
          String s = sb.toString();
          ArticleMemo memo = new ArticleMemo();
          for (int round = 0; round < 2; round++) { // the second round reads from the memo
            for (int k = 0; k + 1 < cuts.size(); k++) {
              int a = Math.min(cuts.get(k), cuts.get(k + 1)) % (s.length() + 1);
              int b = Math.min(s.length(), a + Math.abs(cuts.get(k + 1) - cuts.get(k)) % 90);
              String copy = s.substring(a, b);
              assertThat(memo.text(s, a, b)).isEqualTo(copy);
              assertThat(memo.key(s, a, b)).isEqualTo(Names.normalize(copy));
              assertThat(memo.phraseKey(s, a, b)).isEqualTo(Names.normalize(copy));
            }
          }
        });
  }

  @Test
  void tablesWithAndWithoutTheMemoReadAlike() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 40))
        .checkAssert(words -> {
          StringBuilder sb = new StringBuilder();
          for (int k : words) {
            sb.append(WORDS.get(k)).append(k % 3 == 0 ? ", " : " ");
          }
          String s = sb.toString();
          ArticleMemo memo = new ArticleMemo();
          for (int round = 0; round < 2; round++) {
            WordTable with = new WordTable(memo).fill(s, 0, s.length(), Integer.MAX_VALUE);
            WordTable without = WordTable.of(s, 0, s.length());
            assertThat(with.size()).isEqualTo(without.size());
            for (int a = 0; a < with.size(); a++) {
              for (int b = a + 1; b <= with.size() && b <= a + 5; b++) {
                assertThat(with.phrase(a, b)).isEqualTo(without.phrase(a, b));
                assertThat(with.phraseKey(a, b)).isEqualTo(without.phraseKey(a, b));
              }
            }
          }
        });
  }
}
