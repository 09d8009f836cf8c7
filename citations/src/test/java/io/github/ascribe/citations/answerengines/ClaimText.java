package io.github.ascribe.citations.answerengines;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the corpus compares claims and sources. The comparison is deliberately small and documented
 * in the corpus README: anything it does not forgive is a mismatch.
 */
final class ClaimText {

  private static final Map<String, SourceKind> OTHER_KINDS = Map.of(
      "person", SourceKind.PERSON, "org", SourceKind.ORGANIZATION, "anonymous", SourceKind.ANONYMOUS);

  private ClaimText() {}

  /**
   * A claim's text for comparison: Markdown emphasis ({@code **}, {@code __}) removed, runs of white
   * space made one space, and white space and the punctuation {@code . , ; :} trimmed from the end
   * (whether a full stop after a cut marker belongs to the claim is not the concern).
   */
  static String normalize(String s) {
    String t = s.replace("**", "").replace("__", "");
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    int end = b.length();
    while (end > 0 && ".,;:".indexOf(b.charAt(end - 1)) >= 0) {
      end--;
    }
    return b.substring(0, end).strip();
  }

  /** Whether an expectation token names a registrable domain rather than a registry id. */
  static boolean isDomain(String token) {
    return token.indexOf('.') > 0 && token.indexOf(' ') < 0;
  }

  /**
   * Whether a media source is the one an expectation token names: a registry id, or a domain that is
   * one of the source's domains or (for a source the registry does not know) its name, with any
   * subdomain ({@code apnews.com.secure-verify.info} is {@code secure-verify.info}).
   */
  static boolean matches(String token, Source s) {
    if (!isDomain(token)) {
      return s.id().equals(token);
    }
    if (s.domains().contains(token)) {
      return true;
    }
    String name = s.name().toLowerCase(Locale.ROOT);
    return s.kind() == SourceKind.UNKNOWN && (name.equals(token) || name.endsWith("." + token));
  }

  /**
   * Whether a person, organisation or anonymous source is the one a {@code kind:name} token names:
   * the same kind, and the name contains the token's name, ignoring case ({@code org:ministry} is
   * {@code the ministry}).
   */
  static boolean matchesOther(String token, Source s) {
    int colon = token.indexOf(':');
    SourceKind kind = OTHER_KINDS.get(token.substring(0, Math.max(colon, 0)));
    String want = token.substring(colon + 1).toLowerCase(Locale.ROOT);
    return kind == s.kind() && s.name().toLowerCase(Locale.ROOT).contains(want);
  }

  /** Whether a {@code kind:name} token is well formed. */
  static boolean isOtherToken(String token) {
    int colon = token.indexOf(':');
    return colon > 0 && OTHER_KINDS.containsKey(token.substring(0, colon)) && colon < token.length() - 1;
  }

  /**
   * Pairs expected tokens with actual sources one to one.
   *
   * @return the number of tokens that found a distinct source
   */
  static int pair(List<String> tokens, List<Source> actual, boolean other) {
    List<Source> left = new ArrayList<>(actual);
    int ok = 0;
    for (String t : tokens) {
      for (int i = 0; i < left.size(); i++) {
        if (other ? matchesOther(t, left.get(i)) : matches(t, left.get(i))) {
          left.remove(i);
          ok++;
          break;
        }
      }
    }
    return ok;
  }

  /** A source as the mismatch list shows it: its id, or its name when the registry does not know it. */
  static String show(Source s) {
    return switch (s.kind()) {
      case UNKNOWN -> s.name();
      case PERSON -> "person:" + s.name();
      case ORGANIZATION -> "org:" + s.name();
      case ANONYMOUS -> "anonymous:" + s.name();
      default -> s.id();
    };
  }

  /** Text for one line of the report: line breaks and invisible characters shown as escapes. */
  static String visible(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\n') {
        b.append("⏎");
      } else if (Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.FORMAT
          || Character.isISOControl(cp)) {
        b.append(String.format("\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.length() > 160 ? b.substring(0, 157) + "..." : b.toString();
  }
}
