package io.github.ascribe.citations.internal.source;

import com.ibm.icu.text.IDNA;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registrable domain of a host by the Public Suffix List (a bundled copy, MPL-2.0): the public
 * suffix the host ends with plus one label. An unknown site is named by it, never by a bare suffix.
 *
 * <pre>{@code
 * PublicSuffixes.get().registrableDomain("news.harbourtimes.co.uk"); // Optional[harbourtimes.co.uk]
 * PublicSuffixes.get().registrableDomain("co.uk");                   // Optional.empty
 * }</pre>
 *
 * <p>Immutable and thread-safe; loaded once.
 */
public final class PublicSuffixes {

  private static final String FILE = "/io/github/ascribe/citations/lexicon/public-suffix-list.dat";

  /** Plain rules ({@code co.uk}), wildcard rules without their {@code *.} ({@code ck}), exceptions without their {@code !}. */
  private final Set<String> rules;
  private final Set<String> wildcards;
  private final Set<String> exceptions;

  private PublicSuffixes() {
    Set<String> plain = new HashSet<>();
    Set<String> wild = new HashSet<>();
    Set<String> except = new HashSet<>();
    IDNA idna = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII);
    try (InputStream in = PublicSuffixes.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + FILE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("//")) {
          continue;
        }
        if (rule.startsWith("!")) {
          except.add(ascii(idna, rule.substring(1)));
        } else if (rule.startsWith("*.")) {
          wild.add(ascii(idna, rule.substring(2)));
        } else {
          plain.add(ascii(idna, rule));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.rules = Set.copyOf(plain);
    this.wildcards = Set.copyOf(wild);
    this.exceptions = Set.copyOf(except);
  }

  private static String ascii(IDNA idna, String rule) {
    StringBuilder out = new StringBuilder();
    idna.nameToASCII(rule, out, new IDNA.Info());
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The bundled list.
   *
   * @return the one instance
   */
  public static PublicSuffixes get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final PublicSuffixes INSTANCE = new PublicSuffixes();
  }

  /**
   * The public suffix a host ends with: the longest matching rule, an exception rule taking one
   * label off, and the top-level label when no rule matches (the list's default rule {@code *}).
   *
   * @param host a normalised ASCII host ({@code news.bbc.co.uk})
   * @return the suffix ({@code co.uk})
   */
  public String publicSuffix(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (int i = 0; i >= 0; i = next(h, i)) {
      String candidate = h.substring(i);
      if (exceptions.contains(candidate)) {
        int dot = candidate.indexOf('.');
        return dot < 0 ? candidate : candidate.substring(dot + 1);
      }
      if (rules.contains(candidate)) {
        return candidate;
      }
      int dot = candidate.indexOf('.');
      if (dot > 0 && wildcards.contains(candidate.substring(dot + 1))) {
        return candidate;
      }
    }
    int last = h.lastIndexOf('.');
    return last < 0 ? h : h.substring(last + 1);
  }

  /** The index after the next dot at or after {@code i}, or -1. */
  private static int next(String h, int i) {
    int dot = h.indexOf('.', i);
    return dot < 0 ? -1 : dot + 1;
  }

  /**
   * The registrable domain of a host: its public suffix and the label before it.
   *
   * @param host a normalised ASCII host
   * @return the domain, or empty if the host is a public suffix itself
   */
  public Optional<String> registrableDomain(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    String suffix = publicSuffix(h);
    if (h.length() <= suffix.length() + 1) {
      return Optional.empty();
    }
    int end = h.length() - suffix.length() - 1;
    int start = h.lastIndexOf('.', end - 1) + 1;
    return start >= end ? Optional.empty() : Optional.of(h.substring(start));
  }

  /**
   * Whether a label is a top-level domain the list knows ({@code com}, {@code uk}), so that
   * {@code report.pdf} or {@code v2.0} are not taken for domains.
   *
   * @param label a lower-case ASCII label
   * @return true for a listed top-level domain
   */
  public boolean isTopLevel(String label) {
    return rules.contains(label) || wildcards.contains(label);
  }
}
