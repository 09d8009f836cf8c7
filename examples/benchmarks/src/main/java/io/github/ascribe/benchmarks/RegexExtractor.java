package io.github.ascribe.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline a user would write by hand: a handful of JDK regular expressions for {@code according
 * to X}, {@code X said}, chips, source lists, markers, markdown links, datelines and labels, each run
 * over the whole text with {@link Matcher#find()}. It resolves nothing, splits no sentences and knows
 * no registry; it is here to show what the plain pattern-matching part of the job costs.
 */
public final class RegexExtractor {

  /** One match: which pattern, the captured source text, where it starts. */
  public record Hit(String kind, String text, int start) {}

  private static final String NAME = "[A-Z][\\w.&'’-]*(?: [A-Z][\\w.&'’-]*)*";
  private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to (?:the )?(" + NAME + ")");
  private static final Pattern SAID = Pattern.compile("(" + NAME + ") (?:said|told|wrote|warned|added)\\b");
  private static final Pattern SAID_INVERTED = Pattern.compile(", said (?:the )?(" + NAME + ")");
  private static final Pattern CHIP = Pattern.compile("(" + NAME + ") ?\\+(\\d+)");
  private static final Pattern SOURCE_LIST = Pattern.compile(
      "(?m)^(" + NAME + "(?:(?:, | / | · | \\| |; | \\+ | and )" + NAME + ")+)\\.?$");
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)\\]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern DATELINE = Pattern.compile("(?m)^([A-Z]{3,}(?:, [A-Z][a-z]+\\.? \\d{1,2})?) \\(([^)]+)\\) (?:-|--|—) ");
  private static final Pattern LABEL = Pattern.compile("\\(([A-Za-z][\\w .-]{1,30})\\)\\.");

  private RegexExtractor() {}

  /**
   * Runs every pattern over the text.
   *
   * @param text the article
   * @return the matches, pattern by pattern
   */
  public static List<Hit> extract(String text) {
    List<Hit> out = new ArrayList<>();
    find(out, "according-to", ACCORDING_TO, text);
    find(out, "said", SAID, text);
    find(out, "said-inverted", SAID_INVERTED, text);
    find(out, "chip", CHIP, text);
    find(out, "source-list", SOURCE_LIST, text);
    find(out, "marker", MARKER, text);
    find(out, "link", LINK, text);
    find(out, "dateline", DATELINE, text);
    find(out, "label", LABEL, text);
    return out;
  }

  private static void find(List<Hit> out, String kind, Pattern p, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Hit(kind, m.group(1), m.start()));
    }
  }
}
