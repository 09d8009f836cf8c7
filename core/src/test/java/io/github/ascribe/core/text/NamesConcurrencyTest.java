package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Names} shares its ICU normalisers and its one transliterator between threads: many threads
 * making keys and slugs of names in other scripts at once get what one thread gets.
 */
class NamesConcurrencyTest {

  private static final List<String> NAMES = List.of("Укрінформ", "Süddeutsche Zeitung", "ТАСС", "共同通信",
      "Ελληνική Ραδιοφωνία", "الأهرام", "ＷＳＪ", "Libe\u0301ration", "देवनागरी समाचार", "İstanbul Post",
      "Ωmega ώρα", "Reu\u200Bters", "新华社", "Yonhap 연합뉴스");

  @Test
  void manyThreadsGetWhatOneThreadGets() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String n : NAMES) {
      expected.add(Names.normalize(n) + "|" + Names.slug(n));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            got.clear();
            for (String n : NAMES) {
              got.add(Names.normalize(n) + "|" + Names.slug(n));
            }
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
