package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Paragraph;
import io.github.ascribe.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article built from arrays ({@link ModelAccess#article}) is the article the public constructor
 * builds of the same parts, is as immutable, and is checked the same way.
 */
class ModelAccessTest {

  private static final String TEXT = "Talks ended. Prices rose.";

  @Test
  void anArticleOfArraysIsTheArticleOfLists() {
    Paragraph[] paragraphs = {new Paragraph(0, Span.of(0, 25))};
    Claim[] claims = {Claim.of(0, 0, TEXT, 0, 12, List.of()), Claim.of(1, 0, TEXT, 13, 25, List.of())};
    Article kept = ModelAccess.article(TEXT, paragraphs, claims, new Attribution[0], List.of());
    Article copied = new Article(TEXT, List.of(paragraphs), List.of(claims), List.of(), List.of());
    assertThat(kept).isEqualTo(copied).hasSameHashCodeAs(copied);
    assertThat(copied).isEqualTo(kept);
    assertThat(kept.claims()).containsExactly(claims);
    assertThatThrownBy(() -> kept.claims().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.paragraphs().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(kept.summary()).isEqualTo(copied.summary());
  }

  @Test
  void itChecksThePartsAsTheConstructorDoes() {
    Paragraph[] paragraphs = {new Paragraph(0, Span.of(0, 25))};
    Claim[] wrongIndex = {Claim.of(1, 0, TEXT, 0, 12, List.of())};
    assertThatThrownBy(() -> ModelAccess.article(TEXT, paragraphs, wrongIndex, new Attribution[0], List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim 0 has index 1");
    Claim[] withNull = {null};
    assertThatThrownBy(() -> ModelAccess.article(TEXT, paragraphs, withNull, new Attribution[0], List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelAccess.register((t, p, c, a, d) -> null)).isInstanceOf(IllegalStateException.class);
  }
}
