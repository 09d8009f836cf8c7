package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.internal.NotationReader;
import io.github.ascribe.citations.internal.ReferenceNotationReader;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The notation reader gives exactly the results of {@link ReferenceNotationReader}, the reader as it
 * was before its performance work: on well-formed and damaged notation, on any string, on articles
 * and their lines and sentences, and on strings made of the pieces the fast paths decide on
 * (keywords in every case and width, registry names, accents, combining marks, invisible
 * characters), in lenient and strict mode, through {@code read} and {@code readUnlessProse}.
 * QuickTheories prints the failing seed; rerun with {@code -DQT_SEED=<seed>} to replay a failure.
 */
class ReferenceReaderTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();
  private static final NotationReader LENIENT = new NotationReader(REGISTRY, false);
  private static final NotationReader STRICT = new NotationReader(REGISTRY, true);
  private static final ReferenceNotationReader REFERENCE_LENIENT = new ReferenceNotationReader(REGISTRY, false);
  private static final ReferenceNotationReader REFERENCE_STRICT = new ReferenceNotationReader(REGISTRY, true);

  /** Pieces the fast paths must treat exactly as normalisation does. */
  private static final List<String> PIECES = List.of("and", "And", "AND", "ａｎｄ", "a\u0000nd", "and\u200B",
      "ánd", "und", "et", "y", "e", "E", "others", "Others", "other", "more", "MORE", "mοre", "news", "News",
      "outlets", "outlet", "sources", "Sources", "SOURCES", "source", "publications", "sites", "reports",
      "media", "zero", "one", "Two", "three", "twenty", "TWENTY", "ｔｗｏ", "0", "3", "12", "０", "１２", "9999",
      "10000", "٣", "sources:", "Source:", "**Sources:**", "Via", "via", "VIA", "Via.", "Per", "per", "reported",
      "by", "According", "according to", "as", "also", "cited", "read", "from", "the", "The", "THE", "Ｔｈｅ",
      "The Guardian", "Guardian", "Reuters", "Reu\u200Bters", "AP", "AP News", "Associated Press", "BBC",
      "Le Monde", "Libération", "Libe\u0301ration", "Mail", "Guardian", "Radio Free Europe", "Radio Liberty",
      "Times", "of", "India", "New York", "Times", "apnews.com", "https://apnews.com/x", "www.bbc.co.uk",
      "(https://www.reuters.com/a)", "[", "]", "(", ")", "（", "）", "*", "**", ":", "：", "=", "＝", "+", "＋",
      "+2", "+0", "+10000", "=3", "= 4", ",", "，", ";", "/", "|", "&", "＆", "·", "—", "-", "–", ".", "…", "。",
      "..", "'", "’", "`", "\"", "“", "«", " ", "  ", "\u00A0", "\t", "\n", "\u2028", "\u200B", "\u202E",
      "\u2066", "\u00AD", "\u0301", "ß", "İ", "\u212A", "ﬀ", "¨", "µ", "ª", "½", "Ø", "Đài", "Việt", "Nam",
      "Тасс", "Северный", "المصري", "اليوم", "新华社", "\uD835\uDC00", "\uD800", "x", "Kyiv", "Dispatch",
      "Poland", "Istanbul", "Maria", "Okafor", "said", "officials", "met", "on", "Tuesday");

  private static final List<String> JOINERS = List.of(" ", " ", " ", "", ", ", " + ", "/", " and ", "\u00A0");

  @Test
  void onNotation() {
    qt().withExamples(3000).forAll(NotationGen.wellFormed()).checkAssert(x -> agree(x.text()));
    qt().withExamples(3000).forAll(NotationGen.damaged()).checkAssert(x -> agree(x.text()));
  }

  @Test
  void onAnyString() {
    qt().withExamples(800).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(this::agree);
    qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 60)).checkAssert(this::agree);
  }

  @Test
  void onPieces() {
    qt().withExamples(10_000).forAll(pieces()).checkAssert(this::agree);
  }

  @Test
  void onArticlesTheirLinesAndSentences() {
    qt().withExamples(150).forAll(AnalysisPropertiesTest.articles()).checkAssert(article -> {
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
  void onEveryRegistryName() {
    for (Source s : REGISTRY.sources()) {
      agree(s.name());
      agree(s.name() + " +2, " + s.name().toUpperCase(java.util.Locale.ROOT) + " and 3 others");
      for (String alias : s.aliases()) {
        agree("the " + alias + " " + s.name());
      }
    }
  }

  /** Strings of 1 to 14 pieces with random joiners; one in four pieces is a registry name or alias. */
  static Gen<String> pieces() {
    List<String> names = new ArrayList<>();
    for (Source s : REGISTRY.sources()) {
      names.add(s.name());
      names.addAll(s.aliases());
    }
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 14));
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(JOINERS.get((int) in.next(Constraint.between(0, JOINERS.size() - 1))));
        }
        if (in.next(Constraint.between(0, 3)) == 0) {
          sb.append(names.get((int) in.next(Constraint.between(0, names.size() - 1))));
        } else {
          sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
        }
      }
      return sb.toString();
    };
  }

  private void agree(String input) {
    check(LENIENT, REFERENCE_LENIENT, input);
    check(STRICT, REFERENCE_STRICT, input);
  }

  private static void check(NotationReader reader, ReferenceNotationReader reference, String input) {
    String shown = SpecExample.escape(input);
    assertThat(reader.read(input)).as("read '%s'", shown).isEqualTo(reference.read(input));
    assertThat(reader.readUnlessProse(input)).as("readUnlessProse '%s'", shown)
        .isEqualTo(reference.readUnlessProse(input));
  }
}
