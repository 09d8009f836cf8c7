package io.github.ascribe.benchmarks;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates realistic, deterministic news text for benchmarks and tests: stories of paragraphs with
 * sentences of varied length and vocabulary (people with titles, numbers, money, percentages,
 * dates, quotes, abbreviations such as {@code U.S.}, {@code Mr.} and {@code Jan.}) that carry every
 * attribution form Ascribe reads, at rates like those of real digests and answer-engine output, with
 * real outlet names from {@link SourceRegistry#bundled()}.
 *
 * <pre>{@code
 * String tenKb = new NewsTextGenerator(42).article(10_000);      // always the same text for seed 42
 * List<String> chips = new NewsTextGenerator(7).notationCorpus(1000);
 * new NewsTextGenerator(1).articles(1_000, 200_000).limit(100).forEach(...);
 * }</pre>
 *
 * <p>The same seed always gives the same text (the generator uses {@link java.util.Random}, whose
 * sequence is specified). An instance is not thread-safe; make one per thread.
 */
public final class NewsTextGenerator {

  /** The attribution forms (and plain prose) the generator writes; {@link #formsWritten()} reports which appeared. */
  public enum Form {
    /** A paragraph that is a list of sources: {@code WSJ, The Guardian, Yahoo}. */
    SOURCE_LINE,
    /** A last sentence that is notation: {@code AP News + The Guardian + Reuters.} */
    SOURCE_TAIL,
    /** Chips glued after a sentence, then the next sentence: {@code in May.Fortune+1Quartz +2 Gold fell.} */
    GLUED_CHIPS,
    /** A link chip at a sentence end: {@code a record[espn+3](https://...)}. */
    LINK_CHIP,
    /** Numbered markers {@code [1]}, {@code [2][3]} at sentence ends. */
    MARKER,
    /** A reference list that the markers point to. */
    REFERENCE_LIST,
    /** A markdown link or bare URL at a sentence end: {@code ([politico.eu](https://...))}. */
    MARKDOWN_LINK,
    /** A label: {@code (dpa)} at a sentence end, a leading {@code [Kyiv Post]}, {@code Headline—Outlet}. */
    LABEL,
    /** A dateline: {@code BRUSSELS (Reuters) -}. */
    DATELINE,
    /** {@code according to X} and other cue phrases. */
    PROSE_CUE,
    /** {@code X said}, {@code said X}. */
    PROSE_VERB,
    /** A quotation with its speaker. */
    QUOTE,
    /** {@code To date Reuters, The Times, and WSJ all report this news item as accurate.} */
    CORROBORATION,
    /** Headings between stories. */
    HEADING,
    /** Sentences with no attribution. */
    PLAIN
  }

  private static final String[] FIRST = {"Marco", "Hakan", "Rustem", "Maria", "Elena", "Olena", "James", "Sarah",
      "Ahmed", "Fatima", "Kenji", "Priya", "Luis", "Ana", "Thomas", "Claire", "Viktor", "Ingrid", "Samuel", "Grace",
      "Daniel", "Sofia", "Oleksandr", "Amina", "Mehmet", "Julia", "Pierre", "Laura", "Carlos", "Hannah"};
  private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Haddad", "Tanaka", "Reyes",
      "Novak", "Fischer", "Petrenko", "Mensah", "Duarte", "Byrne", "Castellano", "Yilmaz", "Andersen", "Kaplan",
      "Marchetti", "Sato", "Abdi", "Whitfield", "Varga", "Horvat", "Nakamura", "Delgado", "Osei", "Brennan"};
  private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "President", "Finance Minister",
      "Defence Minister", "Secretary of State", "Governor", "Senator", "Mayor", "Chief Executive", "Dr.",
      "Central bank Governor", "Health Minister", "General", "Ambassador"};
  private static final String[] SHORT_TITLES = {"Mr.", "Ms.", "Mrs.", "Dr.", "Gen.", "Sen."};
  private static final String[] ORGS = {"the ministry", "the Kremlin", "the Pentagon", "the White House", "NATO",
      "the European Commission", "the central bank", "the company", "the police", "the foreign ministry",
      "the IMF", "the World Bank", "the army", "the government", "the UN"};
  private static final String[] ANONYMOUS = {"people familiar with the matter", "a senior official",
      "two diplomats", "officials", "a person familiar with the talks", "analysts", "sources close to the talks",
      "a government source", "an official of their delegation", "several analysts"};
  private static final String[] PLACES = {"Istanbul", "Brussels", "Kyiv", "Geneva", "Lagos", "Nairobi", "Jakarta",
      "Warsaw", "Doha", "Berlin", "Paris", "Madrid", "Ankara", "Washington", "Tokyo", "Seoul", "Mumbai", "Cairo",
      "Sao Paulo", "Mexico City", "the U.S.", "the U.K.", "the EU", "Beijing", "Ottawa", "Canberra", "Athens"};
  private static final String[] DATELINE_CITIES = {"BRUSSELS", "WASHINGTON", "LAGOS", "ISTANBUL", "KYIV", "GENEVA",
      "NAIROBI", "JAKARTA", "BERLIN", "PARIS", "TOKYO", "LONDON", "MADRID", "ANKARA", "SEOUL"};
  private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
      "Oct.", "Nov.", "Dec."};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] SUBJECT_NOUNS = {"officials", "negotiators", "investors", "lawmakers", "regulators",
      "delegations", "farmers", "doctors", "workers", "traders", "voters", "residents", "ministers", "economists",
      "engineers", "diplomats", "students", "shareholders", "researchers", "authorities"};
  private static final String[] ADJECTIVES = {"Russian", "Ukrainian", "European", "American", "Turkish", "Kenyan",
      "Japanese", "Brazilian", "Indian", "German", "French", "regional", "senior", "local", "federal", "foreign",
      "independent", "private", "state-owned", "smaller"};
  private static final String[] VERBS_PAST = {"met", "agreed on", "rejected", "approved", "delayed", "announced",
      "debated", "signed", "proposed", "criticised", "welcomed", "postponed", "questioned", "extended",
      "suspended", "unveiled", "expanded", "cut", "raised", "reviewed"};
  private static final String[] OBJECTS = {"a ceasefire proposal", "the budget", "new sanctions",
      "a prisoner exchange", "the trade agreement", "interest rates", "the grain corridor", "emergency funding",
      "a draft resolution", "the pension reform", "export quotas", "a tariff package", "the rescue plan",
      "a lower-level delegation", "the vaccine rollout", "fuel subsidies", "a peace framework",
      "the merger", "climate targets", "the election timetable"};
  private static final String[] TIME = {"on Friday", "last week", "earlier this month", "in May", "on Tuesday",
      "late on Sunday", "this year", "in 2022", "since early 2022", "for the first time in a decade",
      "on Jan. 14", "by the end of the quarter", "overnight", "after months of talks", "in the second quarter"};
  private static final String[] CONNECTORS = {"however", "while", "although", "but", "and", "as",
      "even though", "because", "after", "before"};
  private static final String[] CLAUSE_TAILS = {"raising fears of a wider conflict", "calling for restraint",
      "despite initial hopes of a breakthrough", "in a move analysts had expected",
      "with markets reacting cautiously", "amid growing pressure at home", "according to the latest figures",
      "in what officials called a first step", "without reaching an agreement", "under a plan agreed last year"};
  private static final String[] UNITS = {"soldiers", "tonnes of grain", "jobs", "households", "barrels a day",
      "doses", "homes", "passengers", "migrants", "companies"};
  private static final String[] SPEECH_VERBS = {"said", "told reporters", "warned", "said in a statement",
      "wrote on social media", "added", "argued", "insisted", "acknowledged", "noted"};
  private static final String[] CUES = {"according to", "as reported by", "citing", "per", "in an interview with",
      "according to a report by"};
  private static final String[] QUOTES = {"We will not accept any conditions that undermine our sovereignty",
      "This is a first step, not the last", "The numbers speak for themselves",
      "Nobody expected the talks to end so quickly", "We are ready to continue the dialogue",
      "Prices will stay high for some time", "It is too early to say whether the deal will hold",
      "Our priority is an immediate and unconditional ceasefire"};
  private static final String[] HEADINGS = {"Markets", "Diplomacy", "Energy", "What happened", "Reactions",
      "Background", "Economy", "Security", "Technology", "Health", "Climate", "What comes next"};
  private static final String[] PATH_WORDS = {"world", "europe", "business", "markets", "politics", "article",
      "news", "live", "2025", "ceasefire-talks", "grain-deal", "rates-decision", "sanctions-package"};
  private static final String[] SEPARATORS = {", ", ", ", ", ", " / ", " · ", " | ", "; "};

  private final Random random;
  private final List<String> outletNames;
  private final List<String> chipNames;
  private final List<String> agencyNames;
  private final List<String> domains;
  private final EnumSet<Form> written = EnumSet.noneOf(Form.class);

  /**
   * A generator over the bundled registry.
   *
   * @param seed the seed; the same seed gives the same text
   */
  public NewsTextGenerator(long seed) {
    this(seed, SourceRegistry.bundled());
  }

  /**
   * A generator whose outlet names come from a registry.
   *
   * @param seed the seed; the same seed gives the same text
   * @param registry where names, aliases and domains come from
   */
  public NewsTextGenerator(long seed, SourceRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    this.random = new Random(seed);
    List<String> names = new ArrayList<>();
    List<String> chips = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    for (Source s : registry.sources()) {
      List<String> written = new ArrayList<>();
      written.add(s.name());
      written.addAll(s.aliases());
      for (String n : written) {
        if (!plainName(n)) {
          continue;
        }
        names.add(n);
        if (!Character.isDigit(n.charAt(0)) && n.chars().noneMatch(Character::isDigit) && n.length() <= 24) {
          chips.add(n);
        }
        if (s.kind() == SourceKind.AGENCY && n.length() <= 24) {
          agencies.add(n);
        }
      }
      hosts.addAll(s.domains());
    }
    if (names.isEmpty() || agencies.isEmpty() || hosts.isEmpty()) {
      throw new IllegalArgumentException("the registry needs outlets, agencies and domains: " + registry);
    }
    this.outletNames = List.copyOf(names);
    this.chipNames = List.copyOf(chips);
    this.agencyNames = List.copyOf(agencies);
    this.domains = List.copyOf(hosts);
  }

  /** Names a reader meets in digests: letters (any script), spaces and a little punctuation. */
  private static boolean plainName(String n) {
    if (n.isEmpty() || n.length() > 40 || !Character.isLetterOrDigit(n.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’' || c == '&')) {
        return false;
      }
    }
    return !n.endsWith(".");
  }

  /**
   * The forms written so far by this generator.
   *
   * @return a copy of the set
   */
  public Set<Form> formsWritten() {
    return Collections.unmodifiableSet(EnumSet.copyOf(written));
  }

  /**
   * One article of at least {@code targetBytes} UTF-8 bytes, ending at a paragraph boundary (so at most
   * one paragraph longer). Small targets give one story; large ones many stories under headings.
   *
   * @param targetBytes at least 1
   * @return the article
   */
  public String article(int targetBytes) {
    if (targetBytes < 1) {
      throw new IllegalArgumentException("targetBytes must be >= 1: " + targetBytes);
    }
    Out out = new Out(targetBytes + 1024);
    boolean first = true;
    while (out.bytes < targetBytes) {
      story(out, first, targetBytes);
      first = false;
    }
    return out.sb.toString();
  }

  /**
   * An endless stream of articles whose sizes are spread log-uniformly between the bounds (many
   * small articles, a few large ones), as in a real corpus.
   *
   * @param minBytes the smallest target size, at least 1
   * @param maxBytes the largest target size
   * @return an ordered, sequential, lazy stream
   */
  public Stream<String> articles(int minBytes, int maxBytes) {
    if (minBytes < 1 || maxBytes < minBytes) {
      throw new IllegalArgumentException("need 1 <= minBytes <= maxBytes: " + minBytes + ", " + maxBytes);
    }
    double lo = Math.log(minBytes);
    double hi = Math.log(maxBytes);
    Spliterator<String> it = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED
        | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super String> action) {
        int size = (int) Math.round(Math.exp(lo + random.nextDouble() * (hi - lo)));
        action.accept(article(Math.max(minBytes, Math.min(maxBytes, size))));
        return true;
      }
    };
    return StreamSupport.stream(it, false);
  }

  /**
   * A corpus of typical notation strings: source lines, chips, chip runs, link chips, lead-ins,
   * counts, restatements and totals, as answer engines and digests write them.
   *
   * @param count how many strings
   * @return the strings, in generation order
   */
  public List<String> notationCorpus(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder(96);
      switch (random.nextInt(12)) {
        case 0, 1, 2 -> sourceList(sb, 2 + random.nextInt(3));
        case 3 -> {
          sb.append(chipName()).append(" +").append(1 + random.nextInt(5));
        }
        case 4 -> gluedChips(sb);
        case 5 -> linkChip(sb);
        case 6 -> {
          sb.append(pick("Sources: ", "Via ", "Reported by ", "Source: ", "According to "));
          sourceList(sb, 1 + random.nextInt(3));
        }
        case 7 -> {
          sourceList(sb, 1 + random.nextInt(2));
          sb.append(pick(" and 3 others", " +4 more", " and two other outlets", " and 5 more sources"));
        }
        case 8 -> {
          String a = chipName();
          sb.append(a).append('/').append(chipName()).append(" +2/").append(chipName()).append(" +4 ")
              .append(chipName()).append(" =").append(a).append(" =4");
        }
        case 9 -> {
          for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
            sb.append(k == 0 ? "" : " + ").append(outlet());
          }
          sb.append('.');
        }
        case 10 -> sb.append("**Sources:** ").append(outlet()).append(", ").append(outlet());
        default -> {
          sb.append(outlet()).append(" (").append(pick(domains)).append(")");
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  // ---- stories ---------------------------------------------------------------------------------

  /** Text being written, with its UTF-8 size. */
  private static final class Out {
    final StringBuilder sb;
    long bytes;

    Out(int capacity) {
      sb = new StringBuilder(Math.min(capacity, 1 << 26));
    }

    void add(CharSequence text) {
      sb.append(text);
      bytes += utf8(text);
    }
  }

  private static long utf8(CharSequence text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /**
   * The UTF-8 size of a text.
   *
   * @param text any text
   * @return its length in UTF-8 bytes
   */
  public static long utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private void story(Out out, boolean first, int target) {
    if (!first || (target > 6000 && random.nextInt(3) == 0)) {
      if (out.bytes > 0) {
        out.add("\n");
      }
      out.add("## " + pick(HEADINGS) + (random.nextInt(3) == 0 ? ": " + pick(PLACES) : "") + "\n\n");
      written.add(Form.HEADING);
    }
    boolean wiki = random.nextInt(7) == 0; // numbered markers and a reference list
    boolean dateline = random.nextInt(5) == 0;
    int paragraphs = 2 + random.nextInt(7);
    int refs = 0;
    for (int p = 0; p < paragraphs && out.bytes < target; p++) {
      StringBuilder para = new StringBuilder(800);
      if (p == 0 && dateline) {
        dateline(para);
      } else if (random.nextInt(80) == 0) {
        para.append('[').append(pick(outletNames)).append("] ");
        written.add(Form.LABEL);
      }
      int sentences = 1 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          para.append(' ');
        }
        int r = random.nextInt(100);
        if (wiki && r < 45) {
          sentence(para, false);
          para.setLength(para.length() - 1);
          int n = 1 + random.nextInt(6);
          refs = Math.max(refs, n);
          para.append('[').append(n).append(']');
          if (random.nextInt(4) == 0) {
            int m = 1 + random.nextInt(6);
            refs = Math.max(refs, m);
            para.append('[').append(m).append(']');
          }
          para.append('.');
          written.add(Form.MARKER);
        } else {
          attributedSentence(para, r);
        }
      }
      int end = random.nextInt(100);
      if (end < 8 && sentences > 1) {
        para.append(' ');
        for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
          para.append(k == 0 ? "" : " + ").append(outlet());
        }
        para.append('.');
        written.add(Form.SOURCE_TAIL);
      } else if (end < 12) {
        para.append(' ');
        corroboration(para);
      } else if (end < 13) {
        para.setLength(para.length() - 1);
        para.append(random.nextBoolean() ? "—" : " - ").append(pick(outletNames));
        written.add(Form.LABEL);
      }
      out.add(para);
      out.add(random.nextInt(6) == 0 ? "\n\n" : "\n");
      if (random.nextInt(100) < 30) {
        StringBuilder line = new StringBuilder(80);
        if (random.nextInt(5) == 0) {
          String a = chipName();
          line.append(a).append('/').append(chipName()).append(" +").append(1 + random.nextInt(3)).append('/')
              .append(chipName()).append(" +").append(1 + random.nextInt(5));
          if (random.nextBoolean()) {
            line.append(" =").append(a);
          }
        } else {
          sourceList(line, 2 + random.nextInt(3));
        }
        out.add(line);
        out.add("\n");
        written.add(Form.SOURCE_LINE);
      }
    }
    if (wiki && refs > 0) {
      out.add(pick("\n## Sources\n\n", "\nReferences:\n", "\n**Sources**\n"));
      for (int k = 1; k <= refs; k++) {
        StringBuilder ref = new StringBuilder(100);
        int style = random.nextInt(3);
        if (style == 0) {
          ref.append(k).append(". ").append(pick(outletNames)).append(" - ").append(url());
        } else if (style == 1) {
          ref.append('[').append(k).append("] ").append(url());
        } else {
          ref.append(k).append(". ").append(url());
        }
        out.add(ref.append('\n'));
      }
      written.add(Form.REFERENCE_LIST);
    }
  }

  private void dateline(StringBuilder para) {
    para.append(pick(DATELINE_CITIES));
    if (random.nextBoolean()) {
      para.append(", ").append(pick(MONTHS)).append(' ').append(1 + random.nextInt(28));
    }
    para.append(" (").append(pick(agencyNames)).append(") ").append(pick("-", "--", "—")).append(' ');
    written.add(Form.DATELINE);
  }

  private void attributedSentence(StringBuilder para, int r) {
    if (r < 9) {
      // according to X
      sentence(para, false);
      para.setLength(para.length() - 1);
      para.append(", ").append(pick(CUES)).append(' ').append(cueSource()).append('.');
      written.add(Form.PROSE_CUE);
    } else if (r < 20) {
      para.append(speaker()).append(' ').append(pick(SPEECH_VERBS)).append(" that ");
      clause(para);
      para.append('.');
      written.add(Form.PROSE_VERB);
    } else if (r < 23) {
      para.append(capitalised(clauseText())).append(", said ").append(speaker()).append('.');
      written.add(Form.PROSE_VERB);
    } else if (r < 28) {
      quote(para);
    } else if (r < 31) {
      // glued chips, then the next sentence
      sentence(para, false);
      gluedChips(para);
      para.append(' ');
      sentence(para, false);
      written.add(Form.GLUED_CHIPS);
    } else if (r < 33) {
      sentence(para, false);
      para.setLength(para.length() - 1);
      linkChip(para);
      para.append('.');
      written.add(Form.LINK_CHIP);
    } else if (r < 37) {
      sentence(para, false);
      para.setLength(para.length() - 1);
      int style = random.nextInt(3);
      if (style == 0) {
        String host = pick(domains);
        para.append(" ([").append(host).append("](https://www.").append(host).append('/').append(path())
            .append("))");
      } else if (style == 1) {
        para.append(" [").append(pick("report", "statement", "data", "filing", "transcript")).append("](")
            .append(url()).append(')');
      } else {
        para.append(" (").append(url()).append(')');
      }
      para.append('.');
      written.add(Form.MARKDOWN_LINK);
    } else if (r < 39) {
      sentence(para, false);
      para.setLength(para.length() - 1);
      para.append(" (").append(pick(agencyNames)).append(").");
      written.add(Form.LABEL);
    } else {
      sentence(para, true);
      written.add(Form.PLAIN);
    }
  }

  private void quote(StringBuilder para) {
    String q = pick(QUOTES);
    boolean curly = random.nextInt(4) != 0;
    String open = curly ? "“" : "\"";
    String close = curly ? "”" : "\"";
    switch (random.nextInt(3)) {
      case 0 -> para.append(open).append(q).append(',').append(close).append(' ').append(speaker()).append(" said.");
      case 1 -> para.append(speaker()).append(" said: ").append(open).append(q).append('.').append(close);
      default -> para.append(open).append(q).append(". ").append(pick(QUOTES)).append(',').append(close)
          .append(" the ").append(pick("newspaper", "agency", "minister", "spokesperson")).append(' ')
          .append(pick("wrote", "quoted him as saying", "said")).append('.');
    }
    written.add(Form.QUOTE);
  }

  private void corroboration(StringBuilder para) {
    int n = 2 + random.nextInt(2);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      names.add(outlet());
    }
    if (random.nextBoolean()) {
      para.append("To date ").append(String.join(", ", names.subList(0, n - 1))).append(", and ")
          .append(names.get(n - 1)).append(" all report this news item as accurate.");
    } else {
      para.append(names.get(0)).append(" and ").append(names.get(1)).append(' ')
          .append(pick("both reported the same.", "have also confirmed this.", "both carried the report."));
    }
    written.add(Form.CORROBORATION);
  }

  private void sourceList(StringBuilder sb, int n) {
    String sep = pick(SEPARATORS);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(k == n - 1 && random.nextInt(4) == 0 ? " and " : sep);
      }
      sb.append(outlet());
      if (random.nextInt(6) == 0) {
        sb.append(" +").append(1 + random.nextInt(4));
      }
    }
  }

  private void gluedChips(StringBuilder sb) {
    int n = 1 + random.nextInt(3);
    for (int k = 0; k < n; k++) {
      sb.append(chipName()).append(random.nextBoolean() ? "+" : " +").append(1 + random.nextInt(3));
    }
  }

  private void linkChip(StringBuilder sb) {
    String host = pick(domains);
    String label = host.substring(0, host.indexOf('.'));
    sb.append('[').append(label).append('+').append(1 + random.nextInt(4)).append("](https://www.").append(host)
        .append('/').append(path()).append(')');
  }

  // ---- sentences --------------------------------------------------------------------------------

  /** A sentence ending in a full stop; {@code varied} also gives long, compound and numeric ones. */
  private void sentence(StringBuilder sb, boolean varied) {
    int kind = varied ? random.nextInt(6) : random.nextInt(3);
    switch (kind) {
      case 0 -> sb.append(capitalised(clauseText())).append('.');
      case 1 -> sb.append(capitalised(clauseText())).append(", ").append(pick(CLAUSE_TAILS)).append('.');
      case 2 -> sb.append(capitalised(clauseText())).append(' ').append(pick(TIME)).append('.');
      case 3 -> {
        sb.append(capitalised(clauseText())).append(", ").append(pick(CONNECTORS)).append(' ');
        clause(sb);
        sb.append('.');
      }
      case 4 -> sb.append(capitalised(number())).append(' ').append(pick(UNITS)).append(' ')
          .append(pick("were affected", "have been moved", "are expected by Jan. 1", "were counted in the U.S.",
              "remain at risk"))
          .append(' ').append(pick(TIME)).append('.');
      default -> {
        sb.append(pick(FIRST)).append(' ').append(pick(LAST)).append(", ").append(role()).append(", ")
            .append(pick(VERBS_PAST)).append(' ').append(pick(OBJECTS)).append(" in ").append(pick(PLACES))
            .append(' ').append(pick(TIME)).append(", ").append(pick(CLAUSE_TAILS)).append('.');
      }
    }
  }

  private String clauseText() {
    StringBuilder sb = new StringBuilder(120);
    clause(sb);
    return sb.toString();
  }

  private void clause(StringBuilder sb) {
    switch (random.nextInt(5)) {
      case 0 -> sb.append(pick(ADJECTIVES)).append(' ').append(pick(SUBJECT_NOUNS)).append(' ')
          .append(pick(VERBS_PAST)).append(' ').append(pick(OBJECTS)).append(" in ").append(pick(PLACES));
      case 1 -> sb.append("the ").append(pick(SUBJECT_NOUNS)).append(" from ")
          .append(pick(PLACES)).append(' ').append(pick(VERBS_PAST)).append(' ').append(pick(OBJECTS))
          .append(' ').append(pick(TIME));
      case 2 -> sb.append(pick(SHORT_TITLES)).append(' ').append(pick(LAST)).append(' ').append(pick(VERBS_PAST))
          .append(' ').append(pick(OBJECTS)).append(" worth ").append(money());
      case 3 -> sb.append("inflation ").append(pick("rose to", "fell to", "eased to", "stayed at")).append(' ')
          .append(random.nextInt(12)).append('.').append(random.nextInt(10)).append("% in ").append(pick(MONTHS))
          .append(", ").append(pick("the highest", "the lowest", "roughly in line with forecasts",
              "well above the U.S. average"));
      default -> sb.append(pick(ADJECTIVES)).append(' ').append(pick(SUBJECT_NOUNS)).append(" and ")
          .append(pick(SUBJECT_NOUNS)).append(' ').append(pick(VERBS_PAST)).append(' ').append(number())
          .append(' ').append(pick(UNITS)).append(' ').append(pick(TIME));
    }
  }

  private String speaker() {
    return switch (random.nextInt(6)) {
      case 0, 1 -> pick(TITLES) + " " + pick(FIRST) + " " + pick(LAST);
      case 2 -> capitalised(pick(ORGS));
      case 3 -> capitalised(pick(ANONYMOUS));
      case 4 -> outlet();
      default -> pick(SHORT_TITLES) + " " + pick(LAST);
    };
  }

  private String cueSource() {
    return switch (random.nextInt(4)) {
      case 0, 1 -> outlet();
      case 2 -> pick(ANONYMOUS);
      default -> pick(ORGS);
    };
  }

  private String role() {
    return pick("a spokesperson", "a senior economist", "a negotiator", "a lawmaker", "an analyst") + " at "
        + pick(ORGS);
  }

  private String number() {
    return switch (random.nextInt(4)) {
      case 0 -> String.valueOf(2 + random.nextInt(98));
      case 1 -> String.format(Locale.ROOT, "%,d", 100 + random.nextInt(99_900));
      case 2 -> pick("two", "three", "dozens of", "hundreds of", "several thousand");
      default -> String.format(Locale.ROOT, "%,d", 1_000 * (1 + random.nextInt(900)));
    };
  }

  private String money() {
    return "$" + (1 + random.nextInt(99)) + "." + random.nextInt(10) + " " + pick("million", "billion");
  }

  private String url() {
    return "https://www." + pick(domains) + "/" + path();
  }

  private String path() {
    return pick(PATH_WORDS) + "/" + pick(PATH_WORDS) + "-" + (1000 + random.nextInt(9000));
  }

  private String outlet() {
    return pick(outletNames);
  }

  private String chipName() {
    return pick(chipNames);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
