package io.github.ascribe.nlp.internal;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.ProseRelation.SourceType;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Optional;

/**
 * The source mention of a source phrase: the registry's source when the phrase (without a leading
 * article) names one exactly, else a person, organisation or anonymous source made from the words.
 *
 * <pre>{@code
 * Mentions.of(registry, text, Span.of(0, 7), SourceType.OUTLET);   // 'Reuters' -> Reuters [EXACT]
 * }</pre>
 */
public final class Mentions {

  private Mentions() {}

  /**
   * The mention.
   *
   * @param registry the registry names resolve against
   * @param text the whole text
   * @param span the source phrase
   * @param type its type
   * @return the mention
   */
  public static SourceMention of(SourceRegistry registry, String text, Span span, SourceType type) {
    String words = span.text(text);
    Optional<Resolution> r = registry.resolveExact(words);
    if (r.isEmpty() && words.regionMatches(true, 0, "the ", 0, 4)) {
      r = registry.resolveExact(words.substring(4));
    }
    if (r.isPresent()) {
      return new SourceMention(words, span, r.get().source(), r.get().match());
    }
    Source s;
    if (!hasLetterOrDigit(words)) {
      s = Source.unknown("source");
    } else {
      s = switch (type) {
        case PERSON -> Source.person(words);
        case ANONYMOUS -> Source.anonymous(words);
        case ORGANISATION, GOVERNMENT, OUTLET -> Source.organization(words);
        case DOCUMENT, UNKNOWN -> Source.unknown(words);
      };
    }
    return new SourceMention(words, span, s, Match.UNRESOLVED);
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
