package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.TokenStream;
import io.github.ascribe.core.internal.NameIndex;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.stream.Collectors;

/** The stages of a reader over the bundled registry, run one by one for the stage tests. */
final class Stages {

  static final SourceRegistry REGISTRY = SourceRegistry.bundled();
  static final MentionResolver RESOLVER = new MentionResolver(REGISTRY, NameIndex.of(REGISTRY), false);
  static final NameSegmenter SEGMENTER = new NameSegmenter(REGISTRY, RESOLVER);
  static final ChipGrouper GROUPER = new ChipGrouper(RESOLVER);
  static final VerdictRules VERDICTS = new VerdictRules(Lexicon.get(), RESOLVER, SEGMENTER);

  private Stages() {}

  /** A read of the whole of {@code s}, lexed, before any stage. */
  static NotationRead start(String s) {
    TokenStream t = Lexer.lex(s);
    return new NotationRead(s, 0, s.length(), Lexemes.of(t, 0, t.size()), false);
  }

  /** After the grammar. */
  static NotationRead grammar(String s) {
    NotationRead r = start(s);
    NotationGrammar.read(r);
    return r;
  }

  /** After the grammar and every name pass. */
  static NotationRead names(String s) {
    NotationRead r = grammar(s);
    SEGMENTER.markEnd(r);
    SEGMENTER.joinNames(r);
    NameSegmenter.applyLinkTargets(r);
    SEGMENTER.splitNames(r);
    return r;
  }

  /** The parts as {@code KIND'text'}, joined by spaces; spaces left out. */
  static String parts(NotationRead r) {
    return r.parts.stream().filter(p -> p.kind != Part.Kind.SPACE)
        .map(p -> p.kind + "'" + r.text(p) + "'").collect(Collectors.joining(" "));
  }

  /** The diagnostic codes, in order. */
  static String codes(NotationRead r) {
    return r.diagnostics.stream().map(d -> d.code()).collect(Collectors.joining(" "));
  }
}
