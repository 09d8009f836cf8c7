package io.github.ascribe.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The full relation of a prose attribution: who says it (the source span), the words that say so
 * (the cue span), and what is said (the content spans), with the kind of report, the type of
 * source, the cue's group and lemma, and, when the source is a pronoun ({@code he}, {@code the
 * company}), the span of the earlier name it stands for. All spans are UTF-16 indexes into the
 * article's text.
 *
 * <pre>{@code
 * String text = "\"Rates will rise,\" Lagarde said on Tuesday.";
 * // content [0, 18) with its quotation marks, source [19, 26), cue [27, 31)
 * ProseRelation r = new ProseRelation(Span.of(19, 26), Span.of(27, 31), List.of(Span.of(0, 18)),
 *     ProseRelation.Kind.DIRECT, ProseRelation.SourceType.PERSON, ProseRelation.CueGroup.SAYING, "say",
 *     Optional.empty());
 * r.render(text);   // «"Rates will rise,"» ⟦Lagarde⟧ ⟨said⟩
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the words naming the source ({@code the ministry}, {@code he}, {@code people familiar
 *     with the matter})
 * @param cue the words of the cue ({@code said}, {@code according to}, {@code was quoted as saying})
 * @param content the spans of what is said, in text order and disjoint: one span before or after
 *     the cue, two around it ({@code "...," he said, "..."}), more when a quote runs on over
 *     several sentences or paragraphs; empty when the content is not in the text read
 * @param kind how the content is reported
 * @param sourceType what kind of source says it
 * @param cueGroup the cue's group
 * @param cueLemma the cue's dictionary form ({@code say} for {@code said}, {@code according to})
 * @param antecedent when the source is a pronoun or a definite description ({@code he}, {@code she},
 *     {@code they}, {@code the company}), the span of the earlier name it stands for; it ends at or
 *     before the source starts
 */
public record ProseRelation(Span source, Span cue, List<Span> content, Kind kind, SourceType sourceType,
    CueGroup cueGroup, String cueLemma, Optional<Span> antecedent) {

  /** How the content is reported. */
  public enum Kind {
    /** A quotation in the source's own words: {@code "We will act," she said.} */
    DIRECT,
    /** A paraphrase: {@code She said the bank would act.} */
    INDIRECT,
    /** A paraphrase with quoted words in it: {@code She said the bank would "act decisively".} */
    MIXED,
    /** An adjunct names the source: {@code According to the ministry, ...}, {@code ..., per Reuters.} */
    ADJUNCT
  }

  /** What kind of source says it. */
  public enum SourceType {
    /** A named person, or a pronoun standing for one. */
    PERSON,
    /** A company, party, union, court or other body that is not a government. */
    ORGANISATION,
    /** A government, ministry, agency of state, police force, army or official spokesperson. */
    GOVERNMENT,
    /** A news outlet or agency. */
    OUTLET,
    /** An unnamed source: {@code people familiar with the matter}, {@code officials}. */
    ANONYMOUS,
    /** A document: {@code the report}, {@code a court filing}, {@code the study}. */
    DOCUMENT,
    /** None of the above could be told. */
    UNKNOWN
  }

  /** The cue's group, after the categories of the PARC 3.0 attribution corpus. */
  public enum CueGroup {
    /** Saying and reporting: {@code say}, {@code tell}, {@code add}, {@code note}, {@code announce}. */
    SAYING,
    /** Arguing: {@code argue}, {@code claim}, {@code insist}, {@code contend}, {@code maintain}. */
    ARGUING,
    /** Warning and criticising: {@code warn}, {@code accuse}, {@code blame}, {@code deny}, {@code admit}. */
    WARNING,
    /** Thinking and intending: {@code believe}, {@code think}, {@code expect}, {@code want}, {@code hope}. */
    THINKING,
    /** Nouns and adjuncts: {@code according to}, {@code in a statement}, {@code sources say}, {@code per}. */
    ADJUNCT,
    /** Passives: {@code was quoted as saying}, {@code is said to}, {@code is reported to}. */
    PASSIVE
  }

  /** Validates the fields and copies the content list. */
  public ProseRelation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(cueGroup, "cueGroup");
    Objects.requireNonNull(cueLemma, "cueLemma");
    Objects.requireNonNull(antecedent, "antecedent");
    if (cueLemma.isBlank()) {
      throw new IllegalArgumentException("cueLemma must not be blank");
    }
    for (int i = 1; i < content.size(); i++) {
      if (content.get(i).start() < content.get(i - 1).end()) {
        throw new IllegalArgumentException("content spans must be in order and disjoint: " + content);
      }
    }
    if (antecedent.isPresent() && antecedent.get().end() > source.start()) {
      throw new IllegalArgumentException(
          "antecedent " + antecedent.get() + " must end before the source " + source + " starts");
    }
  }

  /**
   * The smallest span covering every content span, if there is any.
   *
   * @return the hull of {@link #content()}, or empty
   */
  public Optional<Span> contentHull() {
    return content.isEmpty() ? Optional.empty()
        : Optional.of(content.get(0).union(content.get(content.size() - 1)));
  }

  /**
   * Renders the relation with markers in {@code text}: {@code ⟦source⟧}, {@code ⟨cue⟩} and {@code
   * «content»}, for readable test failures and logs.
   *
   * @param text the text the spans point into
   * @return the marked-up text of the covered region
   */
  public String render(String text) {
    Span all = source.union(cue);
    for (Span c : content) {
      all = all.union(c);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = all.start(); i <= all.end() && i <= text.length(); i++) {
      for (Span c : content) {
        if (c.end() == i && !c.isEmpty()) {
          sb.append('»');
        }
      }
      close(sb, cue, i, '⟩');
      close(sb, source, i, '⟧');
      open(sb, source, i, '⟦');
      open(sb, cue, i, '⟨');
      for (Span c : content) {
        if (c.start() == i && !c.isEmpty()) {
          sb.append('«');
        }
      }
      if (i < all.end() && i < text.length()) {
        sb.append(text.charAt(i));
      }
    }
    return sb.toString();
  }

  private static void open(StringBuilder sb, Span s, int i, char mark) {
    if (s.start() == i && !s.isEmpty()) {
      sb.append(mark);
    }
  }

  private static void close(StringBuilder sb, Span s, int i, char mark) {
    if (s.end() == i && !s.isEmpty()) {
      sb.append(mark);
    }
  }
}
