package io.github.ascribe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceRegistry#confusable} answers ASCII text without making its key; it gives what the
 * full check gives ({@link SourceRegistry#confusableByKey}): on every name, alias and domain of the
 * bundled registry as written, re-cased, with punctuation and spaces around it and with a letter
 * changed, and on random ASCII text. Non-ASCII text takes the full check, which still finds
 * look-alikes.
 */
class ConfusableShortcutTest {

  private final SourceRegistry registry = SourceRegistry.bundled();

  @Test
  void asciiNamesAndTheirVariantsGetTheFullAnswer() {
    Random r = new Random(5);
    for (String name : names()) {
      List<String> variants = List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
          "The " + name, " " + name + ".", "\t" + name + "\u0000", name.replace(' ', '\u001F'),
          changeOneLetter(name, r), "the-" + name + "--");
      for (String v : variants) {
        check(v);
      }
    }
  }

  @Test
  void randomAsciiGetsTheFullAnswer() {
    Random r = new Random(9);
    String alphabet = "aeimnorstAPRT .-'`\"\t\u0000\u007F&/:";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(14); i < len; i++) {
        sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(128) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      check(sb.toString());
    }
  }

  @Test
  void nonAsciiLookAlikesAreStillFound() {
    assertThat(registry.confusable("Blооmberg")).isPresent(); // Cyrillic o
    assertThat(registry.confusable("Reu\u200Bters")).isPresent(); // a zero-width space
    assertThat(registry.confusable("Bloomberg")).isEmpty();
  }

  @Test
  void aCapitalLookAlikeWhoseLowerCaseIsNoneIsFound() {
    // Cyrillic capital Т looks like T, its lower case т does not look like t
    assertThat(registry.confusable("\u0422he Guardian")).hasValueSatisfying(c ->
        assertThat(c.lookalike().id()).isEqualTo("the-guardian"));
    assertThat(registry.confusable("Guard\u0456an")).isPresent(); // Cyrillic і
    assertThat(registry.confusable("\u0422\u0430\u0441\u0441")).isEmpty(); // Тасс, a real name in its own script
  }

  private void check(String text) {
    assertThat(registry.confusable(text)).as("confusable(%s)", text).isEqualTo(registry.confusableByKey(text));
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (Source s : registry.sources()) {
      out.add(s.name());
      out.addAll(s.aliases());
      out.addAll(s.domains());
    }
    out.removeIf(x -> !x.chars().allMatch(c -> c < 0x80));
    return out;
  }

  private static String changeOneLetter(String name, Random r) {
    if (name.isEmpty()) {
      return name;
    }
    char[] c = name.toCharArray();
    c[r.nextInt(c.length)] = (char) ('a' + r.nextInt(26));
    return new String(c);
  }
}
