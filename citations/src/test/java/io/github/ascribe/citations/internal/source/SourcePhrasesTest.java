package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link SourcePhrases#lastRegistryName} reads the last {@link SourcePhrases#NEAR} units first; it
 * must find what a scan of the whole look-back finds, with new tables or with a context's table
 * and memo reused from one look-back to the next. Checked on long text made of outlet names,
 * their parts, other words and punctuation, with and without spaces between them.
 */
class SourcePhrasesTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();
  private static final SourcePhrases PHRASES = new SourcePhrases(REGISTRY, Lexicon.get());
  private static final List<String> NAMES = List.of("Reuters", "The New York Times", "New York", "Times", "BBC",
      "BBC News", "U.S.", "AP", "The", "Le Monde", "Monde", "l’Equipe", "Wall Street Journal", "Street");
  private static final List<String> OTHERS = List.of("the", "newspaper", "said", "Officials", "x", ",", ".", "’",
      "-", "York");
  private static final List<String> GAPS = List.of(" ", " ", " ", "", "\n", "  ", ". ");

  /** Long text with few names, so that the last one is often far back, or cut by where reading starts. */
  static Gen<String> texts() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 600));
      int rarity = (int) in.next(Constraint.between(1, 80));
      for (int i = 0; i < n; i++) {
        List<String> pieces = in.next(Constraint.between(0, rarity)) == 0 ? NAMES : OTHERS;
        sb.append(pieces.get((int) in.next(Constraint.between(0, pieces.size() - 1))));
        sb.append(GAPS.get((int) in.next(Constraint.between(0, GAPS.size() - 1))));
      }
      return sb.toString();
    };
  }

  @Test
  void readingTheNearEndFirstFindsWhatTheWholeLookBackFinds() {
    qt().withExamples(10_000).forAll(texts(), in -> in.next(Constraint.between(0, 1000)))
        .checkAssert((s, seed) -> {
          int to = (int) (s.length() - seed % (s.length() / 4 + 1));
          int from = (int) (seed * 7 % (to / 2 + 1));
          SourcePhrases.Found expected = wholeScan(s, from, to);
          SourcePhrases.Found actual = PHRASES.lastRegistryName(s, from, to);
          assertThat(actual).as("'%s' [%d, %d)", s, from, to).isEqualTo(expected);
          // through the context's table and memo, which every example shares, as an article's sentences do
          assertThat(PHRASES.lastRegistryName(s, from, to, CONTEXT)).as("'%s' [%d, %d)", s, from, to)
              .isEqualTo(expected);
        });
  }

  private static final SourcePhrases.Context CONTEXT = new SourcePhrases.Context();

  /** The last capitalised registry outlet in one table of the whole look-back. */
  private static SourcePhrases.Found wholeScan(String s, int from, int to) {
    WordTable w = WordTable.of(s, Math.max(from, to - SourcePhrases.LOOKBACK), to);
    int maxWords = REGISTRY.maxNameWords();
    for (int end = w.size(); end > 0; end--) {
      for (int len = Math.min(maxWords, end); len >= 1; len--) {
        int i = end - len;
        if (!w.word(i) || !w.word(end - 1) || !w.startsUpper(i)) {
          continue;
        }
        Optional<Resolution> r = REGISTRY.resolveExact(s.substring(w.start(i), w.end(end - 1)));
        if (r.isPresent() && r.get().source().isMedia()) {
          return new SourcePhrases.Found(r.get().source(), Span.of(w.start(i), w.end(end - 1)), r.get().match());
        }
      }
    }
    return null;
  }

  @Test
  void lastWordIsTheLastElementOfSplit() {
    qt().withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.strings().betweenCodePoints(' ', 'c').ofLengthBetween(0, 12))
        .checkAssert(name -> {
          String[] parts = name.split(" ");
          assertThat(SourcePhrases.lastWord(name)).as("'%s'", name)
              .isEqualTo(parts.length == 0 ? "" : parts[parts.length - 1]);
        });
  }

  /**
   * The shortcut of the registry answer: on ASCII text without a dot, the name index in place says
   * what {@code resolveExact} says, and no such text imitates a registry name.
   */
  @Test
  void asciiTextWithoutADotIsAnsweredByTheNameIndex() {
    var names = io.github.ascribe.core.internal.RegistryAccess.names(REGISTRY);
    qt().withExamples(300).forAll(texts()).checkAssert(s -> {
      int n = Math.min(s.length(), 120);
      for (int a = 0; a < n; a += 3) {
        for (int b = a + 1; b <= Math.min(n, a + 40); b++) {
          if (!SourcePhrases.isAsciiWithoutDot(s, a, b)) {
            continue;
          }
          String text = s.substring(a, b);
          assertThat(names.name(s, a, b)).as("'%s'", text).isEqualTo(REGISTRY.resolveExact(text).orElse(null));
          assertThat(REGISTRY.confusable(text)).as("'%s'", text).isEmpty();
        }
      }
    });
    assertThat(SourcePhrases.isAsciiWithoutDot("The Guardian", 0, 12)).isTrue();
    assertThat(SourcePhrases.isAsciiWithoutDot("apnews.com", 0, 10)).isFalse();
    assertThat(SourcePhrases.isAsciiWithoutDot("Le Monde’s", 0, 10)).isFalse();
  }
}
