package io.github.ascribe.citations.answerengines;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of the answer-engine corpus and what reading it must give, as the issue "Read real
 * answer-engine output" defines it (see {@code src/test/resources/answer-engines/README.md}).
 *
 * @param id the file name without extension ({@code chatgpt-03-utm-links})
 * @param engine which engine or wire emitted this format (a row of {@code engines.tsv})
 * @param forms the forms the text exercises (rows of {@code forms.tsv}); every item of the text counts
 *     towards them unless the item names its own forms
 * @param note what the text is, for a reviewer
 * @param text the text as a user would paste it
 * @param claims the claims, in text order
 * @param skipped text that must not be part of any claim (page furniture, lists, credit lines)
 * @param diagnostics diagnostics the text must give
 */
record CorpusText(String id, String engine, List<String> forms, String note, String text,
    List<ExpectedClaim> claims, List<Skipped> skipped, List<ExpectedDiagnostic> diagnostics) {

  CorpusText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(engine, "engine");
    forms = List.copyOf(forms);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(text, "text");
    claims = List.copyOf(claims);
    skipped = List.copyOf(skipped);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * An expected claim.
   *
   * @param text the claim's text (compared after {@link ClaimText#normalize})
   * @param partial whether {@code text} is only a distinctive part of the claim (for claims whose
   *     extent the issue leaves open, such as a sentence with a chip in its middle)
   * @param sources its media sources: registry ids, or registrable domains for sites the registry
   *     does not know
   * @param unnamed how many unnamed sources it has ({@code Reuters +2} gives 2)
   * @param others its people, organisations and anonymous sources as {@code kind:name}; empty when the
   *     expectation does not score them
   * @param forms the forms this claim exercises; empty to use the text's forms
   */
  record ExpectedClaim(String text, boolean partial, List<String> sources, int unnamed,
      Optional<List<String>> others, List<String> forms) {
    ExpectedClaim {
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
      others = others.map(List::copyOf);
      forms = List.copyOf(forms);
    }
  }

  /**
   * Text that is not a claim, nor part of one.
   *
   * @param text the text as it occurs in the input
   * @param forms the forms it exercises; empty to use the text's forms
   */
  record Skipped(String text, List<String> forms) {
    Skipped {
      Objects.requireNonNull(text, "text");
      forms = List.copyOf(forms);
    }
  }

  /**
   * An expected diagnostic.
   *
   * @param code its code, or {@code any} for any diagnostic at that place (the issue asks for "a
   *     diagnostic" without naming its code)
   * @param at text whose first occurrence the diagnostic's span must overlap
   * @param forms the forms it exercises; empty to use the text's forms
   */
  record ExpectedDiagnostic(String code, String at, List<String> forms) {
    ExpectedDiagnostic {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(at, "at");
      forms = List.copyOf(forms);
    }
  }

  /** The forms an item counts towards: its own, or else the text's. */
  List<String> formsOf(List<String> own) {
    return own.isEmpty() ? forms : own;
  }

  @Override
  public String toString() {
    return id;
  }
}
