package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link NameIndex#name} answers what {@link SourceRegistry#resolveExact} answers for names and
 * aliases: on every registry name and alias written in many ways, on runs of registry words, on text
 * built from name-like characters, and on any string; inside longer text too.
 */
class NameIndexTest {

  private static final SourceRegistry BUNDLED = SourceRegistry.bundled();
  private static final SourceRegistry SMALL = SourceRegistry.builder()
      .add(new Source("the-times", "The Times", SourceKind.OUTLET, "GB", "en", List.of("thetimes.example"),
          List.of("Times of London", "the  the")))
      .add(new Source("times", "Times", SourceKind.OUTLET, "", "", List.of(), List.of("T`imes", "a.b")))
      .build();
  private static final List<String> WORDS = words();

  @Test
  void everyNameAndAliasWrittenManyWays() {
    for (Source s : BUNDLED.sources()) {
      List<String> names = new ArrayList<>(s.aliases());
      names.add(s.name());
      for (String n : names) {
        for (String v : List.of(n, n.toUpperCase(Locale.ROOT), n.toLowerCase(Locale.ROOT), "the " + n, "The  " + n,
            " " + n + ". ", "**" + n + "**", n.replace(" ", "\t "), n.replace(" ", " \u0000"), n + "'s", "x" + n,
            n.replace('e', '`'), "THE\n" + n, n.replace(" ", "\u00A0"), n + "\u200B")) {
          check(BUNDLED, v);
        }
      }
    }
  }

  @Test
  void anotherRegistry() {
    for (String v : List.of("The Times", "the times", "Times", "the Times of London", "The The Times", "the the",
        "the  the", "The The", "t`imes", "T'imes", "a.b", "the a.b", "the", "the ", "The Times.", "thetimes.example",
        "", ".", "the\u0000 times", "th e times", "thetimes")) {
      check(SMALL, v);
    }
  }

  @Test
  void runsOfRegistryWords() {
    Gen<String> runs = in -> {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = (int) in.next(Constraint.between(1, 5)); k < n; k++) {
        sb.append(k == 0 ? "" : in.next(Constraint.between(0, 5)) == 0 ? "  " : " ");
        sb.append(WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1))));
      }
      return sb.toString();
    };
    qt().withExamples(50_000).forAll(runs).checkAssert(s -> check(BUNDLED, s));
  }

  @Test
  void runsOfRegistryWordsWithCharactersThatAreNotAscii() {
    String damage = "\u00E9\u00C9\u0131\u0130\u2019\u2018\u201C\u2013\u00A0\u3000\u200B\u200D\u202E\u00AD"
        + "\u0301\uFF0B\uFF21\uFF47\u00DF\u0410\u0435\uD835\uDC1A\u65B0\u00B7";
    Gen<String> runs = in -> {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = (int) in.next(Constraint.between(1, 4)); k < n; k++) {
        sb.append(k == 0 ? "" : " ");
        sb.append(WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1))));
      }
      for (int k = 0, n = (int) in.next(Constraint.between(0, 3)); k < n && sb.length() > 0; k++) {
        int at = (int) in.next(Constraint.between(0, sb.length() - 1));
        char c = damage.charAt((int) in.next(Constraint.between(0, damage.length() - 1)));
        if (in.next(Constraint.between(0, 1)) == 0) {
          sb.setCharAt(at, c);
        } else {
          sb.insert(at, c);
        }
      }
      return sb.toString();
    };
    qt().withExamples(50_000).forAll(runs).checkAssert(s -> check(BUNDLED, s));
  }

  @Test
  void nameLikeAndAnyText() {
    qt().withExamples(20_000).forAll(strings().ascii().ofLengthBetween(0, 20)).checkAssert(s -> check(BUNDLED, s));
    qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> check(BUNDLED, s));
    qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> check(SMALL, s));
  }

  private static List<String> words() {
    List<String> out = new ArrayList<>(List.of("the", "The", "THE", "of", ".", "-", "'", "`", "&", "+"));
    for (Source s : BUNDLED.sources()) {
      out.addAll(List.of(s.name().split(" ")));
    }
    return out;
  }

  private static void check(SourceRegistry registry, String text) {
    Resolution expected = registry.resolveExact(text).filter(r -> r.match().kind() != MatchKind.DOMAIN).orElse(null);
    NameIndex names = RegistryAccess.names(registry);
    assertThat(names.name(text, 0, text.length())).as("'%s'", text).isEqualTo(expected);
    assertThat(names.nameOfKey(text)).as("'%s' by its key", text).isEqualTo(expected);
    String framed = "<" + text + ">";
    assertThat(names.name(framed, 1, framed.length() - 1)).as("'%s' framed", text).isEqualTo(expected);
    if (expected != null) {
      // readers skip the hidden-character check for what the index finds
      assertThat(Names.hasHiddenCharacters(text)).as("'%s' found but hides characters", text).isFalse();
    }
  }
}
