package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The prose relation: what it accepts, how it renders, and how it rides on an attribution. */
class ProseRelationTest {

  private static final String TEXT = "\"Rates will rise,\" Lagarde said on Tuesday.";

  private static ProseRelation lagarde() {
    return new ProseRelation(Span.of(19, 26), Span.of(27, 31), List.of(Span.of(0, 18)),
        ProseRelation.Kind.DIRECT, ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, "say",
        Optional.empty());
  }

  @Test
  void theJavadocExampleRendersItsMarkers() {
    ProseRelation r = lagarde();
    assertThat(r.render(TEXT)).isEqualTo("«\"Rates will rise,\"» ⟦Lagarde⟧ ⟨said⟩");
    assertThat(r.contentHull()).contains(Span.of(0, 18));
    assertThat(r.source().text(TEXT)).isEqualTo("Lagarde");
    assertThat(r.cue().text(TEXT)).isEqualTo("said");
  }

  @Test
  void contentSpansMustBeOrderedAndDisjoint() {
    assertThatThrownBy(() -> new ProseRelation(Span.of(19, 26), Span.of(27, 31),
        List.of(Span.of(5, 10), Span.of(0, 6)), ProseRelation.Kind.DIRECT, ProseRelation.SourceType.PERSON,
        ProseRelation.CueGroup.SAYING, "say", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order and disjoint");
    ProseRelation two = new ProseRelation(Span.of(19, 26), Span.of(27, 31),
        List.of(Span.of(0, 6), Span.of(6, 10)), ProseRelation.Kind.DIRECT, ProseRelation.SourceType.PERSON,
        ProseRelation.CueGroup.SAYING, "say", Optional.empty());
    assertThat(two.contentHull()).contains(Span.of(0, 10));
  }

  @Test
  void theAntecedentComesBeforeTheSourceAndTheLemmaIsNotBlank() {
    assertThatThrownBy(() -> new ProseRelation(Span.of(19, 26), Span.of(27, 31), List.of(),
        ProseRelation.Kind.INDIRECT, ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, "say",
        Optional.of(Span.of(20, 30)))).hasMessageContaining("must end before the source");
    assertThatThrownBy(() -> new ProseRelation(Span.of(19, 26), Span.of(27, 31), List.of(),
        ProseRelation.Kind.INDIRECT, ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, " ",
        Optional.empty())).hasMessageContaining("cueLemma");
    assertThatThrownBy(() -> new ProseRelation(Span.of(19, 26), null, List.of(), ProseRelation.Kind.INDIRECT,
        ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, "say", Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("cue");
    ProseRelation empty = new ProseRelation(Span.of(19, 26), Span.of(27, 31), List.of(),
        ProseRelation.Kind.INDIRECT, ProseRelation.SourceType.UNKNOWN, ProseRelation.CueGroup.SAYING, "say",
        Optional.of(Span.of(0, 19)));
    assertThat(empty.contentHull()).isEmpty();
  }

  @Test
  void theContentListIsCopied() {
    List<Span> content = new ArrayList<>(List.of(Span.of(0, 18)));
    ProseRelation r = new ProseRelation(Span.of(19, 26), Span.of(27, 31), content, ProseRelation.Kind.DIRECT,
        ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, "say", Optional.empty());
    content.clear();
    assertThat(r.content()).containsExactly(Span.of(0, 18));
    assertThatThrownBy(() -> r.content().add(Span.of(1, 2))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAttributionKeepsItsRelationThroughItsCopies() {
    Attribution plain = new Attribution(0, AttributionForm.PROSE, "prose-verb-speech", Span.of(19, 31), List.of(),
        0, OptionalInt.empty(), List.of());
    assertThat(plain.prose()).isEmpty();
    Attribution with = plain.withProse(lagarde());
    assertThat(with.prose()).contains(lagarde());
    assertThat(with.withIndex(3).withClaims(List.of(0)).prose()).contains(lagarde());
    assertThat(with).isNotEqualTo(plain);
    assertThat(with.toString()).endsWith("DIRECT/PERSON/SAYING:say");
    assertThatThrownBy(() -> new Attribution(0, AttributionForm.PROSE, "r", Span.of(0, 1), List.of(), 0,
        OptionalInt.empty(), List.of(), null)).hasMessage("prose");
  }
}
