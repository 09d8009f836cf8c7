package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.TokenStream;
import io.github.ascribe.citations.internal.scan.TokenType;
import io.github.ascribe.core.internal.NameIndex;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads attribution notation, stage by stage over the tokens of the one {@link Lexer}:
 * <pre>
 * lex → {@link NotationGrammar} (parts; with {@link ProseStop} when asked to stop at prose)
 *     → {@link NameSegmenter} (end, join, link targets)
 *     → [{@link VerdictRules#anyNameReadsAsProse} when asked to stop at prose] → {@link NameSegmenter} (split)
 *     → {@link ChipGrouper} with {@link MentionResolver} → {@link VerdictRules} → {@link ResultBuilder}
 * </pre>
 * The state of one read lives in a {@link NotationRead} made per call; a reader holds only its
 * configuration, so it is immutable and thread-safe.
 *
 * <pre>{@code
 * NotationReader reader = new NotationReader(SourceRegistry.bundled(), false);
 * reader.read("Reuters +2, AP").entries().size();        // 2
 * TokenStream tokens = Lexer.lex(article);
 * reader.read(tokens, 120, 160);                           // as read(article.substring(120, 160))
 * }</pre>
 */
public final class NotationReader {

  private final SourceRegistry registry;
  private final boolean strict;
  /** For a reader made by {@link #deferringTokens}: how results make their tokens later; else null. */
  private final Function<String, List<Token>> retokenize;
  private final MentionResolver resolver;
  private final NameSegmenter segmenter;
  private final ChipGrouper grouper;
  private final VerdictRules verdicts;

  /**
   * Creates a reader.
   *
   * @param registry the registry names resolve against
   * @param strict no fuzzy matching, and unresolved names are warnings
   */
  public NotationReader(SourceRegistry registry, boolean strict) {
    this(registry, strict, null);
  }

  private NotationReader(SourceRegistry registry, boolean strict, Function<String, List<Token>> retokenize) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.strict = strict;
    this.retokenize = retokenize;
    this.resolver = new MentionResolver(registry, NameIndex.of(registry), strict);
    this.segmenter = new NameSegmenter(registry, resolver);
    this.grouper = new ChipGrouper(resolver);
    this.verdicts = new VerdictRules(Lexicon.get(), resolver, segmenter);
  }

  /**
   * A reader that reads as this one does, but whose results make their tokens only when asked for,
   * by reading the input again ({@link TokenList#deferred}); which kinds of token a result holds is
   * known at once. For article analysis, which reads many ranges and looks at the tokens of few.
   *
   * @return the reader
   */
  public NotationReader deferringTokens() {
    if (retokenize != null) {
      return this;
    }
    NotationReader eager = new NotationReader(registry, strict, null);
    return new NotationReader(registry, strict, input -> eager.read(input).tokens());
  }

  /**
   * Parses notation.
   *
   * @param input any string
   * @return the result; never throws for any non-null input
   */
  public NotationResult read(String input) {
    return read(Lexer.lex(Objects.requireNonNull(input, "input")), 0, input.length(), false);
  }

  /**
   * Parses notation unless an item reads as prose, which makes the verdict {@code prose} (not
   * notation) whatever else the string holds: then it returns null, without resolving the other
   * names. {@code readUnlessProse(x) == null} implies {@code !read(x).isNotation()}, and a non-null
   * result equals {@code read(x)}.
   *
   * @param input any string
   * @return the result, or null if the input reads as prose
   */
  public NotationResult readUnlessProse(String input) {
    return read(Lexer.lex(Objects.requireNonNull(input, "input")), 0, input.length(), true);
  }

  /**
   * Parses the window {@code [from, to)} of the text of a token stream: the result equals {@code
   * read(tokens.text().substring(from, to))}, spans relative to the window. The stream's tokens are
   * read where the window's edges are edges of its words and spaces; elsewhere the window is lexed
   * again, as the lexer decides a few tokens by what follows them.
   *
   * @param tokens the tokens of a text, or of a window of it holding {@code [from, to)}
   * @param from where the window starts, an offset into the whole text
   * @param to where it ends
   * @return the result
   * @throws IndexOutOfBoundsException if the window is not inside the stream's
   */
  public NotationResult read(TokenStream tokens, int from, int to) {
    return read(tokens, from, to, false);
  }

  /**
   * {@link #readUnlessProse(String)} of a window of a token stream, as {@link #read(TokenStream,
   * int, int)} reads it.
   *
   * @param tokens the tokens of a text
   * @param from where the window starts, an offset into the whole text
   * @param to where it ends
   * @return the result, or null if the window reads as prose
   */
  public NotationResult readUnlessProse(TokenStream tokens, int from, int to) {
    return read(tokens, from, to, true);
  }

  /**
   * {@link #read(TokenStream, int, int)} of a window of a text whose lexemes are made once for all
   * its windows.
   *
   * @param text the lexed text
   * @param from where the window starts, an offset into the whole text
   * @param to where it ends
   * @return the result
   */
  public NotationResult read(LexedText text, int from, int to) {
    return read(text.tokens(), text, from, to, false);
  }

  /**
   * {@link #readUnlessProse(TokenStream, int, int)} of a window of a text whose lexemes are made
   * once for all its windows.
   *
   * @param text the lexed text
   * @param from where the window starts, an offset into the whole text
   * @param to where it ends
   * @return the result, or null if the window reads as prose
   */
  public NotationResult readUnlessProse(LexedText text, int from, int to) {
    return read(text.tokens(), text, from, to, true);
  }

  private NotationResult read(TokenStream tokens, int from, int to, boolean stopAtProse) {
    return read(tokens, null, from, to, stopAtProse);
  }

  /** Reads a window; with {@code lexed} (the lexemes of {@code tokens}, or null) its lexemes are a view of those. */
  private NotationResult read(TokenStream tokens, LexedText lexed, int from, int to, boolean stopAtProse) {
    if (from < tokens.from() || to > tokens.to() || from > to) {
      throw new IndexOutOfBoundsException("window [" + from + ", " + to + ") outside [" + tokens.from() + ", "
          + tokens.to() + ")");
    }
    Lexemes lx;
    if (!sharesTokens(tokens, from, to)) {
      TokenStream own = Lexer.lex(tokens.text(), from, to);
      lx = Lexemes.of(own, own.indexAt(from), own.indexAt(to));
    } else if (lexed != null) {
      lx = lexed.window(tokens.indexAt(from), tokens.indexAt(to));
    } else {
      lx = Lexemes.of(tokens, tokens.indexAt(from), tokens.indexAt(to));
    }
    NotationRead r = new NotationRead(tokens.text(), from, to, lx, stopAtProse);
    if (!stopAtProse) {
      NotationGrammar.read(r);
    } else if (NotationGrammar.readUnlessProse(r, verdicts, registry.maxNameWords())) {
      return null; // a name read as prose as soon as no later stage could change it
    }
    segmenter.markEnd(r);
    segmenter.joinNames(r);
    NameSegmenter.applyLinkTargets(r);
    if (stopAtProse && verdicts.anyNameReadsAsProse(r)) {
      return null; // before splitting every other part: one prose item decides
    }
    segmenter.splitNames(r);
    ChipGrouper.Groups groups = grouper.group(r);
    boolean totalSyntax = groups.total().isPresent() || !groups.restatements().isEmpty();
    return ResultBuilder.build(r, groups,
        verdicts.verdict(groups.entries(), r.leadIn, totalSyntax, groups.chipSyntax(), groups.linkChip()),
        retokenize);
  }

  /**
   * Whether the tokens of {@code [from, to)} are those the window lexes to: its edges are token
   * edges outside any word or space run, it does not start with a link target (which is one only
   * after the {@code ]} before it), and no quotation mark near an edge was read as wrapping a URL
   * beyond it.
   */
  private static boolean sharesTokens(TokenStream t, int from, int to) {
    if (from == t.from() && to == t.to()) {
      return true;
    }
    if (!t.isEdge(from) || !t.isEdge(to)) {
      return false;
    }
    int first = t.indexAt(from);
    int last = t.indexAt(to);
    if (first < t.size() && t.joined(first) || last < t.size() && t.joined(last)) {
      return false;
    }
    return !(first < last && (t.type(first) == TokenType.URL_QUOTE || t.type(first) == TokenType.LINK_TARGET)
        || last - 1 >= first && t.type(last - 1) == TokenType.URL_QUOTE
        || last - 2 >= first && t.type(last - 2) == TokenType.URL_QUOTE);
  }

  /**
   * Whether text written at the start of a notation would be read as a lead-in.
   *
   * @param text the start of a notation
   * @return true if it begins with a lead-in phrase
   */
  public static boolean startsWithLeadIn(String text) {
    return LeadIn.startsWithLeadIn(text);
  }

  /**
   * The display form of an unknown name: visible text without edge punctuation.
   *
   * @param written a name as written
   * @return its clean form, empty if it has no letter or digit
   */
  public static String cleanName(String written) {
    return NameText.cleanName(written);
  }
}
