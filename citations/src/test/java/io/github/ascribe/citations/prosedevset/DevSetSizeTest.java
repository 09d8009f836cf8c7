package io.github.ascribe.citations.prosedevset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The prose development set is well formed and as large as issue 19 asks: every file parses, at
 * least {@link #MIN_ENGLISH} English sentences and {@link #MIN_OTHER} in each other language, every
 * construction and every style present in English, and sentences without attribution (negatives).
 */
class DevSetSizeTest {

  static final int MIN_ENGLISH = 300;
  static final int MIN_OTHER = 50;
  static final int MIN_HELD_OUT = 60;

  /** The tags that say where the source stands; every relation has one. */
  static final List<String> ORDER = List.of("x-said", "said-x", "x-who-said", "x-told-y", "according-to",
      "quoted-as-saying", "is-said-to", "noun-cue");

  @Test
  void everyFileParsesAndTheSetIsLargeEnough() {
    List<String> wrong = new ArrayList<>();
    for (DevSetFiles.Language l : DevSetFiles.read()) {
      wrong.addAll(l.errors());
      int min = l.language().equals("en") ? MIN_ENGLISH : MIN_OTHER;
      System.out.println(l.language() + ": " + l.documents().size() + " files, " + l.sentences() + " sentences, "
          + l.documents().stream().mapToInt(d -> d.relations().size()).sum() + " relations, "
          + negatives(l) + " sentences without attribution");
      if (l.sentences() < min) {
        wrong.add(l.language() + " has " + l.sentences() + " sentences, needs " + min);
      }
      if (negatives(l) < l.sentences() / 10) {
        wrong.add(l.language() + " has only " + negatives(l) + " sentences without attribution");
      }
      if (l.language().equals("en")) {
        Map<String, Integer> cons = new TreeMap<>();
        l.documents().forEach(d -> d.relations().forEach(r -> r.constructions().forEach(c -> cons.merge(c, 1, Integer::sum))));
        DevSetRelation.CONSTRUCTIONS.stream().filter(c -> cons.getOrDefault(c, 0) < 5)
            .forEach(c -> wrong.add("en has " + cons.getOrDefault(c, 0) + " relations of " + c + ", needs 5"));
        DevSetParser.STYLES.stream().filter(s -> l.documents().stream().noneMatch(d -> d.style().equals(s)))
            .forEach(s -> wrong.add("en has no " + s + " file"));
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The held-out English set parses and has at least {@link #MIN_HELD_OUT} sentences, negatives among them. */
  @Test
  void theHeldOutSetParsesAndIsLargeEnough() {
    DevSetFiles.Language held = DevSetFiles.readWithHeldOut().stream()
        .filter(l -> l.language().equals(DevSetFiles.HELD_OUT)).findFirst().orElseThrow();
    assertThat(held.errors()).isEmpty();
    assertThat(held.sentences()).isGreaterThanOrEqualTo(MIN_HELD_OUT);
    assertThat(negatives(held)).isGreaterThanOrEqualTo(held.sentences() / 10);
  }

  /**
   * The span rules of the guide that a check can see: no content starts with a complementiser, no
   * span starts or ends with a comma or a full stop outside quotation marks, no source or cue holds a
   * comma-delimited apposition or relative clause, and every relation has a tag of {@link #ORDER}.
   */
  @Test
  void spansFollowTheGuide() {
    List<String> wrong = new ArrayList<>();
    for (DevSetFiles.Language l : DevSetFiles.readWithHeldOut()) {
      for (DevSetDocument d : l.documents()) {
        for (DevSetRelation r : d.relations()) {
          String where = d.name() + " @" + r.id() + ": ";
          if (r.constructions().stream().noneMatch(ORDER::contains)) {
            wrong.add(where + "no tag says where the source stands (one of " + ORDER + ")");
          }
          for (Span s : r.content()) {
            String t = s.text(d.text()).toLowerCase(Locale.ROOT);
            for (String c : List.of("that ", "dass ", "que ", "qu'", "che ", "ch'")) {
              if (t.startsWith(c)) {
                wrong.add(where + "content starts with '" + c.strip() + "': " + t);
              }
            }
          }
          for (List<Span> spans : List.of(r.source(), r.cue(), r.content())) {
            for (Span s : spans) {
              String t = s.text(d.text());
              if (t.startsWith(",") || t.startsWith(".") || t.endsWith(",") || t.endsWith(".")) {
                wrong.add(where + "span starts or ends with punctuation: " + t);
              }
            }
          }
          for (List<Span> spans : List.of(r.source(), r.cue())) {
            for (Span s : spans) {
              if (s.text(d.text()).contains(", ")) {
                wrong.add(where + "a comma inside a source or cue: " + s.text(d.text()));
              }
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Sentences that no span of any relation touches. */
  static int negatives(DevSetFiles.Language l) {
    int n = 0;
    for (DevSetDocument d : l.documents()) {
      n += (int) d.sentences().stream().filter(s -> d.relations().stream().noneMatch(r -> r.hull().overlaps(s))).count();
    }
    return n;
  }
}
