package io.github.ascribe.cli;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.text.Hosts;
import java.util.List;
import java.util.Optional;

/**
 * Why a source as written deserves a second look, for the warning style of the HTML report: a
 * look-alike of a registry name ({@link MatchKind#CONFUSABLE}, with the reason of its {@code
 * confusable-name} diagnostic), or a markdown link whose text names a known source while the link
 * goes to a host that is not one of that source's domains (the analyser's {@code link-host-mismatch}
 * warning, which attributes the link to its site) ({@code [Reuters](https://reuters.example.net/x)}).
 *
 * <pre>{@code
 * new SourceWarnings(article).of(attribution, mention);   // Optional["look-alike of Bloomberg ..."]
 * }</pre>
 *
 * <p>Immutable once made; one per article.
 */
final class SourceWarnings {

  private final Article article;
  private final List<Diagnostic> confusables;
  private final List<Diagnostic> mismatches;

  SourceWarnings(Article article) {
    this.article = article;
    this.confusables = article.diagnostics().stream().filter(d -> d.code().equals("confusable-name")).toList();
    this.mismatches = article.diagnostics().stream().filter(d -> d.code().equals("link-host-mismatch")).toList();
  }

  /**
   * The warning for one mention of an attribution.
   *
   * @param at the attribution
   * @param m one of its mentions
   * @return the reason, for people, or empty when nothing is suspicious
   */
  Optional<String> of(Attribution at, SourceMention m) {
    if (m.match().kind() == MatchKind.CONFUSABLE) {
      for (Diagnostic d : confusables) {
        if (d.span().overlaps(m.span()) || d.span().equals(m.span())) {
          return Optional.of("look-alike name: " + d.message());
        }
      }
      return Optional.of("look-alike name: imitates a registry source without being it");
    }
    for (Diagnostic d : mismatches) {
      // spec: the analyser attributes a look-alike link to its site and says why (link-host-mismatch)
      if (d.span().overlaps(m.span()) || d.span().equals(m.span())) {
        String why = d.message();
        int cut = why.indexOf(", which is not one of its sites");
        return Optional.of(cut > 0 ? why.substring(0, cut) : why);
      }
    }
    if (at.form() == AttributionForm.LINK && !m.source().domains().isEmpty()) {
      return linkHost(at).filter(host -> !belongs(host, m.source().domains()))
          .map(host -> "the link text names " + m.source().name() + " but the link goes to " + host);
    }
    return Optional.empty();
  }

  /** The host of a markdown link's target, {@code [text](url)}: the text after the last {@code ](}. */
  private Optional<String> linkHost(Attribution at) {
    String text = at.span().text(article.text());
    int open = text.lastIndexOf("](");
    if (open < 0) {
      return Optional.empty();
    }
    int close = text.indexOf(')', open + 2);
    return Hosts.hostOf(text.substring(open + 2, close < 0 ? text.length() : close));
  }

  private static boolean belongs(String host, List<String> domains) {
    for (String d : domains) {
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }
}
