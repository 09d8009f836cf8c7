package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The shortcuts of {@link WordTable}, {@link KeyFilter}, {@link KeyIndex} and {@link ArticleMemo}
 * against the full path: an ASCII key hash is the hash of {@code Names.normalize}, a filter never
 * rules out a key of its set, a word compared in place equals a key exactly when its key does, and
 * a set or map look-up through the table answers as one with {@code Names.normalize(phrase)} does. Checked on every ASCII string of up to two characters and on generated text of words,
 * white space, punctuation, control characters and non-ASCII letters.
 */
class WordTableTest {

  private static final List<String> PIECES = List.of("the", "The", "U.S.", "Mr.", "said", "according", "to",
      "senior", "officials", "Reuters", "AP", "a", "o", "l'AFP", "d’", "Libération", "İstanbul", "Ünal", "x",
      "Smith", "newspaper", "Ministry", "ministry", "who", "WHO", "5%", "1922", "one-two", "R&D", "`", "'", "’",
      "\"", "“", "”", ",", ".", "-", "—", "(", ")", "[", "]", "+", "=", "/", "?", "!", "\u0000", "\u0007",
      "\u007F", "\u001C", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uD83D\uDE00", "\u00A0", "\t", "\n", "\r\n",
      " ", " ", " ", "  ");

  static Gen<String> texts() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(0, 24));
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
        if (in.next(Constraint.between(0, 2)) > 0) {
          sb.append(' ');
        }
      }
      return sb.toString();
    };
  }

  @Test
  void asciiKeyHashIsTheHashOfTheKeyOnEveryShortString() {
    for (int a = 0; a < 128; a++) {
      checkHash(String.valueOf((char) a));
      for (int b = 0; b < 128; b++) {
        checkHash("" + (char) a + (char) b);
      }
    }
  }

  @Test
  void asciiKeyHashIsTheHashOfTheKeyOnGeneratedText() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(s -> {
      for (int from = 0; from <= s.length(); from += 3) {
        for (int to = from; to <= s.length(); to += 2) {
          checkHash(s.substring(from, to));
        }
      }
    });
  }

  @Test
  void setLookUpsAnswerAsTheFullPath() {
    qt().withExamples(3_000).forAll(texts(), texts()).checkAssert((s, other) -> {
      WordTable w = WordTable.of(s, 0, s.length());
      WordTable cached = new WordTable(new ArticleMemo()).fill(s, 0, s.length(), Integer.MAX_VALUE);
      Set<String> set = phraseKeys(WordTable.of(other, 0, other.length()));
      // half of the set from this text, so that look-ups also hit
      List<String> own = new ArrayList<>(phraseKeys(w));
      for (int i = 0; i < own.size(); i += 2) {
        set.add(own.get(i));
      }
      KeyFilter filter = new KeyFilter(set);
      WordTable fresh = WordTable.of(s, 0, s.length());
      Map<String, Integer> map = new HashMap<>();
      set.forEach(k -> map.put(k, k.length()));
      KeyIndex<Integer> index = new KeyIndex<>(map);
      for (int a = 0; a < fresh.size(); a++) {
        String key = Names.normalize(fresh.text(a));
        assertThat(KeyIndex.of(set).contains(fresh, a)).isEqualTo(set.contains(key));
        if (!fresh.word(a)) {
          continue;
        }
        if (set.contains(key)) {
          assertThat(fresh.wordKeyMayBeIn(filter, a)).as("'%s' in %s", fresh.text(a), set).isTrue();
        }
        assertThat(index.get(fresh, a)).as("'%s' in %s", fresh.text(a), map).isEqualTo(map.get(key));
        for (String k : set) {
          assertThat(fresh.wordKeyEquals(a, k)).as("'%s' is '%s'", fresh.text(a), k).isEqualTo(key.equals(k));
        }
      }
      for (int a = 0; a < w.size(); a++) {
        assertThat(cached.key(a)).isEqualTo(Names.normalize(w.text(a)));
        for (int b = a + 1; b <= w.size() && b <= a + 5; b++) {
          String key = Names.normalize(w.phrase(a, b));
          assertThat(w.phraseKey(a, b)).isEqualTo(key);
          assertThat(w.keyIn(set, filter, a, b)).as("'%s' in %s", w.phrase(a, b), set).isEqualTo(set.contains(key));
          assertThat(cached.keyIn(set, filter, a, b)).isEqualTo(set.contains(key));
          if (keyOrPrefixIn(set, key)) {
            assertThat(w.keyOrPrefixMayBeIn(filter, a, b)).as("'%s' in %s", w.phrase(a, b), set).isTrue();
          }
        }
      }
    });
  }

  @Test
  void aJoinedAsciiWordKeyHashIsTheHashOfTheJoinedKeys() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(s -> {
      WordTable w = WordTable.of(s, 0, s.length());
      for (int a = 0; a < w.size(); a++) {
        StringBuilder joined = new StringBuilder();
        for (int b = a + 1; b <= w.size() && b <= a + 6; b++) {
          if (b > a + 1) {
            joined.append(' ');
          }
          joined.append(w.word(b - 1) ? w.key(b - 1) : w.text(b - 1));
          long h = w.joinedAsciiWordKeyHash(a, b);
          if (h >= 0) {
            assertThat((int) h).as("'%s' [%d, %d)", s, a, b).isEqualTo(joined.toString().hashCode());
          }
        }
      }
    });
  }

  @Test
  void aLimitedTableIsAPrefixOfTheFullOne() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(s -> {
      WordTable full = WordTable.of(s, 0, s.length());
      WordTable limited = new WordTable(null).fill(s, 0, s.length(), 5);
      assertThat(limited.size()).isEqualTo(Math.min(5, full.size()));
      for (int i = 0; i < limited.size(); i++) {
        assertThat(limited.start(i)).isEqualTo(full.start(i));
        assertThat(limited.end(i)).isEqualTo(full.end(i));
        assertThat(limited.word(i)).isEqualTo(full.word(i));
      }
    });
  }

  @Test
  void theArticleMemoAnswersAsNormalizeWhenEntriesCollide() {
    ArticleMemo cache = new ArticleMemo();
    qt().withExamples(5_000).forAll(texts()).checkAssert(s -> {
      for (int from = 0; from < s.length(); from += 2) {
        int to = Math.min(s.length(), from + 1 + from % 7);
        assertThat(cache.key(s, from, to)).isEqualTo(Names.normalize(s.substring(from, to)));
      }
    });
  }

  private static void checkHash(String s) {
    long h = WordTable.asciiKeyHash(s, 0, s.length());
    boolean ascii = s.chars().allMatch(c -> c < 0x80);
    assertThat(h).as("hash of '%s'", s).isEqualTo(ascii ? Names.normalize(s).hashCode() & 0xFFFFFFFFL : -1);
  }

  private static boolean keyOrPrefixIn(Set<String> set, String key) {
    if (set.contains(key)) {
      return true;
    }
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      if (set.contains(key.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> phraseKeys(WordTable w) {
    Set<String> out = new HashSet<>();
    for (int a = 0; a < w.size(); a++) {
      for (int b = a + 1; b <= w.size() && b <= a + 3; b++) {
        out.add(Names.normalize(w.phrase(a, b)));
      }
    }
    return out;
  }
}
