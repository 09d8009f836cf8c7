package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.text.Hosts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ChatGPT's {@code [oai_citation:0‡Name](url)} as some copy tools export it, after a sentence: a
 * link whose host the registry knows names that source; else a name the registry knows; else a web
 * link names its site by its host; a link with no web host ({@code file-service://…}) gives an
 * {@code unresolved-citation-code} diagnostic. The code is cut from the claim either way.
 *
 * <pre>{@code
 * The first units enter service in 2029.  [oai_citation:1‡Railway Gazette](https://www.railwaygazette.com/x)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OaiCitationForm extends LeakedCodeRecognizer {

  public OaiCitationForm() {
    super(AttributionForm.LINK, Set.of(LexKind.CLOSE), LeakedCodes.Kind.OAI_CITATION, "code-oai-citation",
        "a ChatGPT oai_citation code");
  }

  @Override
  Recognized code(FormInput in, Span span, Span code) {
    String s = in.text();
    int close = TextScan.indexOf(s, ']', code.start(), code.end());
    int sep = TextScan.indexOf(s, '‡', code.start(), close);
    Span name = sep < 0 ? Span.of(close, close) : Span.of(sep + 1, close);
    Span url = close + 2 < code.end() ? Span.of(close + 2, code.end() - 1) : Span.of(code.end(), code.end());
    List<SourceMention> mentions = List.of();
    Optional<Resolution> r = url.length() > 0 ? in.registry().resolveHost(url.text(s)) : Optional.empty();
    Span by = url;
    if (r.isEmpty() && name.length() > 0) {
      r = in.registry().resolve(name.text(s));
      by = name;
    }
    if (r.isPresent()) {
      mentions = List.of(new SourceMention(by.text(s), by, r.get().source(), r.get().match()));
    } else if (url.text(s).startsWith("http")) {
      Optional<String> host = Hosts.hostOf(url.text(s));
      if (host.isPresent()) {
        mentions = List.of(new SourceMention(url.text(s), url, Source.unknown(host.get()), Match.UNRESOLVED));
      }
    }
    return hit(span, code, mentions);
  }
}
