package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.internal.NotationPrefilter;
import io.github.ascribe.citations.internal.NotationReader;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link NotationPrefilter} never rejects what the notation reader could accept: wherever it says
 * "not notation", {@link NotationReader#readUnlessProse} returns null or a result that is not
 * notation, which is all {@code ArticleReader} looks at. Checked against the full reader on
 * generated notation, damaged notation, the spec examples, news-like sentences built from registry
 * names, places, particles, count words, near-miss spellings and notation characters, generated
 * articles, and arbitrary strings; in lenient and strict mode; with the bundled registry and with a
 * registry whose names are ordinary lowercase words.
 */
class NotationPrefilterTest {

  /** A registry whose names are made of prose words, so the word tables matter. */
  private static final SourceRegistry PROSE_NAMES = SourceRegistry.of(List.of(
      new Source("said-daily", "said daily", SourceKind.OUTLET, "", "", List.of(), List.of("the company said")),
      new Source("marketplace", "Marketplace Observer", SourceKind.OUTLET, "", "", List.of("marketplace.example"),
          List.of("officials report")),
      new Source("reuters", "Reuters", SourceKind.AGENCY, "", "", List.of(), List.of())));

  private static final List<Pair> PAIRS = List.of(
      new Pair(SourceRegistry.bundled(), false), new Pair(SourceRegistry.bundled(), true),
      new Pair(PROSE_NAMES, false), new Pair(PROSE_NAMES, true));

  private record Pair(NotationReader reader, NotationPrefilter prefilter) {
    Pair(SourceRegistry registry, boolean strict) {
      this(new NotationReader(registry, strict), NotationPrefilter.of(registry, strict));
    }
  }

  private static final List<String> WORDS = List.of("said", "company", "officials", "the", "of", "and", "und",
      "et", "y", "e", "according", "to", "per", "via", "reported", "by", "sources", "source", "more", "others",
      "other", "two", "three", "news", "outlets", "media", "market", "marketplace", "marketpalce", "markteplace",
      "observer", "obsrever", "obsprver", "daily", "report", "guardian", "gaurdian", "reuters", "reutres", "times", "post",
      "journal", "poland", "hungary", "korea", "kyiv", "new", "york", "city", "prices", "rose", "in", "may",
      "talks", "ended", "without", "deal", "minister", "statement", "quoted", "plan", "was", "dead", "le", "monde",
      "der", "spiegel", "bbc", "afp", "ap", "wsj", "yahoo", "fortune", "quartz", "dpa", "will", "fall", "high");

  private static final List<String> GLUE = List.of(" ", " ", " ", " ", " ", "  ", ", ", "; ", " / ", " + ", "+2 ",
      " +3", " =", "=", " =4", "](https://apnews.com/x) ", "](https://example.org/y) ", "[", "]", "(", ")", ". ", ".", ": ", " — ", "-", " & ",
      "\u00A0", "\u200B", "\t", "“", "”", "*", " https://www.reuters.com/a ", " www.bbc.co.uk ", "\n", "’s ",
      "ё", "é", "5", " 12 ", "www.", "www.bbc.co.uk", "http://x.org/");

  @Test
  void onNotation() {
    qt().withExamples(3000).forAll(NotationGen.wellFormed()).checkAssert(x -> agree(x.text()));
    qt().withExamples(3000).forAll(NotationGen.damaged()).checkAssert(x -> agree(x.text()));
  }

  @Test
  void onSpecExamples() throws IOException {
    for (SpecExample e : SpecExample.read()) {
      agree(e.input());
      for (int i = 0; i <= e.input().length(); i++) {
        agree(e.input().substring(0, i));
        agree(e.input().substring(i));
      }
    }
  }

  @Test
  void onNewsLikeSentences() {
    AtomicInteger prose = new AtomicInteger();
    AtomicInteger all = new AtomicInteger();
    qt().withExamples(20_000).forAll(sentences()).checkAssert(x -> {
      all.incrementAndGet();
      if (agree(x)) {
        prose.incrementAndGet();
      }
    });
    // the generator reaches both answers, so the check means something
    assertThat(prose.get()).isBetween(all.get() / 10, all.get() - all.get() / 10);
  }

  @Test
  void onArticlesTheirLinesAndSentences() {
    qt().withExamples(400).forAll(AnalysisPropertiesTest.articles()).checkAssert(article -> {
      agree(article);
      for (String line : article.split("\\R")) {
        agree(line);
        for (String sentence : line.split("(?<=[.!?])\\s+")) {
          agree(sentence);
        }
      }
    });
  }

  @Test
  void onArbitraryStrings() {
    qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(this::agreeQuietly);
    qt().withExamples(3000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 80))
        .checkAssert(this::agreeQuietly);
  }

  @Test
  void onKnownCases() {
    assertThat(agree("Officials said the plan was dead.")).isTrue();
    assertThat(agree("Reuters, the officials said so, AP")).isTrue();
    assertThat(agree("WSJ, The Guardian, Yahoo")).isFalse();
    assertThat(agree("=The Guardian said it was dead")).isFalse(); // a restatement takes the words
    assertThat(agree("Officials said it =The Guardian")).isTrue(); // but only the words after it
    assertThat(agree("[x](https://apnews.com/a) =The Guardian said it was dead")).isFalse();
    assertThat(agree("[Officials said it](https://apnews.com/a) =The Guardian said it was dead")).isFalse();
    assertThat(agree("[the company said things](https://apnews.com/x)")).isFalse(); // a link's host decides
    assertThat(agree("( [](x[) officials said things](https://apnews.com/x)")).isFalse();
    assertThat(agree("https://x.org/( [officials said things](https://apnews.com/x)")).isFalse();
    assertThat(agree("Officials said things, [filing](https://apnews.com/x)")).isTrue(); // before the link
    assertThat(agree("[Officials said things](https://example.org/x)")).isTrue(); // no registry host
    assertThat(agree("Officials said things [a](https://x.org/?q=1)")).isTrue(); // '=' in a target is no restatement
    // a URL runs on over brackets and commas, so the words after them there are part of it, not a pair
    assertThat(agree(".＋2 www.Fortune.(Officials s")).isFalse();
    assertThat(agree("Reuters +2 www.bbc.co.uk,Officials said")).isFalse();
    assertThat(agree("Reuters +2 (Officials said")).isTrue(); // no URL: the bracket starts a word
    for (String s : List.of("", " ", "a b ", "the company said it", "said daily news", "officials report that",
        "Marketplace Observer, and the company said so", "Marketpalce Obsrever", "two others said it",
        "according to officials said it", "Poland, Hungary and Slovakia said no", "and the others went home",
        "New york , Reuters +2, AP +1", "South korea , Reuters +2", // a place is no prose
        "Marketplace obsrever , Reuters", "Marketplace obsprver , Reuters")) { // fuzzy matches
      agree(s);
    }
  }

  /** Sentences of words, registry names and notation glue, with near-miss spellings. */
  private static Gen<String> sentences() {
    List<Source> sources = NotationGen.REGISTRY.sources();
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 14));
      for (int i = 0; i < n; i++) {
        long kind = in.next(Constraint.between(0, 9));
        if (kind == 0) {
          sb.append(sources.get((int) in.next(Constraint.between(0, sources.size() - 1))).name());
        } else if (kind == 1) {
          sb.append(GLUE.get((int) in.next(Constraint.between(0, GLUE.size() - 1))));
        } else {
          String w = WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1)));
          sb.append(in.next(Constraint.between(0, 4)) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        if (in.next(Constraint.between(0, 2)) > 0) {
          sb.append(' ');
        }
      }
      return sb.toString().strip();
    };
  }

  private void agreeQuietly(String input) {
    agree(input);
  }

  /** Checks the claim for every reader; returns whether the bundled lenient prefilter said "prose". */
  private static boolean agree(String input) {
    boolean first = false;
    for (int k = 0; k < PAIRS.size(); k++) {
      Pair p = PAIRS.get(k);
      boolean may = p.prefilter().mayBeNotation(input, 0, input.length());
      if (k == 0) {
        first = !may;
      }
      if (!may) {
        NotationResult r = p.reader().readUnlessProse(input);
        assertThat(r == null || !r.isNotation())
            .as("prefilter said prose for '%s' (pair %d), reader says %s", SpecExample.escape(input), k,
                r == null ? null : r.verdict())
            .isTrue();
      }
      // a range inside a longer string gives the same answer
      String padded = "=](" + input + "=](";
      assertThat(p.prefilter().mayBeNotation(padded, 3, 3 + input.length())).isEqualTo(may);
    }
    return first;
  }
}
