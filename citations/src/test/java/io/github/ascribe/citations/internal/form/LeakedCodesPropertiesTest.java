package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link LeakedCodes}: every code a kind reads ends with one of the characters the
 * kind declares as its last ({@link LeakedCodes.Kind#mayEndWith}), which {@link
 * LeakedCodes#startBefore} relies on; and a code written in a sentence is found again from its end.
 * The texts are glued from pieces of every kind's codes, whole and cut, and of prose.
 */
class LeakedCodesPropertiesTest {

  /** Pieces of codes of every kind, whole and cut, and of the text around them. */
  private static final List<String> PIECES = List.of(":contentReference[oaicite:0]{index=0}",
      ":contentReference[oaicite:12]", "\uE200cite\uE202turn0news19\uE202turn1search3\uE201", "citeturn0news19",
      "citeturn4view0turn2search1", "【24†source】", "【3†L10-L20】", "[oai_citation:0‡Reuters](https://reuters.com/x)",
      "[oai_citation:1‡AP News]", "[cite: 1, 16]", "[cite:4]", "[cite_start]",
      "[](grok_render_citation_card_json={\"id\":1})", "<grok-card data-id=\"a\"></grok-card>",
      "<grok:render type=\"x\">y</grok:render>", "<grok:render card>", "cite", "turn", "0", "19", "news", "[", "]",
      "(", ")", "{", "}", "<", ">", "【", "】", "†", ":", "\uE200", "\uE201", "\uE202", " ", ".", "\n", "Prices rose",
      "said", "x");

  @Test
  void everyCodeEndsWithACharacterItsKindDeclares() {
    qt().withExamples(2_000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 8))
        .checkAssert(picks -> {
          String s = picks.stream().map(PIECES::get).collect(Collectors.joining());
          int n = s.length();
          for (LeakedCodes.Kind kind : LeakedCodes.Kind.values()) {
            for (int a = 0; a < n; a++) {
              int e = LeakedCodes.endAt(kind, s, a, n);
              if (e > a) {
                assertThat(kind.mayEndWith(s.charAt(e - 1))).as("%s code [%d, %d) of '%s'", kind, a, e, s).isTrue();
                int start = LeakedCodes.startBefore(kind, s, 0, e);
                assertThat(start).as("%s code ending at %d of '%s'", kind, e, s).isBetween(0, e - 1);
              }
            }
          }
        });
  }

  @Test
  void aCodeAfterASentenceIsFoundFromItsEnd() {
    for (String code : List.of(":contentReference[oaicite:0]{index=0}", "citeturn0news19", "【24†source】",
        "[oai_citation:0‡Reuters](https://reuters.com/x)", "[cite: 1, 16]",
        "[](grok_render_citation_card_json={\"id\":1})")) {
      String s = "The port reopened on Monday. " + code;
      boolean found = false;
      for (LeakedCodes.Kind kind : LeakedCodes.Kind.values()) {
        found |= LeakedCodes.startBefore(kind, s, 0, s.length()) == s.length() - code.length();
      }
      assertThat(found).as(code).isTrue();
    }
  }
}
