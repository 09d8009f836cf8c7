package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimAttributions} gives each claim what a list per claim gives, in the same order, as an
 * immutable list that {@code List.copyOf} (the copy a claim makes) returns as it is.
 */
class ClaimAttributionsTest {

  private static final int CLAIMS = 6;

  @Test
  void actsAsAListPerClaim() {
    qt().withExamples(3_000)
        .forAll(lists().of(integers().between(0, CLAIMS - 1)).ofSizeBetween(0, 40))
        .checkAssert(claimOfEach -> {
          ClaimAttributions byClaim = new ClaimAttributions(CLAIMS);
          List<List<Attribution>> expected = new ArrayList<>();
          for (int c = 0; c < CLAIMS; c++) {
            expected.add(new ArrayList<>());
          }
          for (int i = 0; i < claimOfEach.size(); i++) {
            Attribution a = attribution(i);
            byClaim.add(claimOfEach.get(i), a);
            expected.get(claimOfEach.get(i)).add(a);
          }
          for (int c = 0; c < CLAIMS; c++) {
            List<Attribution> got = byClaim.of(c);
            assertThat(got).isEqualTo(expected.get(c));
            assertThat(List.copyOf(got)).isSameAs(got);
            assertThatThrownBy(() -> got.add(attribution(0))).isInstanceOf(UnsupportedOperationException.class);
          }
        });
  }

  private static Attribution attribution(int index) {
    return new Attribution(index, AttributionForm.PROSE, "prose-test", Span.of(index, index + 1), List.of(), 0,
        OptionalInt.empty(), List.of());
  }
}
