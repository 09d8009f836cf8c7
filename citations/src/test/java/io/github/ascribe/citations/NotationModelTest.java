package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The model's items under their new name, and the deprecated old name still working for one version. */
class NotationModelTest {

  private static final Source REUTERS = SourceRegistry.bundled().resolveExact("Reuters").orElseThrow().source();

  @Test
  void itemsAreTheMeaningOfTheParsedEntries() {
    NotationResult r = Notation.parse("The Guardian/AP News +2, and 3 others");
    List<NotationModel.Item> items = r.model().items();
    assertThat(items).hasSize(r.entries().size());
    assertThat(items.get(1).sources()).extracting(Source::id).containsExactly("associated-press");
    assertThat(items.get(1).count()).isEqualTo(2);
    assertThat(items.get(2).unnamedSources()).isEqualTo(3);
  }

  @Test
  void aModelMadeOfItemsFormatsAndRoundTrips() {
    NotationModel m = NotationModel.of(List.of(new NotationModel.Item(List.of(REUTERS), 2)), List.of(REUTERS),
        OptionalInt.of(1));
    assertThat(Notation.format(m)).isEqualTo("Reuters +2 =Reuters =1");
    assertThat(Notation.parse(Notation.format(m)).model()).isEqualTo(m);
    assertThatThrownBy(() -> new NotationModel.Item(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("removal")
  void theDeprecatedEntriesStillWork() {
    NotationModel old = new NotationModel(List.of(new NotationModel.Entry(List.of(REUTERS), 2)), List.of(),
        OptionalInt.empty());
    NotationModel now = NotationModel.of(List.of(new NotationModel.Item(List.of(REUTERS), 2)), List.of(),
        OptionalInt.empty());
    assertThat(old).isEqualTo(now);
    assertThat(now.entries()).singleElement().satisfies(e -> assertThat(e.unnamedSources()).isEqualTo(2));
    assertThat(Notation.format(old)).isEqualTo("Reuters +2");
  }
}
