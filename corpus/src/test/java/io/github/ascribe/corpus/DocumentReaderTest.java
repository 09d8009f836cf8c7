package io.github.ascribe.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.corpus.Document.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One document from its bytes: the JSON Lines rules, strict UTF-8, blank lines and sizes. */
class DocumentReaderTest {

  private static Document line(String json) {
    return DocumentReader.jsonLine(json.getBytes(StandardCharsets.UTF_8), 4);
  }

  @Test
  void readsIdAndTextAndSkipsEveryOtherField() {
    Document d = line(" {\"meta\": {\"a\": [1, -2.5e+3, true, false, null, {}, []]}, \"id\": 12,"
        + " \"text\": \"x\\u00e9\\n\\\"\\ud83d\\ude00\"}\r");
    assertThat(d).isEqualTo(Document.of("12", "xé\n\"😀"));
    assertThat(line("{\"id\": -1.5e+3, \"text\": \"t\"}").id()).isEqualTo("-1.5e+3");
    assertThat(line("{\"text\": \"t\"}").id()).isEqualTo("line 4");
    assertThat(line("{\"id\": null, \"text\": \"t\"}").id()).isEqualTo("line 4");
    assertThat(line("{\"id\": [\"x\"], \"text\": \"t\"}").id()).isEqualTo("line 4");
    assertThat(line("{\"a\": 1, \"a\": 2, \"text\": \"other names may repeat\"}").isReadable()).isTrue();
  }

  @Test
  void aMissingOrNonStringTextIsNoText() {
    assertThat(line("{}")).isEqualTo(Document.unusable("line 4", Problem.NO_TEXT, "no string \"text\" field"));
    assertThat(line("{\"id\": \"a\", \"text\": [\"nested\"]}"))
        .isEqualTo(Document.unusable("a", Problem.NO_TEXT, "\"text\" is not a string"));
    assertThat(line("{\"id\": \"a\", \"text\": 5}").problem()).isEqualTo(Problem.NO_TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "\"s\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{\"a\":01}",
      "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"\t\"}", "{\"a\":\"\\x\"}",
      "{\"a\":\"\\u12G4\"}", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":{\"b\"}}", "{} {}", "{}x", "{/*c*/}",
      "{\"text\":\"a\",\"text\":\"b\"}", "{\"id\":\"a\",\"id\":\"b\",\"text\":\"c\"}", "{\"a\":NaN}",
      "{\"a\":+1}", "{\"a\":\"\\u00\"}", "{\"a\":[}", "\u00a0{\"text\": \"x\"}"})
  void rejectsWhatRfc8259RejectsNamingTheLine(String bad) {
    Document d = line(bad);
    assertThat(d.problem()).as(bad).isEqualTo(Problem.NOT_JSON_OBJECT);
    assertThat(d.id()).isEqualTo("line 4");
    assertThat(d.message()).as(bad).startsWith("not a JSON object (line 4");
  }

  @Test
  void aMessageNamesTheColumn() {
    assertThat(line("{\"id\": \"a\", \"text\": \"x\",}").message())
        .startsWith("not a JSON object (line 4, column 25): Unexpected character ('}'");
    assertThat(line("{\"text\":\"a\",\"text\":\"b\"}").message())
        .isEqualTo("not a JSON object (line 4, column 20): field \"text\" appears twice");
  }

  @Test
  void deepNestingIsSkippedWithoutOverflowingTheStack() {
    int depth = 100_000;
    assertThat(line("{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"text\": \"ok\"}").text())
        .isEqualTo("ok");
  }

  @Test
  void blankLinesAreSpacesTabsAndCarriageReturns() {
    assertThat(DocumentReader.isBlank(new byte[0])).isTrue();
    assertThat(DocumentReader.isBlank(" \t\r".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(DocumentReader.isBlank(" x".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void textFilesAreStrictUtf8WithoutByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(DocumentReader.textFile("a.txt", bom)).isEqualTo(Document.of("a.txt", "Hi"));
    assertThat(DocumentReader.textFile("b.txt", new byte[] {'H', (byte) 0xFF}))
        .isEqualTo(Document.unusable("b.txt", Problem.NOT_UTF8, "not UTF-8 at byte 1 (1 malformed byte)"));
    assertThat(DocumentReader.tooLarge("c.txt", 1L << 30).message()).startsWith("too large (1073741824 bytes");
    assertThat(DocumentReader.jsonLine(new byte[] {'{', (byte) 0xC3, '}'}, 9))
        .isEqualTo(Document.unusable("line 9", Problem.NOT_UTF8, "not UTF-8 at byte 1 (1 malformed byte)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "lone continuation byte, 41 80 41, 1",
      "truncated at the end, 41 42 E2 82, 2",
      "overlong encoding, 41 C0 AF, 1",
      "encoded surrogate, 41 41 ED A0 80, 2",
      "above U+10FFFF, F4 90 80 80, 0",
      "after a byte order mark, EF BB BF 43 E9, 4"})
  void malformedUtf8NamesTheByteOffset(String what, String hex, int offset) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    assertThatThrownBy(() -> DocumentReader.decode(bytes))
        .isInstanceOfSatisfying(DocumentReader.MalformedUtf8Exception.class, e -> assertThat(e.offset()).isEqualTo(offset))
        .hasMessageStartingWith("not UTF-8 at byte " + offset + " (");
  }

  @Test
  void problemCodesAreStable() {
    assertThat(Problem.NOT_UTF8.code()).isEqualTo("not-utf-8");
    assertThat(Problem.NOT_JSON_OBJECT.code()).isEqualTo("not-json-object");
    assertThat(Problem.NO_TEXT.code()).isEqualTo("no-text");
    assertThat(Problem.TOO_LARGE.code()).isEqualTo("too-large");
    assertThat(Problem.UNREADABLE.code()).isEqualTo("unreadable");
    assertThatThrownBy(() -> new Document("x", "t", Problem.NO_TEXT, "m")).isInstanceOf(IllegalArgumentException.class);
  }
}
