package io.github.ascribe.citations.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.citations.internal.source.Corroborations;
import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.citations.internal.source.ProseFinder;
import io.github.ascribe.citations.internal.source.SourcePhrases;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.Paragraph;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a whole article: paragraphs, reference lists, sentences (ICU4J, with abbreviation
 * suppression), claims, and every attribution form with the claims it covers. Immutable and
 * thread-safe; each {@link #read(String)} has its own state.
 */
public final class ArticleReader {

  /** The glued-chip search parses at most this many characters per character of a sentence... */
  static final int GLUED_CHIP_BUDGET_PER_CHAR = 1;
  /** ... plus this many. */
  static final int GLUED_CHIP_BUDGET_BASE = 2_000;

  static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov",
      "lt", "col", "sgt", "st", "jr", "sr", "rev", "capt", "cmdr", "adm", "maj", "supt", "insp", "hon", "mme", "mlle");

  /** {@link #TITLES} as an array, to compare with in place without an iterator. */
  private static final String[] TITLE_ARRAY = TITLES.toArray(new String[0]);

  static final Set<String> REFERENCE_HEADINGS = Set.of("sources", "source", "references", "citations",
      "notes", "further reading", "links", "bibliography");

  /** The most ASCII letters a reference heading has. */
  private static final int MOST_HEADING_LETTERS = REFERENCE_HEADINGS.stream()
      .mapToInt(h -> (int) h.chars().filter(c -> c >= 'a' && c <= 'z').count()).max().orElse(0);

  private final SourceRegistry registry;
  private final NotationReader notation;
  private final NotationPrefilter prefilter;
  private final ULocale locale;
  private final SourceLineScope scope;
  private final int maxDiagnostics;
  private final SourcePhrases phrases;
  private final ProseFinder prose;
  private final Trailers trailers;
  private final GluedChips glued;
  private final Corroborations corroborations;

  /**
   * Creates a reader.
   *
   * @param registry the registry names resolve against
   * @param locale the locale for sentence segmentation
   * @param scope what source lines cover
   * @param strict strict notation parsing
   * @param maxDiagnostics diagnostics kept before the rest are summarised
   */
  public ArticleReader(SourceRegistry registry, ULocale locale, SourceLineScope scope, boolean strict,
      int maxDiagnostics) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.maxDiagnostics = maxDiagnostics;
    this.notation = new NotationReader(registry, strict).deferringTokens(); // no tokens are read
    this.prefilter = NotationPrefilter.of(registry, strict);
    Lexicon lexicon = Lexicon.get();
    this.phrases = new SourcePhrases(registry, lexicon);
    this.prose = new ProseFinder(phrases, lexicon);
    this.trailers = new Trailers(notation, registry, prefilter);
    this.glued = new GluedChips(notation, prefilter);
    this.corroborations = new Corroborations(notation, phrases);
  }

  /**
   * Analyses an article.
   *
   * @param text any string
   * @return the article
   */
  public Article read(String text) {
    Objects.requireNonNull(text, "text");
    Sentences kept = SENTENCES.get();
    Sentences own = kept != null && kept.locale.equals(locale) ? kept : new Sentences(locale);
    SENTENCES.set(null); // held: a read started while this one runs makes its own
    Run run = new Run(text, own.iterator);
    try {
      return run.run();
    } finally {
      run.ctx.release(); // its word tables go to the next article on this thread
      own.iterator.setText(EMPTY); // the thread keeps the iterator, not the article
      SENTENCES.set(own);
    }
  }

  /**
   * The sentence iterator of the last read on this thread, kept for the next read of the same locale
   * or null while a read holds it. ICU makes a new iterator by cloning its cached one, which copies
   * its caches: a few kilobytes per article, as much as a short article costs in all.
   */
  private static final ThreadLocal<Sentences> SENTENCES = new ThreadLocal<>();
  /** What a kept iterator reads between reads. Never moved, so it stays empty. */
  private static final RangeText EMPTY = new RangeText("", 0, 0);

  /** How many characters may stand between a quote and the verb phrase it is said with. */
  private static final int QUOTE_GAP = 4;

  /** A sentence iterator and the locale it was made for. */
  private static final class Sentences {
    final ULocale locale;
    final BreakIterator iterator;

    Sentences(ULocale locale) {
      this.locale = locale;
      this.iterator = BreakIterator.getSentenceInstance(new ULocale(locale.getBaseName() + "@ss=standard"));
    }
  }

  /** A paragraph as laid out: its span and where its content starts after a markdown marker. */
  private record Para(int index, int start, int contentStart, int end, boolean heading) {}

  private final class Run {
    private final String s;
    private final List<Para> paras;
    /** The claims found so far, three values each: paragraph, start and end. */
    private final IntList claims;
    private final List<Pending> pending;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Integer, List<SourceMention>> references = new HashMap<>();
    /** Whether each paragraph, by index, is a reference heading or entry (made once the layout is known). */
    private boolean[] referenceParas;
    private final SourcePhrases.Context ctx = new SourcePhrases.Context();
    private final BreakIterator sentences;
    private final RangeReads reads;
    /** The paragraph {@link #sentences} reads, moved from one paragraph to the next. */
    private final RangeText paragraphText;
    /**
     * The claims of each paragraph, by paragraph index: claims {@code [claimsFrom[i], claimsTo[i])},
     * as a paragraph's claims are found one after another while it is read; none for the others.
     */
    private int[] claimsFrom;
    private int[] claimsTo;
    /** Scratch lists of {@link #sentences} and {@link #claim}, which never run inside themselves. */
    private final IntList bounds = new IntList(16);
    private final IntList sents = new IntList(32);
    private final List<Pending> own = new ArrayList<>();
    private final List<ProseFinder.Hit> hits = new ArrayList<>();
    /** The budget of the glued-chip search in the sentence it searches. */
    private final int[] budget = new int[1];
    private Pending dateline;
    private int sectionStart;
    /** The last resolved media mention, and its source as the prose finder takes it (made when asked). */
    private SourceMention lastMedia;
    private SourcePhrases.Found lastMediaFound;

    Run(String s, BreakIterator sentences) {
      this.s = s;
      this.reads = new RangeReads(s);
      this.paragraphText = new RangeText(s, 0, 0);
      this.sentences = sentences;
      // sized for news, so that most articles never grow them: a claim per 110 characters (three
      // values each), an attribution per 130 and a paragraph per 190 in the benchmark's articles
      this.claims = new IntList(16 + s.length() / 30);
      this.pending = new ArrayList<>(16 + s.length() / 100);
      this.paras = new ArrayList<>(16 + s.length() / 150);
    }

    Article run() {
      layout();
      claimsFrom = new int[paras.size()];
      claimsTo = new int[paras.size()];
      referenceParas = new boolean[paras.size()];
      readReferences();
      for (Para p : paras) {
        if (!referenceParas[p.index()]) {
          paragraph(p);
        }
      }
      return build();
    }

    // ---- layout ----------------------------------------------------------------------------------

    private void layout() {
      int n = s.length();
      int lineStart = 0;
      for (int i = 0; i <= n; i++) {
        boolean end = i == n;
        char c = end ? '\n' : s.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          addParagraph(lineStart, i);
          if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
            i++;
          }
          lineStart = i + 1;
        }
      }
    }

    private void addParagraph(int from, int to) {
      int a = from;
      int b = to;
      while (a < b && isBlank(s.charAt(a))) {
        a++;
      }
      while (b > a && isBlank(s.charAt(b - 1))) {
        b--;
      }
      if (a >= b) {
        return;
      }
      int content = a;
      boolean heading = false;
      if (s.charAt(a) == '#') {
        int k = a;
        while (k < b && s.charAt(k) == '#') {
          k++;
        }
        if (k < b && s.charAt(k) == ' ' && k - a <= 6) {
          content = k + 1;
          heading = true;
        }
      } else if ((s.charAt(a) == '-' || s.charAt(a) == '*' || s.charAt(a) == '•' || s.charAt(a) == '+')
          && a + 1 < b && s.charAt(a + 1) == ' ') {
        content = a + 2;
      } else {
        int k = a;
        while (k < b && k - a < 3 && Character.isDigit(s.charAt(k))) {
          k++;
        }
        if (k > a && k + 1 < b && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ') {
          content = k + 2;
        }
      }
      while (content < b && isBlank(s.charAt(content))) {
        content++;
      }
      if (content >= b) {
        return;
      }
      paras.add(new Para(paras.size(), a, content, b, heading));
    }

    private boolean isBlank(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    // ---- reference lists ---------------------------------------------------------------------------

    /** The ASCII digits of {@code [from, to)}, in order: the number of a list item such as {@code 12.} or {@code (3)}. */
    private String asciiDigits(int from, int to) {
      StringBuilder digits = new StringBuilder(to - from);
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      return digits.toString();
    }

    private void readReferences() {
      boolean inReferences = false;
      for (Para p : paras) {
        if ((p.heading() || s.charAt(p.end() - 1) == ':' || s.startsWith("**", p.contentStart()))
            && mayBeReferenceHeading(s, p.contentStart(), p.end())
            && REFERENCE_HEADINGS.contains(Names.normalize(s.substring(p.contentStart(), p.end())))) { // cheap tests first
          inReferences = true;
          referenceParas[p.index()] = true;
          continue;
        }
        int number = -1;
        int bodyStart = -1;
        if (s.charAt(p.start()) == '[') {
          int close = Trailers.indexOf(s, ']', p.start(), Math.min(p.end(), p.start() + 12));
          if (close > p.start()
              && Trailers.isMarkerBody(s, p.start() + 1, close)) {
            number = parseNumber(s.substring(p.start() + 1, close));
            bodyStart = close + 1;
            if (bodyStart < p.end() && s.charAt(bodyStart) == ':') {
              bodyStart++;
            }
          }
        } else if (Trailers.isSuperscriptDigit(s.charAt(p.start()))) {
          int k = p.start();
          StringBuilder digits = new StringBuilder();
          while (k < p.end() && Trailers.isSuperscriptDigit(s.charAt(k))) {
            digits.append(superscriptValue(s.charAt(k)));
            k++;
          }
          number = parseNumber(digits.toString());
          bodyStart = k;
        } else if (p.contentStart() > p.start() && Character.isDigit(s.charAt(p.start()))) {
          number = parseNumber(asciiDigits(p.start(), p.contentStart()));
          bodyStart = p.contentStart();
        }
        if (number < 0) {
          continue;
        }
        List<SourceMention> found = referenceBody(bodyStart, p.end(), inReferences || s.charAt(p.start()) == '['
            || Trailers.isSuperscriptDigit(s.charAt(p.start())));
        if (found != null) {
          references.put(number, found);
          referenceParas[p.index()] = true;
        }
      }
    }

    /** The source of a reference entry body: a URL's host, else the name before a dash or the whole. */
    private List<SourceMention> referenceBody(int from, int to, boolean markedUp) {
      while (from < to && isBlank(s.charAt(from))) {
        from++;
      }
      if (from >= to) {
        return null;
      }
      String body = s.substring(from, to);
      int url = indexOfUrl(body);
      String before = url >= 0 ? body.substring(0, url) : body;
      int cut = firstDash(before);
      String name = (cut >= 0 ? before.substring(0, cut) : before).strip();
      if (!name.isEmpty() && (name.startsWith("[") || name.startsWith("*"))) {
        name = stripMarkup(name);
      }
      int nameAt = name.isEmpty() ? -1 : s.indexOf(name, from);
      if (nameAt >= 0 && nameAt + name.length() <= to) {
        Optional<Resolution> r = registry.resolve(name);
        if (r.isPresent()) {
          return List.of(new SourceMention(name, Span.of(nameAt, nameAt + name.length()), r.get().source(),
              r.get().match()));
        }
      }
      if (url >= 0) {
        int end = url;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != ')') {
          end++;
        }
        String u = body.substring(url, end);
        Optional<Resolution> r = registry.resolveHost(u);
        Span span = Span.of(from + url, from + end);
        if (r.isPresent()) {
          return List.of(new SourceMention(u, span, r.get().source(), r.get().match()));
        }
        Optional<String> host = io.github.ascribe.core.text.Hosts.hostOf(u);
        if (host.isPresent()) {
          return List.of(new SourceMention(u, span, Source.unknown(host.get()), Match.UNRESOLVED));
        }
      }
      if (markedUp && nameAt >= 0 && nameAt + name.length() <= to && !NotationReader.cleanName(name).isEmpty()
          && name.length() <= 80) {
        return List.of(new SourceMention(name, Span.of(nameAt, nameAt + name.length()),
            Source.unknown(NotationReader.cleanName(name)), Match.UNRESOLVED));
      }
      return null;
    }

    // ---- paragraphs ----------------------------------------------------------------------------

    private void paragraph(Para p) {
      labelForParagraph = null;
      if (p.heading()) {
        sectionStart = p.index() + 1;
        dateline = null; // a new section ends the story a dateline opened
        return; // headings label sections; they are paragraphs, not claims
      }
      NotationResult whole = readUnlessProse(p.contentStart(), p.end()); // most paragraphs are prose
      if (whole != null && whole.isNotation() && !p.heading()) {
        sourceLine(p, whole);
        return;
      }
      int from = p.contentStart();
      from = dateline(p, from);
      from = leadingLabel(p, from);
      int to = headlineLabel(p, from);
      sentences(p, from, to);
    }

    /** The range {@link #readUnlessProse} read last, and what it gave. */
    private int lastReadFrom = -1;
    private int lastReadTo = -1;
    private NotationResult lastRead;

    /**
     * {@link NotationReader#readUnlessProse} of {@code s[from, to)}, or null without parsing when the
     * prefilter finds it is prose (the reader would return null too). The answer depends on the range's
     * text alone, so the range read last is not read again: a paragraph of one sentence is read as a
     * paragraph and then as that sentence.
     */
    private NotationResult readUnlessProse(int from, int to) {
      if (from == lastReadFrom && to == lastReadTo) {
        return lastRead;
      }
      NotationResult r = prefilter.mayBeNotation(s, from, to) ? notation.readUnlessProse(s.substring(from, to)) : null;
      lastReadFrom = from;
      lastReadTo = to;
      lastRead = r;
      return r;
    }

    private void sourceLine(Para p, NotationResult r) {
      boolean label = Readings.count(r) == 1
          && Readings.first(r).match().kind() == io.github.ascribe.core.MatchKind.DOMAIN
          && Readings.hasToken(r, TokenKind.LEAD_IN);
      Pending a = fromNotation(label ? AttributionForm.LABEL : AttributionForm.SOURCE_LINE,
          label ? "label-source-url" : "source-line", r, p.contentStart(), Span.of(p.contentStart(), p.end()));
      if (scope == SourceLineScope.SECTION_ABOVE && !label) {
        for (int q = sectionStart; q < p.index(); q++) {
          a.claims().addRange(claimsFrom[q], claimsTo[q]);
        }
      } else {
        int above = claimsAbove(p.index());
        if (above >= 0) {
          a.claims().addRange(claimsFrom[above], claimsTo[above]);
        }
      }
      if (a.claims().isEmpty()) {
        diagnostic(Severity.WARNING, "source-line-without-claims",
            "this source line has no claims above it to cover", Span.of(p.contentStart(), p.end()));
      }
      sectionStart = p.index() + 1;
    }

    /** Paragraphs below this index were searched for claims by {@link #claimsAbove} already. */
    private int claimsSearchedTo;
    /** The last paragraph below {@link #claimsSearchedTo} with claims, or -1. */
    private int lastWithClaims = -1;

    /**
     * The nearest paragraph above {@code index} that has claims. Paragraphs are read in
     * order and a paragraph's claims are final once the next one is read, so the search goes on
     * from where the last one stopped: a run of source lines with no claims between them costs a
     * step each, not a walk back to the top of the article each.
     *
     * @return the paragraph's index, or -1 if no paragraph above has claims
     */
    private int claimsAbove(int index) {
      if (index < claimsSearchedTo) { // not the case while paragraphs are read in order: search afresh
        claimsSearchedTo = 0;
        lastWithClaims = -1;
      }
      for (int q = claimsSearchedTo; q < index; q++) {
        if (claimsTo[q] > claimsFrom[q]) {
          lastWithClaims = q;
        }
      }
      claimsSearchedTo = index;
      return lastWithClaims;
    }

    private Pending fromNotation(AttributionForm form, String rule, NotationResult r, int offset, Span span) {
      SourceMention[] mentions = Readings.sorted(r);
      for (int k = 0; k < mentions.length; k++) {
        mentions[k] = mentions[k].shift(offset);
        noteMedia(mentions[k]);
      }
      // List.of(array) copies the array: one or two mentions, the usual case, go in a list of their own
      List<SourceMention> listed = mentions.length == 1 ? List.of(mentions[0])
          : mentions.length == 2 ? List.of(mentions[0], mentions[1]) : List.of(mentions);
      List<Diagnostic> notes = r.diagnostics();
      for (int k = 0; k < notes.size(); k++) {
        diagnostics.add(notes.get(k).shift(offset));
      }
      Pending a = new Pending(form, rule, span, listed, r.unnamedSources(), r.declaredTotal());
      pending.add(a);
      return a;
    }

    private void noteMedia(SourceMention m) {
      if (m.source().isMedia() && m.match().isResolved()) {
        lastMedia = m;
        lastMediaFound = null;
      }
    }

    /** @return the last resolved media mention as a prose finder's source, or null */
    private SourcePhrases.Found lastMediaFound() {
      if (lastMediaFound == null && lastMedia != null) {
        lastMediaFound = new SourcePhrases.Found(lastMedia.source(), lastMedia.span(), lastMedia.match());
      }
      return lastMediaFound;
    }

    /** {@code BRUSSELS (Reuters) -}, {@code LAGOS, March 2 (Anadolu) --}: returns where the story starts. */
    private int dateline(Para p, int from) {
      int open = -1;
      for (int i = from; i < p.end() && i - from < 80; i++) {
        char c = s.charAt(i);
        if (c == '(') {
          open = i;
          break;
        }
        if (Character.isLowerCase(c) && !precededByComma(from, i)) {
          return from;
        }
      }
      if (open < 0 || open == from || !Character.isUpperCase(s.charAt(from))) {
        return from;
      }
      int close = Trailers.indexOf(s, ')', open, Math.min(p.end(), open + 41));
      if (close < 0) {
        return from;
      }
      int k = close + 1;
      while (k < p.end() && s.charAt(k) == ' ') {
        k++;
      }
      int dashStart = k;
      while (k < p.end() && (s.charAt(k) == '-' || Character.getType(s.charAt(k)) == Character.DASH_PUNCTUATION)) {
        k++;
      }
      if (k == dashStart || k - dashStart > 3) {
        return from;
      }
      String name = s.substring(open + 1, close).strip();
      Optional<Resolution> r = registry.resolveExact(name);
      if (r.isEmpty() || !r.get().source().isMedia()) {
        return from;
      }
      SourceMention m = new SourceMention(name, Span.of(s.indexOf(name, open), s.indexOf(name, open) + name.length()),
          r.get().source(), r.get().match());
      noteMedia(m);
      dateline = new Pending(AttributionForm.DATELINE, "dateline", Span.of(from, k), List.of(m), 0, OptionalInt.empty());
      pending.add(dateline);
      while (k < p.end() && s.charAt(k) == ' ') {
        k++;
      }
      return k;
    }

    /** In a dateline, lowercase letters may follow a comma (a date: "LAGOS, March 2"). */
    private boolean precededByComma(int from, int i) {
      // only the last 11 characters count: a search of the whole text back to a comma made text without
      // commas quadratic, a paragraph at a time
      for (int k = i; k >= from && i - k < 12; k--) {
        if (s.charAt(k) == ',') {
          return true;
        }
      }
      return false;
    }

    /** A leading {@code [Kyiv Post]} label. */
    private int leadingLabel(Para p, int from) {
      if (from >= p.end() || s.charAt(from) != '[') {
        return from;
      }
      int close = Trailers.indexOf(s, ']', from, Math.min(p.end(), from + 61));
      if (close < 0 || (close + 1 < p.end() && s.charAt(close + 1) == '(')) {
        return from;
      }
      String name = s.substring(from + 1, close);
      Optional<Resolution> r = registry.resolveExact(name);
      if (r.isEmpty() || !r.get().source().isMedia()) {
        return from;
      }
      SourceMention m = new SourceMention(name, Span.of(from + 1, close), r.get().source(), r.get().match());
      noteMedia(m);
      Pending a = new Pending(AttributionForm.LABEL, "label-leading", Span.of(from, close + 1), List.of(m), 0,
          OptionalInt.empty());
      pending.add(a);
      labelForParagraph = a;
      int k = close + 1;
      while (k < p.end() && isBlank(s.charAt(k))) {
        k++;
      }
      return k;
    }

    private Pending labelForParagraph;

    /** {@code Headline—Outlet}: a paragraph ending in a dash and a registry name. */
    private int headlineLabel(Para p, int from) {
      int end = p.end();
      for (int i = end - 1; i > from && end - i < 60; i--) {
        char c = s.charAt(i);
        if (c == '—' || c == '–' || (c == '-' && i > 0 && s.charAt(i - 1) == ' ')) {
          String name = s.substring(i + 1, end).strip();
          Optional<Resolution> r = registry.resolveExact(name);
          if (r.isPresent() && r.get().source().isMedia()) {
            int at = s.indexOf(name, i + 1);
            SourceMention m = new SourceMention(name, Span.of(at, at + name.length()), r.get().source(),
                r.get().match());
            noteMedia(m);
            Pending a = new Pending(AttributionForm.LABEL, "label-headline", Span.of(i, end), List.of(m), 0,
                OptionalInt.empty());
            pending.add(a);
            labelForParagraph = a;
            int k = i;
            while (k > from && isBlank(s.charAt(k - 1))) {
              k--;
            }
            return k;
          }
          return end;
        }
      }
      return end;
    }

    // ---- sentences -------------------------------------------------------------------------------

    private void sentences(Para p, int from, int to) {
      // the paragraph as a text of its own from index 0, without a copy (see RangeText for why from 0);
      // one range text serves every paragraph, as the iterator reads only the one it was last given
      sentences.setText(paragraphText.cover(from, to));
      sentences.first();
      IntList bounds = this.bounds;
      bounds.clear();
      bounds.add(from);
      for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
        int x = from + end;
        if (x < to && x > from && s.charAt(x - 1) == '[') {
          // the segmenter splits "trials.[1] Next" inside the marker: keep the marker with its sentence
          int k = leadingMarkerEnd(x - 1, to);
          if (k > x - 1) {
            x = k;
          }
        }
        if (x < to && afterTitleAbbreviation(x)) {
          continue; // "Dr. Okafor said": the segmenter's suppression list lacks some titles
        }
        if (x > bounds.last()) {
          bounds.add(x);
        }
      }
      if (bounds.last() < to) {
        bounds.add(to);
      }
      splitGluedChips(bounds);
      IntList sents = this.sents; // each sentence as two values: where it starts and where it ends
      sents.clear();
      for (int q = 0; q + 1 < bounds.size(); q++) {
        int a = bounds.get(q);
        int b = bounds.get(q + 1);
        while (a < b && isBlank(s.charAt(a))) {
          a++;
        }
        while (b > a && isBlank(s.charAt(b - 1))) {
          b--;
        }
        if (a < b) {
          sents.add(a);
          sents.add(b);
        }
      }
      int pi = p.index();
      claimsFrom[pi] = claimCount();
      claimsTo[pi] = claimCount(); // claim() moves it on
      int uncoveredFrom = claimsFrom[pi]; // the first claim no tail covers yet
      for (int q = 0; q < sents.size(); q += 2) {
        int a = sents.get(q);
        int b = sents.get(q + 1);
        int lead = leadingMarkerEnd(a, b);
        if (lead > a && claimsTo[pi] > claimsFrom[pi]) {
          // "trials.[1] Regulators ...": the segmenter put the previous sentence's marker here
          Pending m = trailer(new Trailers.Trailer(Trailers.Kind.MARKER, Span.of(a, lead)));
          m.claims().add(claimsTo[pi] - 1);
          a = lead;
          while (a < b && isBlank(s.charAt(a))) {
            a++;
          }
          if (a >= b) {
            continue;
          }
        }
        NotationResult whole = readUnlessProse(a, b);
        if (whole != null && whole.isNotation()) {
          Pending tail = fromNotation(AttributionForm.SOURCE_TAIL, "sentence-tail", whole, a, Span.of(a, b));
          tail.claims().addRange(uncoveredFrom, claimsTo[pi]);
          if (tail.claims().isEmpty()) {
            diagnostic(Severity.WARNING, "tail-without-claims", "this source tail has no claims before it to cover",
                Span.of(a, b));
          }
          uncoveredFrom = claimsTo[pi];
          continue;
        }
        Corroborations.Hit corroboration = corroborations.find(ctx.words(s, a, b));
        if (corroboration != null) {
          Pending c = fromNotation(AttributionForm.CORROBORATION, "corroboration", corroboration.subject(),
              corroboration.subjectStart(), Span.of(a, b));
          c.claims().addRange(claimsFrom[pi], claimsTo[pi]);
          if (c.claims().isEmpty()) {
            int above = claimsAbove(pi);
            if (above >= 0) {
              c.claims().addRange(claimsFrom[above], claimsTo[above]);
            }
          }
          if (c.claims().isEmpty()) {
            diagnostic(Severity.WARNING, "corroboration-without-claims",
                "this corroboration statement has no claims before it", Span.of(a, b));
          }
          continue;
        }
        claim(p, a, b);
      }
    }

    /**
     * Answer engines glue chips after a sentence and the next sentence after the chips: "in
     * May.Fortune+1Quartz +2 Gold fell." The segmenter sees one sentence; split it after the chips.
     */
    private void splitGluedChips(IntList bounds) {
      for (int q = 0; q + 1 < bounds.size(); q++) {
        int a = bounds.get(q);
        int b = bounds.get(q + 1);
        int nextPlus = -1; // the next "+N" at or after i: found by one forward scan, amortised linear
        // the characters the glued-chip search may parse in this sentence: far more than any real
        // sentence needs, but a sentence made of candidates ("x.com/+1 x.com/+1 ...") stays linear
        budget[0] = GLUED_CHIP_BUDGET_PER_CHAR * (b - a) + GLUED_CHIP_BUDGET_BASE;
        for (int i = a + 2; i < b; i++) {
          char t = s.charAt(i - 1);
          if (t != '.' && t != '!' && t != '?') {
            continue; // the common case, decided by one character
          }
          char next = s.charAt(i);
          if (!(Character.isUpperCase(next) || Character.isLowerCase(next))
              || !(Character.isLowerCase(s.charAt(i - 2)) || Character.isDigit(s.charAt(i - 2)))) {
            continue;
          }
          if (nextPlus < i) {
            nextPlus = i;
            while (nextPlus + 1 < b && !((s.charAt(nextPlus) == '+' || s.charAt(nextPlus) == '＋')
                && Character.isDigit(s.charAt(nextPlus + 1)))) {
              nextPlus++;
            }
            if (nextPlus + 1 >= b) {
              break; // no chip anywhere ahead in this sentence
            }
          }
          if (nextPlus - i > 300) {
            continue;
          }
          GluedChips.Run run = gluedChips(i, b, budget);
          if (run == GluedChips.OUT_OF_BUDGET) {
            diagnostic(Severity.INFO, "glued-chips-not-searched", "this sentence has too many places where chips "
                + "could be glued to search them all; from here on, chips glued after a full stop are not split off",
                Span.of(i, b));
            break;
          }
          if (run != null && run.end() > i && run.end() < b) {
            bounds.add(q + 1, run.end());
            break;
          }
        }
      }
    }

    /**
     * The longest run of known-source chips starting at {@code i}, kept for the trailer search,
     * which reads the same chips again; null, or {@link GluedChips#OUT_OF_BUDGET}.
     */
    private GluedChips.Run gluedChips(int i, int b, int[] budget) {
      GluedChips.Run run = glued.longest(s, i, b, budget);
      if (run != null && run != GluedChips.OUT_OF_BUDGET) {
        reads.put(i, run.end(), run.text(), run.read());
      }
      return run;
    }

    /** Whether the text before {@code x} ends with a title abbreviation such as {@code Dr.} or {@code Gen.}. */
    private boolean afterTitleAbbreviation(int x) {
      int e = x;
      while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
        e--;
      }
      if (e == 0 || s.charAt(e - 1) != '.') {
        return false;
      }
      int b = e - 1;
      while (b > 0 && Character.isLetter(s.charAt(b - 1)) && e - b < 7) {
        b--;
      }
      if (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1))) {
        return false;
      }
      return isTitle(s, b, e - 1);
    }

    /** End of the markers ({@code [1]}, {@code [2][3]}, superscripts) a sentence starts with, or {@code a}. */
    private int leadingMarkerEnd(int a, int b) {
      int k = a;
      while (k < b) {
        if (Trailers.isSuperscriptDigit(s.charAt(k))) {
          k++;
          continue;
        }
        if (s.charAt(k) != '[') {
          break;
        }
        int close = Trailers.indexOf(s, ']', k, Math.min(b, k + 25));
        if (close < 0 || !Trailers.isMarkerBody(s, k + 1, close)
            || (close + 1 < b && s.charAt(close + 1) == '(')) {
          break;
        }
        k = close + 1;
      }
      return k;
    }

    private void claim(Para p, int a, int b) {
      List<Pending> own = this.own;
      own.clear();
      int end = b;
      for (int guard = 0; guard < 64; guard++) {
        Trailers.Trailer t = trailers.last(s, a, end, reads);
        if (t == null || t.span().start() <= a) {
          break;
        }
        Pending at = trailer(t);
        if (at != null) {
          own.add(at);
        }
        end = Trailers.trimEnd(s, a, t.span().start());
      }
      if (end <= a) {
        return;
      }
      int index = claimCount();
      claims.add(p.index());
      claims.add(a);
      claims.add(end);
      claimsTo[p.index()] = index + 1;
      for (int k = 0; k < own.size(); k++) {
        own.get(k).claims().add(index);
      }
      if (dateline != null) {
        dateline.claims().add(index);
      }
      if (labelForParagraph != null) {
        labelForParagraph.claims().add(index);
      }
      List<ProseFinder.Hit> hits = this.hits;
      hits.clear();
      prose.find(s, paras.get(p.index()).contentStart(), a, end, ctx, lastMediaFound(), hits);
      for (int q = 0; q < hits.size(); q++) {
        ProseFinder.Hit h = hits.get(q);
        SourcePhrases.Found f = h.found();
        SourceMention m = new SourceMention(ctx.text(s, f.span().start(), f.span().end()), f.span(), f.source(),
            f.match());
        if (f.match().kind() == io.github.ascribe.core.MatchKind.CONFUSABLE) {
          registry.confusable(m.text()).ifPresent(c -> diagnostic(Severity.WARNING, "confusable-name",
              "'" + m.source().name() + "' looks like " + c.lookalike().name() + " but is not the same text ("
                  + c.reason() + "); kept as an unknown source", m.span()));
        } else {
          noteMedia(m);
        }
        Pending pr = new Pending(AttributionForm.PROSE, h.attributionRule(), h.span(), List.of(m), 0,
            OptionalInt.empty());
        pr.claims().add(index);
        pending.add(pr);
      }
    }

    private Pending trailer(Trailers.Trailer t) {
      Span span = t.span();
      String text = span.text(s);
      switch (t.kind()) {
        case MARKER -> {
          List<SourceMention> mentions = new ArrayList<>();
          for (int number : markerNumbers(text)) {
            List<SourceMention> ref = references.get(number);
            if (ref == null) {
              diagnostic(Severity.WARNING, "unresolved-marker", "marker " + number + " has no entry in a reference list",
                  span);
            } else {
              mentions.addAll(ref);
            }
          }
          Pending m = new Pending(AttributionForm.MARKER, "marker", span, mentions, 0, OptionalInt.empty());
          pending.add(m);
          return m;
        }
        case LINK -> {
          String inner = text.startsWith("(") && text.endsWith(")") && text.length() > 2 && text.charAt(1) == '['
              ? text.substring(1, text.length() - 1) : text;
          int shift = text.length() - inner.length() > 0 ? 1 : 0;
          NotationResult r = t.read(notation, inner);
          if (!Readings.any(r)) {
            int open = text.lastIndexOf('(');
            String url = text.substring(open + 1, text.length() - 1).replace(")", "");
            Optional<Resolution> res = registry.resolveHost(url);
            Optional<String> host = io.github.ascribe.core.text.Hosts.hostOf(url);
            if (host.isEmpty()) {
              return null;
            }
            Source src = res.map(Resolution::source).orElse(Source.unknown(host.get()));
            Match match = res.map(Resolution::match).orElse(Match.UNRESOLVED);
            Span at = Span.of(span.start() + open + 1, span.start() + open + 1 + url.length());
            Pending l = new Pending(AttributionForm.LINK, "link-url", span, List.of(new SourceMention(at.text(s), at,
                src, match)), 0, OptionalInt.empty());
            pending.add(l);
            return l;
          }
          return fromNotation(AttributionForm.LINK, "link-markdown", r, span.start() + shift, span);
        }
        case LABEL -> {
          String name = text.substring(1, text.length() - 1);
          Optional<Resolution> r = registry.resolveExact(name);
          if (r.isEmpty()) {
            return null;
          }
          SourceMention m = new SourceMention(name, Span.of(span.start() + 1, span.end() - 1), r.get().source(),
              r.get().match());
          noteMedia(m);
          Pending l = new Pending(AttributionForm.LABEL, "label-trailing", span, List.of(m), 0, OptionalInt.empty());
          pending.add(l);
          return l;
        }
        case CHIP -> {
          boolean wrapped = text.startsWith("(") && text.endsWith(")");
          String inner = wrapped ? text.substring(1, text.length() - 1) : text;
          return fromNotation(AttributionForm.CHIP, "chip-trailing", t.read(notation, inner),
              span.start() + (wrapped ? 1 : 0), span);
        }
        default -> throw new IllegalStateException(t.kind().name());
      }
    }

    // ---- build -------------------------------------------------------------------------------------

    private Article build() {
      extendQuotes();
      pending.sort(Comparator.comparing((Pending x) -> x.span));
      // each pending attribution was added once, so its place in the sorted list is its index
      Attribution[] attributions = new Attribution[pending.size()];
      ClaimSet.Shared shared = new ClaimSet.Shared(claimCount());
      for (int i = 0; i < attributions.length; i++) {
        Pending x = pending.get(i);
        attributions[i] = new Attribution(i, x.form, x.rule, x.span, x.mentions, x.unnamed, x.total,
            x.claims().toList(shared));
      }
      ClaimAttributions byClaim = new ClaimAttributions(claimCount());
      for (Attribution at : attributions) {
        List<Integer> covered = at.claims();
        for (int k = 0; k < covered.size(); k++) {
          byClaim.add(covered.get(k), at);
        }
      }
      Claim[] built = new Claim[claimCount()];
      for (int i = 0; i < built.length; i++) {
        int start = claimStart(i);
        int end = claimEnd(i);
        built[i] = Claim.of(i, claims.get(3 * i), s, start, end, byClaim.of(i));
      }
      Paragraph[] paragraphs = new Paragraph[paras.size()];
      for (int i = 0; i < paragraphs.length; i++) {
        Para p = paras.get(i);
        paragraphs[i] = new Paragraph(p.index(), Span.of(p.start(), p.end()));
      }
      diagnostics.sort(Comparator.comparing(Diagnostic::span));
      List<Diagnostic> kept = diagnostics;
      if (diagnostics.size() > maxDiagnostics) {
        kept = new ArrayList<>(diagnostics.subList(0, maxDiagnostics));
        Diagnostic firstCut = diagnostics.get(maxDiagnostics);
        kept.add(new Diagnostic(Severity.INFO, "diagnostics-truncated", (diagnostics.size() - maxDiagnostics)
            + " more diagnostics were found and not kept (maxDiagnostics " + maxDiagnostics + ")", firstCut.span()));
      }
      return new Article(s, List.of(paragraphs), List.of(built), List.of(attributions), kept);
    }

    /**
     * A prose attribution whose source phrase sits right after a closing quote ({@code ”, the paper
     * wrote}) or right before an opening one ({@code X said: “}) covers every claim the quote spans.
     */
    private void extendQuotes() {
      List<int[]> quotes = quoteSpans();
      if (quotes.isEmpty()) {
        return;
      }
      // quotes by end and by start, each packed as one long so that sorting needs no objects
      long[] byEnd = new long[quotes.size()];
      long[] byStart = new long[quotes.size()];
      for (int k = 0; k < quotes.size(); k++) {
        int[] q = quotes.get(k);
        byEnd[k] = (long) q[1] << 32 | q[0];
        byStart[k] = (long) q[0] << 32 | q[1];
      }
      java.util.Arrays.sort(byEnd);
      java.util.Arrays.sort(byStart);
      for (Pending x : pending) {
        if (!isVerbPhrase(x)) {
          continue;
        }
        int after = lastAtMost(byEnd, x.span.start()); // the quote ending last before the phrase
        if (after >= 0) {
          int qStart = (int) byEnd[after];
          int qEnd = (int) (byEnd[after] >>> 32);
          if (between(qEnd, x.span.start(), ",.;:!? \u00A0")) {
            coverClaimsIn(x, qStart, qEnd);
          }
        }
        int before = firstAtLeast(byStart, x.span.end()); // the quote starting first after it
        if (before < byStart.length) {
          int qStart = (int) (byStart[before] >>> 32);
          int qEnd = (int) byStart[before];
          if (between(x.span.end(), qStart, ",: \u00A0")) {
            coverClaimsIn(x, qStart, qEnd);
          }
        }
      }
    }

    /** The index of the last entry whose high half is at most {@code key}, or -1. */
    private int lastAtMost(long[] sorted, int key) {
      return firstAtLeast(sorted, key + 1) - 1;
    }

    /** The index of the first entry whose high half is at least {@code key}, or the length. */
    private int firstAtLeast(long[] sorted, int key) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if ((int) (sorted[mid] >>> 32) < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Adds the claims overlapping [from, to) to an attribution; claims are in order, so binary search. */
    private void coverClaimsIn(Pending x, int from, int to) {
      int lo = 0;
      int hi = claimCount();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (claimEnd(mid) <= from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int c = lo; c < claimCount() && claimStart(c) < to; c++) {
        x.claims().add(c);
      }
    }

    /** Whether {@code [from, to)} is at most {@link #QUOTE_GAP} characters, each one of {@code allowed}. */
    private boolean between(int from, int to, String allowed) {
      if (from > to || to - from > QUOTE_GAP) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (allowed.indexOf(s.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether an attribution is a reporting-verb phrase, the kind a quote next to it extends. */
    private static boolean isVerbPhrase(Pending x) {
      return x.form == AttributionForm.PROSE && x.rule.startsWith("prose-verb");
    }

    /**
     * Spans of quotations: “…” pairs, and straight "…" pairs within a paragraph; only those of the
     * paragraphs that {@link #extendQuotes} can use. It uses a quote only if the quote ends at most
     * {@value #QUOTE_GAP} characters before a verb phrase or starts at most that many after one, and
     * quotes never cross a paragraph: so a paragraph is scanned only if it has a closing mark just
     * before such a phrase or an opening mark just after it. The quote {@code extendQuotes} finds
     * for a phrase is then the same as among every quote of the article.
     */
    private List<int[]> quoteSpans() {
      boolean[] wanted = null;
      for (Pending x : pending) {
        if (!isVerbPhrase(x)) {
          continue;
        }
        int a = x.span.start();
        int b = x.span.end();
        for (int i = Math.max(0, a - QUOTE_GAP - 1); i < a; i++) {
          if (isClosingQuote(s.charAt(i))) {
            wanted = want(wanted, i);
          }
        }
        for (int i = b; i < Math.min(s.length(), b + QUOTE_GAP + 1); i++) {
          if (isOpeningQuote(s.charAt(i))) {
            wanted = want(wanted, i);
          }
        }
      }
      if (wanted == null) {
        return List.of();
      }
      List<int[]> out = new ArrayList<>();
      for (Para p : paras) {
        if (!wanted[p.index()]) {
          continue;
        }
        int open = -1;
        int straight = -1;
        for (int i = p.start(); i < p.end(); i++) {
          char c = s.charAt(i);
          if (c == '"') { // the straight mark opens and closes
            if (straight < 0) {
              straight = i;
            } else {
              out.add(new int[] {straight, i + 1});
              straight = -1;
            }
          } else if (isOpeningQuote(c)) {
            open = i;
          } else if (isClosingQuote(c) && open >= 0) {
            out.add(new int[] {open, i + 1});
            open = -1;
          }
        }
      }
      return out;
    }

    /** Marks the paragraph holding offset {@code i}, if any; paragraphs are in order and apart. */
    private boolean[] want(boolean[] wanted, int i) {
      int lo = 0;
      int hi = paras.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (paras.get(mid).end() <= i) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == paras.size() || paras.get(lo).start() > i) {
        return wanted; // between paragraphs: no quote there
      }
      boolean[] out = wanted != null ? wanted : new boolean[paras.size()];
      out[lo] = true;
      return out;
    }

    private static boolean isOpeningQuote(char c) {
      return c == '“' || c == '«' || c == '„' || c == '"';
    }

    private static boolean isClosingQuote(char c) {
      return c == '”' || c == '»' || c == '"';
    }

    private int claimCount() {
      return claims.size() / 3;
    }

    private int claimStart(int claim) {
      return claims.get(3 * claim + 1);
    }

    private int claimEnd(int claim) {
      return claims.get(3 * claim + 2);
    }

    private void diagnostic(Severity severity, String code, String message, Span span) {
      diagnostics.add(new Diagnostic(severity, code, message, span));
    }
  }

  /**
   * Whether {@code s[from, to)} lower-cased is one of {@link #TITLES}: ASCII text is compared in
   * place, without a copy; other text, which lower-casing may lengthen, is lower-cased.
   */
  static boolean isTitle(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return TITLES.contains(s.substring(from, to).toLowerCase(java.util.Locale.ROOT));
      }
    }
    int len = to - from;
    for (String t : TITLE_ARRAY) {
      if (t.length() == len && s.regionMatches(true, from, t, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private static int parseNumber(String digits) {
    String d = digits.replace("^", "").strip();
    if (d.isEmpty() || d.length() > 4) {
      return -1;
    }
    for (int i = 0; i < d.length(); i++) {
      if (!Character.isDigit(d.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(d);
  }

  private static int superscriptValue(char c) {
    return switch (c) {
      case '¹' -> 1;
      case '²' -> 2;
      case '³' -> 3;
      default -> c - '⁰';
    };
  }

  /** The numbers a marker names: {@code [2][3]}, {@code [1, 3]}, {@code [1-3]}, {@code [^4]}, {@code ¹²}. */
  static List<Integer> markerNumbers(String marker) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < marker.length()) {
      char c = marker.charAt(i);
      if (Trailers.isSuperscriptDigit(c)) {
        out.add(superscriptValue(c));
        i++;
      } else if (c == '[') {
        int close = marker.indexOf(']', i);
        if (close < 0) {
          break;
        }
        String body = marker.substring(i + 1, close).replace("^", "");
        int from = 0;
        while (from <= body.length()) {
          int comma = body.indexOf(',', from);
          int to = comma < 0 ? body.length() : comma;
          addRange(body.substring(from, to).strip(), out);
          from = to + 1;
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Adds the numbers of one part of a marker: {@code 3}, or a range {@code 1-3} or {@code 1–3} of at
   * most 50. A part of dashes alone ({@code [1,-]}) names none.
   */
  private static void addRange(String part, List<Integer> out) {
    int dash = indexOfDash(part, 0);
    int lo;
    int hi;
    if (dash < 0) {
      lo = parseNumber(part);
      hi = lo;
    } else {
      lo = parseNumber(part.substring(0, dash));
      int next = indexOfDash(part, dash + 1);
      boolean onlyDashesAfter = true;
      for (int k = dash + 1; k < part.length() && onlyDashesAfter; k++) {
        onlyDashesAfter = isDash(part.charAt(k));
      }
      // "3-" is 3 alone; "1--3" names no number after the first dash
      hi = onlyDashesAfter ? lo : parseNumber(part.substring(dash + 1, next < 0 ? part.length() : next));
    }
    if (lo >= 0 && hi >= lo && hi - lo < 50) {
      for (int k = lo; k <= hi; k++) {
        out.add(k);
      }
    }
  }

  /**
   * Whether {@code s[from, to)} may be a reference heading: false only when {@code
   * Names.normalize(s.substring(from, to))} cannot be one of {@link #REFERENCE_HEADINGS}, so that
   * the copy and the key are made only for the few paragraphs that can. On pure ASCII text the key
   * keeps every letter, lower-cased, so a text with more ASCII letters than any heading is none;
   * any other text may be transliterated into more letters, and is always worth the key.
   */
  static boolean mayBeReferenceHeading(String s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return true;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letters++;
      }
    }
    return letters <= MOST_HEADING_LETTERS;
  }

  private static int indexOfDash(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      if (isDash(s.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–';
  }

  /**
   * A reference's name without the markdown around it: the run of {@code [} and {@code *} it starts
   * with and the run of {@code ]} and {@code *} it ends with ({@code **[Reuters]**}). Two scans, linear
   * in the name however long its runs are.
   */
  static String stripMarkup(String name) {
    int a = 0;
    while (a < name.length() && (name.charAt(a) == '[' || name.charAt(a) == '*')) {
      a++;
    }
    int b = name.length();
    while (b > a && (name.charAt(b - 1) == ']' || name.charAt(b - 1) == '*')) {
      b--;
    }
    return name.substring(a, b);
  }

  private static int indexOfUrl(String body) {
    int a = body.indexOf("http://");
    int b = body.indexOf("https://");
    int c = body.indexOf("www.");
    int best = -1;
    for (int x : new int[] {a, b, c}) {
      if (x >= 0 && (best < 0 || x < best)) {
        best = x;
      }
    }
    return best;
  }

  private static int firstDash(String text) {
    for (String d : List.of(" - ", " – ", " — ", ": ", " | ")) {
      int i = text.indexOf(d);
      if (i > 0) {
        return i;
      }
    }
    return -1;
  }

}
