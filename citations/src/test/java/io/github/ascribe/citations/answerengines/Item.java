package io.github.ascribe.citations.answerengines;

import java.util.List;

/**
 * One scored thing of one text: an expected claim, a claim that should not be there, a skipped text,
 * an expected diagnostic, or a diagnostic that should not be there.
 *
 * @param text the corpus text it comes from
 * @param kind what it is
 * @param forms the forms it counts towards
 * @param exact whether it is read exactly as expected
 * @param scored whether it counts in the exact rate (an extra claim that holds skipped text is
 *     already counted by that skipped text)
 * @param expectedClaims 1 for an expected claim
 * @param actualClaims 1 for a claim the analyser gave (matched or extra)
 * @param foundClaims 1 for an expected claim the analyser gave
 * @param expectedPairs expected (claim, media source) pairs
 * @param actualPairs (claim, media source) pairs the analyser gave
 * @param correctPairs pairs in both
 * @param mismatch what is wrong, or empty
 */
record Item(String text, Kind kind, List<String> forms, boolean exact, boolean scored, int expectedClaims,
    int actualClaims, int foundClaims, int expectedPairs, int actualPairs, int correctPairs, String mismatch) {

  /** What an item is. */
  enum Kind {
    CLAIM, EXTRA_CLAIM, SKIPPED, DIAGNOSTIC, EXTRA_DIAGNOSTIC
  }

  Item {
    forms = List.copyOf(forms);
  }

  static Item claim(String text, List<String> forms, boolean found, boolean exact, int expectedPairs,
      int actualPairs, int correctPairs, String mismatch) {
    return new Item(text, Kind.CLAIM, forms, exact, true, 1, found ? 1 : 0, found ? 1 : 0, expectedPairs,
        found ? actualPairs : 0, correctPairs, mismatch);
  }

  static Item extraClaim(String text, List<String> forms, boolean scored, int actualPairs, String mismatch) {
    return new Item(text, Kind.EXTRA_CLAIM, forms, false, scored, 0, 1, 0, 0, actualPairs, 0, mismatch);
  }

  static Item check(String text, Kind kind, List<String> forms, boolean exact, String mismatch) {
    return new Item(text, kind, forms, exact, true, 0, 0, 0, 0, 0, 0, exact ? "" : mismatch);
  }
}
