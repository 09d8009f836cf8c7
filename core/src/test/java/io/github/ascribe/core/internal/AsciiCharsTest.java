package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.text.Names;
import org.junit.jupiter.api.Test;

/**
 * The ASCII white space and controls that readers test for are what {@link Names#normalize} makes of
 * each ASCII character between two letters: a space, or nothing.
 */
class AsciiCharsTest {

  @Test
  void asciiSpaceAndControlAreWhatTheKeyMakesOfThem() {
    for (char c = 0; c < 0x80; c++) {
      String key = Names.normalize("a" + c + "b");
      assertThat(AsciiChars.isAsciiSpace(c)).as("U+%04X", (int) c).isEqualTo(key.equals("a b"));
      assertThat(AsciiChars.isAsciiControl(c)).as("U+%04X", (int) c).isEqualTo(key.equals("ab"));
    }
    for (char c : new char[] {0x80, 0x85, 0xA0, 0x2028, 0x3000}) {
      assertThat(AsciiChars.isAsciiSpace(c)).isFalse();
      assertThat(AsciiChars.isAsciiControl(c)).isFalse();
    }
  }

  @Test
  void asciiIsReadInTheRangeOnly() {
    assertThat(AsciiChars.isAscii("Reuters", 0, 7)).isTrue();
    assertThat(AsciiChars.isAscii("é Reuters", 1, 9)).isTrue();
    assertThat(AsciiChars.isAscii("é Reuters", 0, 9)).isFalse();
    assertThat(AsciiChars.isAscii("", 0, 0)).isTrue();
  }
}
