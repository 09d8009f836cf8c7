package io.github.ascribe.citations;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets. {@code mvn verify} runs them in regression mode over the committed seed corpus
 * ({@code src/test/resources/io/github/ascribe/citations/FuzzTargetsTestInputs/<method>/}) plus every
 * crash Jazzer ever saved there. A time-boxed fuzzing session (see {@code docs/fuzzing.md}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -f citations/pom.xml test -Dtest=FuzzTargetsTest#notation -Djacoco.skip=true
 * </pre>
 */
class FuzzTargetsTest {

  @FuzzTest(maxDuration = "2m")
  void notation(FuzzedDataProvider data) {
    NotationPropertiesTest.checkInvariants(data.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "2m")
  void notationRoundTrip(FuzzedDataProvider data) {
    String s = data.consumeRemainingAsString();
    NotationModel m = Notation.parse(s).model();
    String canonical = Notation.format(m);
    if (!Notation.parse(canonical).model().equals(m)) {
      throw new AssertionError("round trip changed the model: " + SpecExample.escape(s) + " -> " + canonical);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void article(FuzzedDataProvider data) {
    AnalysisPropertiesTest.checkInvariants(data.consumeRemainingAsString());
  }
}
