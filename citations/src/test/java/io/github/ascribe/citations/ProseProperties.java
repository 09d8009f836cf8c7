package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The span properties of prose relations, written once for every prose recogniser: this module's
 * ({@link ProseRelationPropertiesTest}) and the NLP module's, which reaches it through this module's
 * tests jar. Stateless.
 *
 * <pre>{@code
 * qt().forAll(ProseProperties.sentencesOf(PIECES)).checkAssert(t -> ProseProperties.check(analyzer::analyze, t));
 * }</pre>
 */
public final class ProseProperties {

  private ProseProperties() {}

  /**
   * Sentences of up to 40 pieces (names, cues, quotes, punctuation, odd characters), most joined by
   * a space.
   *
   * @param pieces what the sentences are made of
   * @return the generator
   */
  public static Gen<String> sentencesOf(List<String> pieces) {
    return sentencesOf(pieces, 40);
  }

  /**
   * Sentences of up to {@code most} pieces, most joined by a space.
   *
   * @param pieces what the sentences are made of
   * @param most the most pieces in one text
   * @return the generator
   */
  public static Gen<String> sentencesOf(List<String> pieces, int most) {
    List<String> list = List.copyOf(pieces);
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(0, most));
      for (int i = 0; i < n; i++) {
        sb.append(list.get((int) in.next(Constraint.between(0, list.size() - 1))));
        if (in.next(Constraint.between(0, 4)) > 0) {
          sb.append(' ');
        }
      }
      return sb.toString();
    };
  }

  /**
   * Analyses the text twice: every attribution's span lies inside the text, every prose relation
   * keeps {@link #checkRelation}, and the second analysis gives the same attributions.
   *
   * @param analyze the analysis under test
   * @param text the text
   * @return the first analysis, for further checks
   */
  public static Article check(Function<String, Article> analyze, String text) {
    Article a = analyze.apply(text);
    for (Attribution at : a.attributions()) {
      assertThat(at.span().end()).as("span inside %s", text).isLessThanOrEqualTo(text.length());
      at.prose().ifPresent(p -> checkRelation(text, p));
    }
    assertThat(analyze.apply(text).attributions()).as("deterministic on %s", text).isEqualTo(a.attributions());
    return a;
  }

  /**
   * The invariants of one prose relation of {@code text}: its spans lie inside the text, the source
   * and cue are not empty and do not overlap, the content spans are ordered, disjoint, not empty and
   * clear of the cue and source, an antecedent comes before the source, and the relation has a cue
   * lemma and renders.
   *
   * @param text the text
   * @param p the relation
   */
  public static void checkRelation(String text, ProseRelation p) {
    assertThat(p.source().isEmpty()).as("empty source in %s", text).isFalse();
    assertThat(p.cue().isEmpty()).as("empty cue in %s", text).isFalse();
    assertThat(p.source().end()).isLessThanOrEqualTo(text.length());
    assertThat(p.cue().end()).isLessThanOrEqualTo(text.length());
    assertThat(p.source().overlaps(p.cue())).as("source and cue overlap in %s", text).isFalse();
    int previous = 0;
    for (Span c : p.content()) {
      assertThat(c.isEmpty()).as("empty content in %s", text).isFalse();
      assertThat(c.start()).as("content ordered in %s", text).isGreaterThanOrEqualTo(previous);
      assertThat(c.end()).isLessThanOrEqualTo(text.length());
      assertThat(c.overlaps(p.cue())).as("content %s over the cue in %s", c, text).isFalse();
      assertThat(c.overlaps(p.source())).as("content %s over the source in %s", c, text).isFalse();
      previous = c.end();
    }
    p.antecedent().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(p.source().start()));
    assertThat(p.cueLemma()).isNotBlank();
    assertThat(p.render(text)).isNotEmpty();
  }
}
