package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NotationReader#readUnlessProse} is a shortcut, never a different answer: null only where
 * {@link NotationReader#read} says "not notation", and otherwise the very same result. Checked on
 * well-formed and damaged notation, whole generated articles, and every line and sentence-like
 * piece of them, in lenient and strict mode.
 */
class ProseShortcutTest {

  private static final NotationReader LENIENT = new NotationReader(SourceRegistry.bundled(), false);
  private static final NotationReader STRICT = new NotationReader(SourceRegistry.bundled(), true);

  @Test
  void onNotation() {
    qt().withExamples(3000).forAll(NotationGen.wellFormed()).checkAssert(x -> agree(x.text()));
    qt().withExamples(3000).forAll(NotationGen.damaged()).checkAssert(x -> agree(x.text()));
  }

  @Test
  void onArticlesTheirLinesAndSentences() {
    qt().withExamples(400).forAll(AnalysisPropertiesTest.articles()).checkAssert(article -> {
      agree(article);
      for (String piece : pieces(article)) {
        agree(piece);
      }
    });
  }

  @Test
  void onKnownCases() {
    for (String s : List.of("Russian and Ukrainian officials met for direct peace talks in Istanbul.",
        "WSJ, The Guardian, Yahoo", "AP News + The Guardian + Reuters.", "Fortune+1Quartz +2",
        "the news and observer", "The Guardian Reuters", "Poland, Hungary and Slovakia", "Reu\u200Bters, AP",
        "[espn+3](https://www.espn.com/x)", "per cent of the vote went to the ruling party",
        // names settled while the grammar reads: beside joining separators, inside links, last
        "the vote was close, Mail & Guardian, Reuters", "Mail & the vote was close, AP",
        "the vote was close & Guardian, AP", "[the vote was close](https://www.reuters.com/x), AP",
        "(the vote was close), AP", "AP, the vote was close.", "AP; the vote was close. +2",
        "Mail & the vote in the city was close on the day after the storm and Guardian said so",
        "the vote in the city was close on the day after the storm and Mail & Guardian", "")) {
      agree(s);
    }
  }

  private static void agree(String input) {
    for (NotationReader reader : new NotationReader[] {LENIENT, STRICT}) {
      NotationResult full = reader.read(input);
      NotationResult shortcut = reader.readUnlessProse(input);
      if (shortcut == null) {
        assertThat(full.isNotation()).as("shortcut said prose for '%s'", input).isFalse();
        assertThat(full.verdict().reason()).isEqualTo("prose");
      } else {
        assertThat(shortcut).as("'%s'", input).isEqualTo(full);
      }
    }
  }

  private static List<String> pieces(String article) {
    List<String> out = new ArrayList<>();
    for (String line : article.split("\\R")) {
      out.add(line);
      for (String sentence : line.split("(?<=[.!?])\\s+")) {
        out.add(sentence);
      }
    }
    return out;
  }
}
