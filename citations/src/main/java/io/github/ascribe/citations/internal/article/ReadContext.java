package io.github.ascribe.citations.internal.article;

import com.ibm.icu.text.BreakIterator;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LinkDefinition;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.notation.LexedText;
import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.LinkDefinitions;
import io.github.ascribe.citations.internal.scan.TokenStream;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of one analysis: the text, its paragraphs and reference lists, the claims and the
 * attributions found so far, the diagnostics, the last media source named, and memo tables of
 * notation read from ranges. Made by {@link ArticleReader#read} for one call and dropped after it.
 * Not thread-safe, and never shared.
 */
final class ReadContext {

  /**
   * A claim's place: its paragraph and span.
   *
   * @param paragraph the paragraph's index
   * @param start first index
   * @param end index past the last
   */
  record ClaimSpan(int paragraph, int start, int end) {}

  /**
   * An attribution found, with where it was found: what scoping needs to turn its reach into claims.
   *
   * @param found what its recogniser reported
   * @param paragraph the index of its paragraph
   * @param claimsBefore how many claims the article had when it was found
   * @param claim the claim of its sentence, or -1
   */
  record Hit(Recognized found, int paragraph, int claimsBefore, int claim) {}

  final String text;
  final ArticleReader.Settings settings;
  final List<Layout.Para> paragraphs;
  final Map<Integer, List<SourceMention>> references = new HashMap<>();
  final BitSet referenceParagraphs;
  /** The text's reference-style link definitions by label key, read when first asked for. */
  private Map<String, LinkDefinition> linkDefinitions;
  final List<ClaimSpan> claims = new ArrayList<>();
  final List<Hit> hits = new ArrayList<>();
  final Diagnostics diagnostics;
  final BreakIterator sentences;
  private final Map<Integer, List<SourceMention>> referencesView = Collections.unmodifiableMap(references);
  /** Notation read from ranges of the current paragraph, by range: empty for prose. */
  private final Map<Long, Optional<NotationResult>> unlessProse = new HashMap<>();
  private final Map<Long, NotationResult> reads = new HashMap<>();
  private final Map<Class<?>, Object> states = new HashMap<>();

  /**
   * spec: a heading starts a new story, so who "he" or "the company" is does not carry over it: the
   * prose finder's people and organisations are forgotten (other forms' state, such as link
   * definitions, holds for the whole article).
   */
  void newStory() {
    states.remove(SourceFinders.Phrases.class);
  }
  private SourceMention lastMedia;
  /** Whether the paragraphs read last were a follow-up-question heading and its questions ({@link Furniture}). */
  boolean questionList;
  /** The tokens of the paragraph being read. */
  private TokenStream tokens;
  /** Its notation lexemes, made once for every notation read of a range of it. */
  private LexedText lexed;

  ReadContext(String text, ArticleReader.Settings settings, int reservedDiagnostics) {
    this.text = text;
    this.settings = settings;
    this.diagnostics = new Diagnostics(settings.maxDiagnostics(), reservedDiagnostics);
    this.sentences = (BreakIterator) settings.sentencePrototype().clone();
    this.paragraphs = DigestHeadlines.mark(text, Layout.paragraphs(text), settings.registry(), settings.furniture());
    this.referenceParagraphs = References.read(text, paragraphs, settings.registry(), references);
  }

  /**
   * Starts a paragraph: lexes its content once, for every recogniser's triggers, and forgets the
   * notation read so far (ranges are read again only inside one paragraph).
   *
   * @param content the paragraph's content
   */
  void startParagraph(Span content) {
    unlessProse.clear();
    reads.clear();
    tokens = Lexer.lex(text, content.start(), content.end());
    lexed = new LexedText(tokens);
  }

  /** The view a recogniser gets of {@code range}, in the paragraph with content {@code paragraph}. */
  FormInput input(Span range, Span paragraph) {
    return new Input(range, paragraph, null);
  }

  /** The same view with the kinds already known (a subrange of a range whose kinds are known). */
  FormInput input(Span range, Span paragraph, Set<LexKind> kinds) {
    return new Input(range, paragraph, kinds);
  }

  /** The lexeme kinds in {@code range} of the current paragraph. */
  Set<LexKind> kinds(Span range) {
    return LexScan.kinds(tokens, range.start(), range.end());
  }

  /** Takes in what a recogniser reported: its notes, and its media mentions as antecedents. */
  void accept(Recognized r) {
    for (Diagnostic d : r.diagnostics()) {
      diagnostics.add(d);
    }
    if (r.antecedent()) {
      for (SourceMention m : r.mentions()) {
        if (m.source().isMedia() && m.match().isResolved()) {
          lastMedia = m;
        }
      }
    }
  }

  /** {@link FormInput#notationUnlessProse}, read once per range in a paragraph. */
  Optional<NotationResult> notationUnlessProse(int from, int to) {
    return unlessProse.computeIfAbsent(key(from, to),
        k -> Optional.ofNullable(inParagraph(from, to) ? settings.notation().readUnlessProse(lexed, from, to)
            : settings.notation().readUnlessProse(text.substring(from, to))));
  }

  /** {@link FormInput#notation}, read once per range in a paragraph. */
  NotationResult notation(int from, int to) {
    Optional<NotationResult> known = unlessProse.get(key(from, to));
    if (known != null && known.isPresent()) {
      return known.get(); // a result that is not prose is the full reading
    }
    return reads.computeIfAbsent(key(from, to), k -> inParagraph(from, to) ? settings.notation().read(lexed, from, to)
        : settings.notation().read(text.substring(from, to)));
  }

  /** Whether {@code [from, to)} lies in the paragraph being read: its tokens are read again, not lexed again. */
  private boolean inParagraph(int from, int to) {
    return tokens != null && from >= tokens.from() && to <= tokens.to() && from <= to;
  }

  private static long key(int from, int to) {
    return (long) from << 32 | (to & 0xFFFFFFFFL);
  }

  /** The view of one range that a recogniser gets. */
  private final class Input implements FormInput {
    private final Span range;
    private final Span paragraph;
    /** Made when first asked for: most recognisers of a range need them, some never. */
    private Set<LexKind> kinds;

    Input(Span range, Span paragraph, Set<LexKind> kinds) {
      this.range = range;
      this.paragraph = paragraph;
      this.kinds = kinds == null ? null : Collections.unmodifiableSet(kinds);
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public Span range() {
      return range;
    }

    @Override
    public Span paragraph() {
      return paragraph;
    }

    @Override
    public Set<LexKind> kinds() {
      if (kinds == null) {
        kinds = Collections.unmodifiableSet(ReadContext.this.kinds(range));
      }
      return kinds;
    }

    @Override
    public SourceRegistry registry() {
      return settings.registry();
    }

    @Override
    public SourceLineScope sourceLineScope() {
      return settings.scope();
    }

    @Override
    public NotationResult notation(int from, int to) {
      checkRange(from, to);
      return ReadContext.this.notation(from, to);
    }

    @Override
    public Optional<NotationResult> notationUnlessProse(int from, int to) {
      checkRange(from, to);
      return ReadContext.this.notationUnlessProse(from, to);
    }

    @Override
    public Map<Integer, List<SourceMention>> references() {
      return referencesView;
    }

    @Override
    public Optional<LinkDefinition> linkDefinition(String label) {
      if (linkDefinitions == null) {
        linkDefinitions = LinkDefinitions.read(text); // one pass, when a reference link first asks
      }
      return Optional.ofNullable(linkDefinitions.get(LinkDefinitions.key(label)));
    }

    @Override
    public Optional<SourceMention> lastMedia() {
      return Optional.ofNullable(lastMedia);
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> make) {
      return key.cast(states.computeIfAbsent(key, k -> make.get()));
    }

    private void checkRange(int from, int to) {
      if (from < 0 || to > text.length() || from > to) {
        throw new IndexOutOfBoundsException("[" + from + ", " + to + ") is not a range of a text of " + text.length());
      }
    }
  }
}
