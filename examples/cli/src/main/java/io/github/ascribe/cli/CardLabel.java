package io.github.ascribe.cli;

import io.github.ascribe.core.Claim;
import java.util.Locale;

/**
 * The label of a claim's card in the HTML report: {@link ClaimStatus} with claims that name no media
 * source split by whether they cite people, organisations or anonymous sources. The label is shown as
 * text (never by colour alone) and is the card's CSS class.
 *
 * <pre>{@code
 * CardLabel.of(claim).label();   // "other-attributed" for "..., the minister said."
 * }</pre>
 */
enum CardLabel {
  /** Two or more media sources. */
  MULTI_SOURCE("two or more media sources"),
  /** Exactly one media source. */
  SINGLE_SOURCE("one media source only"),
  /** No media source, but people, organisations or anonymous sources are cited. */
  OTHER_ATTRIBUTED("no media source; cites people or organisations"),
  /** No source of any kind. */
  UNATTRIBUTED("no source at all");

  private final String meaning;

  CardLabel(String meaning) {
    this.meaning = meaning;
  }

  /**
   * The label of a claim.
   *
   * @param claim the claim
   * @return its label, consistent with {@link ClaimStatus#of}
   */
  static CardLabel of(Claim claim) {
    return switch (ClaimStatus.of(claim)) {
      case MULTI_SOURCE -> MULTI_SOURCE;
      case SINGLE_SOURCE -> SINGLE_SOURCE;
      case UNATTRIBUTED -> claim.otherSources().isEmpty() ? UNATTRIBUTED : OTHER_ATTRIBUTED;
    };
  }

  /**
   * The kebab-case label, shown on the card and used as its CSS class.
   *
   * @return e.g. {@code other-attributed}
   */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * What the label means, for people.
   *
   * @return e.g. {@code one media source only}
   */
  String meaning() {
    return meaning;
  }
}
