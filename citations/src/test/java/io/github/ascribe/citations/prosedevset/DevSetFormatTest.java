package io.github.ascribe.citations.prosedevset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The development-set format ({@code docs/prose-annotation.md}): {@link DevSetParser} reads the
 * markup into plain text and exact spans, {@link DevSetFormatter} writes it back, and malformed
 * markup gives errors naming {@code file:line:column}, never an exception.
 */
class DevSetFormatTest {

  private static final Pattern POSITION = Pattern.compile("^t\\.txt:(\\d+):(\\d+): .+");

  @Test
  void readsTheExampleOfTheGuide() {
    DevSetDocument d = parsed("@doc style=wire\n"
        + "{S1 The minister} {C1 said} {Q1 the talks would resume}.\n"
        + "{Q2 \"We are ready,\"} {S2 she} {C2 told} {M1 reporters}, {Q2 \"and so are they.\"}\n"
        + "\n"
        + "Prices rose \\{sharply\\}.\n"
        + "@1 kind=indirect type=person cons=x-said\n"
        + "@2 kind=direct type=person cons=x-told-y,pronoun,content-first ante=S1\n");
    assertThat(d.text()).isEqualTo("The minister said the talks would resume. \"We are ready,\" she told reporters,"
        + " \"and so are they.\"\n\nPrices rose {sharply}.");
    assertThat(d.style()).isEqualTo("wire");
    assertThat(d.sentences()).hasSize(3);
    assertThat(d.paragraphs()).hasSize(2);
    DevSetRelation r1 = d.relations().get(0);
    assertThat(texts(d, r1.source())).containsExactly("The minister");
    assertThat(texts(d, r1.cue())).containsExactly("said");
    assertThat(texts(d, r1.content())).containsExactly("the talks would resume");
    DevSetRelation r2 = d.relations().get(1);
    assertThat(texts(d, r2.source())).containsExactly("she");
    assertThat(texts(d, r2.cue())).containsExactly("told");
    assertThat(texts(d, r2.content())).containsExactly("\"We are ready,\"", "\"and so are they.\"");
    assertThat(r2.constructions()).containsExactly("x-told-y", "pronoun", "content-first");
    assertThat(r2.antecedent()).isEqualTo("S1");
    assertThat(texts(d, d.mentions().get(1))).containsExactly("reporters");
  }

  @Test
  void anAgentlessPassiveHasNoSource() {
    DevSetDocument d = parsed("@doc style=newspaper\n{Q1 The bank} {C1 is said to} {Q1 be weighing a sale}.\n"
        + "@1 kind=indirect type=anonymous cons=is-said-to\n");
    assertThat(d.relations().get(0).source()).isEmpty();
    assertThat(texts(d, d.relations().get(0).content())).containsExactly("The bank", "be weighing a sale");
  }

  @Test
  void aSpanMayRunOverSentencesAndParagraphs() {
    DevSetDocument d = parsed("@doc style=broadcast\n{Q1 \"It is over.\nWe lost.\n\nBut we go on,\"} {S1 he} {C1 said}.\n"
        + "@1 kind=direct type=person cons=multi-sentence,said-x\n");
    assertThat(texts(d, d.relations().get(0).content())).containsExactly("\"It is over. We lost.\n\nBut we go on,\"");
  }

  @Test
  void malformedMarkupNamesFileLineAndColumn() {
    String head = "@doc style=wire\n";
    String ok = "@1 kind=indirect type=person cons=x-said\n";
    assertError(head + "{S1 The minister said.\n" + ok, "t.txt:2:1: S1 is never closed");
    assertError(head + "The minister} said.\n", "t.txt:2:13: '}' closes nothing");
    assertError(head + "The {X1 minister} said.\n", "t.txt:2:5: '{' must start a label");
    assertError(head + "The {S1minister} said.\n", "t.txt:2:5: '{' must start a label");
    assertError(head + "{S1 The minister} {C1 said} {Q1 it}.\n", "t.txt:2:1: S1 has no '@1 ...' line");
    assertError(head + "{S1 The minister} {C1 said} {Q1 it}.\n@1 kind=odd type=person cons=x-said\n",
        "t.txt:3:4: kind must be one of");
    assertError(head + "{S1 The minister} {C1 said} {Q1 it}.\n@1 kind=direct type=person cons=x-said,nope\n",
        "t.txt:3:28: unknown construction 'nope'");
    assertError(head + "{S1 The minister} said {Q1 it}.\n" + ok, "t.txt:3:1: relation 1 has no cue");
    assertError(head + "{S1 He} {C1 said} {Q1 it}.\n@1 kind=indirect type=person cons=pronoun\n",
        "t.txt:3:1: relation 1: cons=pronoun and ante= go together");
    assertError(head + "{S1 He} {C1 said} {Q1 it}.\n@1 kind=indirect type=person cons=pronoun ante=S7\n",
        "t.txt:3:1: ante=S7 names no");
    assertError(head + "{S1 The minister }{C1 said} {Q1 it}.\n" + ok, "t.txt:2:1: S1 starts or ends with a space");
    assertError(head + "{S1 The minister} {C1 said} {Q1 it} \\o.\n" + ok, "t.txt:2:37: '\\' escapes only");
    assertError(head + "{S1 A} {C1 said} {Q1 it}.\n" + ok + ok, "t.txt:4:1: relation 1 is annotated twice");
    assertError(head + "{S1 A} {C1 said} {Q1 it}.\n@1 kind=direct type=person cons=x-said colour=red\n",
        "t.txt:3:40: expected key=value");
    assertError("{S1 A} {C1 said} {Q1 it}.\n" + ok, "t.txt:1:1: no '@doc style=...' line");
    assertError(head + "@x kind=direct\n", "t.txt:2:1: an annotation line starts with");
  }

  @Test
  void wellFormedMarkupRoundTrips() {
    qt().withExamples(400).forAll(markup()).checkAssert(m -> {
      DevSetParser.Result r = DevSetParser.parse("t.txt", m);
      assertThat(r.errors()).as(m).isEmpty();
      DevSetDocument d = r.document().orElseThrow();
      assertThat(d.text()).isEqualTo(stripped(m));
      spansInside(d);
      String again = DevSetFormatter.format(d);
      assertThat(DevSetParser.parse("t.txt", again).document()).as(again).contains(d);
    });
  }

  @Test
  void everyFileOfTheSetRoundTrips() {
    for (DevSetFiles.Language l : DevSetFiles.readWithHeldOut()) {
      assertThat(l.errors()).isEmpty();
      for (DevSetDocument d : l.documents()) {
        spansInside(d);
        String again = DevSetFormatter.format(d);
        assertThat(DevSetParser.parse(d.name(), again).document()).as(d.name()).contains(d);
      }
    }
  }

  @Test
  void damagedMarkupGivesPositionedErrorsAndNeverThrows() {
    Gen<String> damaged = markup().zip(integers().between(0, 1000), integers().between(0, 3), (m, at, how) -> {
      int p = at % (m.length() + 1);
      return switch (how) {
        case 0 -> m.substring(0, p) + "{" + m.substring(p);
        case 1 -> m.substring(0, p) + "}" + m.substring(p);
        case 2 -> m.substring(0, p) + "\\" + m.substring(p);
        default -> m.replaceFirst("\\}", "");
      };
    });
    qt().withExamples(400).forAll(damaged).checkAssert(DevSetFormatTest::positioned);
    qt().withExamples(400).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(DevSetFormatTest::positioned);
  }

  /** Either a document with spans inside its text, or errors each naming a line and column of the input. */
  private static void positioned(String m) {
    DevSetParser.Result r = DevSetParser.parse("t.txt", m);
    assertThat(r.document().isPresent()).isEqualTo(r.errors().isEmpty());
    r.document().ifPresent(DevSetFormatTest::spansInside);
    String[] lines = m.split("\r\n|\r|\n", -1);
    for (String e : r.errors()) {
      Matcher x = POSITION.matcher(e);
      assertThat(x.matches()).as(e).isTrue();
      int line = Integer.parseInt(x.group(1));
      int column = Integer.parseInt(x.group(2));
      assertThat(line).as(e).isBetween(1, lines.length);
      assertThat(column).as(e).isBetween(1, Math.max(1, lines[line - 1].length()));
    }
  }

  private static void spansInside(DevSetDocument d) {
    Span all = Span.of(0, d.text().length());
    List<Span> spans = new ArrayList<>(d.sentences());
    d.relations().forEach(r -> {
      spans.addAll(r.source());
      spans.addAll(r.cue());
      spans.addAll(r.content());
    });
    d.mentions().values().forEach(spans::addAll);
    for (Span s : spans) {
      assertThat(all.contains(s)).as(s + " in " + all).isTrue();
      assertThat(s.isEmpty()).isFalse();
      assertThat(Character.isWhitespace(d.text().charAt(s.start()))).isFalse();
      assertThat(Character.isWhitespace(d.text().charAt(s.end() - 1))).isFalse();
    }
    for (int k = 1; k < d.sentences().size(); k++) {
      assertThat(d.sentences().get(k).start()).isGreaterThan(d.sentences().get(k - 1).end());
    }
  }

  /** Words of the generated sentences: escapes, quotes, dashes, a surrogate pair, no space inside. */
  private static final List<String> WORDS = List.of("said", "the", "minister", "\\{", "\\}", "\\\\", "é", "\uD83D\uDE00",
      "“quoted”", "—", "Reuters,", "it.", "«oui»", "x@y", "n#1");

  /**
   * Well-formed markup built from a list of choices (so that shrinking the list shrinks the text):
   * words, openings of source, cue, content and mention spans, closings, sentence and paragraph breaks.
   */
  static Gen<String> markup() {
    return lists().of(integers().between(0, 99)).ofSizeBetween(0, 60).map(DevSetFormatTest::build);
  }

  static String build(List<Integer> choices) {
    StringBuilder b = new StringBuilder("@doc style=opinion\n");
    Deque<String> open = new ArrayDeque<>();
    List<String> seen = new ArrayList<>();
    int relations = 0;
    int mentions = 0;
    boolean atStart = true;
    for (int c : choices) {
      int action = c % 10;
      String word = WORDS.get(c % WORDS.size());
      if (atStart && action >= 8) {
        continue; // a span never ends with the space that joins two lines
      }
      if (action <= 3) {
        b.append(atStart ? "" : " ").append(word);
      } else if (action <= 7) {
        String label = switch (action) {
          case 4 -> "S" + (++relations);
          case 5 -> "C" + Math.max(1, relations);
          case 6 -> "Q" + Math.max(1, relations);
          default -> "M" + (++mentions);
        };
        relations = Math.max(1, relations);
        if (open.contains(label)) {
          continue;
        }
        open.push(label);
        seen.add(label);
        b.append(atStart ? "" : " ").append('{').append(label).append(' ').append(word);
      } else if (action == 8 && !open.isEmpty()) {
        open.pop();
        b.append('}');
      } else {
        b.append(c % 2 == 0 ? "\n" : "\n\n");
        atStart = true;
        continue;
      }
      atStart = false;
    }
    if (atStart && !open.isEmpty()) {
      b.append("w");
    }
    while (!open.isEmpty()) {
      open.pop();
      b.append('}');
    }
    b.append('\n');
    for (int r = 1; r <= relations; r++) {
      for (String role : List.of("C", "Q")) {
        if (!seen.contains(role + r)) {
          b.append('{').append(role).append(r).append(" w}\n");
        }
      }
      b.append('@').append(r).append(" kind=mixed type=outlet cons=said-x\n");
    }
    return b.toString();
  }

  /** The text of generated markup by a plain rule: labels and braces out, escapes resolved, lines joined. */
  private static String stripped(String m) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : m.split("\n", -1)) {
      if (line.startsWith("@") || line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        blank = true;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : " ");
      }
      blank = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          out.append(line.charAt(++i));
        } else if (c == '{') {
          i = line.indexOf(' ', i);
        } else if (c != '}') {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static DevSetDocument parsed(String markup) {
    DevSetParser.Result r = DevSetParser.parse("t.txt", markup);
    assertThat(r.errors()).isEmpty();
    return r.document().orElseThrow();
  }

  private static void assertError(String markup, String prefix) {
    DevSetParser.Result r = DevSetParser.parse("t.txt", markup);
    assertThat(r.document()).isEmpty();
    assertThat(r.errors()).as(markup).anySatisfy(e -> assertThat(e).startsWith(prefix));
  }

  private static List<String> texts(DevSetDocument d, List<Span> spans) {
    return spans.stream().map(s -> s.text(d.text())).toList();
  }

}
