package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding. */
class InputFilesTest {

  @Test
  void validUtf8IncludingSupplementaryCharacters() {
    String s = "Ajansı \uD83D\uDCF0 Ünal — “quoted”";
    assertThat(InputFiles.decode(s.getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(s);
  }

  @Test
  void leadingByteOrderMarkIsDropped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', 'P'};
    assertThat(InputFiles.decode(bytes, "x")).isEqualTo("AP");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "lone continuation byte, 41 80 41, 1",
      "truncated at the end, 41 42 E2 82, 2",
      "overlong encoding, 41 C0 AF, 1",
      "encoded surrogate, 41 41 ED A0 80, 2",
      "above U+10FFFF, F4 90 80 80, 0",
      "Latin-1 byte, 43 61 66 E9 20, 3"})
  void malformedInputNamesTheByteOffset(String what, String hex, int offset) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    assertThatThrownBy(() -> InputFiles.decode(bytes, "f.txt"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("f.txt: not valid UTF-8 at byte " + offset + " (");
  }
}
