package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A source list without numbers under a reference heading, as the source panels of ChatGPT,
 * Perplexity and Copilot copy: one title or site a line ({@code Night trains stay - Reuters}, {@code
 * Rent cap passes | The Guardian}, a title then {@code apnews.com}, a site name then a title).
 *
 * <p>spec: under a reference heading, a line that is no sentence (at most {@link #MAX_ENTRY}
 * characters, no full stop or {@code !} at its end unless it ends with an address or domain or an
 * ellipsis, no sentence boundary inside) is an entry of the list, not a claim; the list ends at the
 * first line that is not one, or at another heading. An entry that names a site the registry knows,
 * an address or a bare domain is a source of the list; a site line right after an entry that named
 * the same source is that entry's second line. When the answer's list has no numbered entry at all,
 * markers resolve through these sources by their place ({@code [1]} is the first). Per call: made by
 * {@link References#read} for one text.
 */
final class UnnumberedEntries {

  /** The longest line read as an entry. */
  static final int MAX_ENTRY = 200;
  /** The most entries kept for numbering. */
  static final int MAX_KEPT = References.MAX_INLINE;

  private final List<List<SourceMention>> entries = new ArrayList<>();
  private boolean open;
  private String lastSource;

  /** Opens the list: a reference heading was read. */
  void open() {
    open = true;
    lastSource = null;
  }

  /** Closes the list: a line that is no entry, or another heading. */
  void close() {
    open = false;
    lastSource = null;
  }

  /**
   * Reads a line of an open list.
   *
   * @param s the text
   * @param a where its content starts
   * @param b where it ends
   * @param registry the registry
   * @return whether it is an entry (a reference paragraph); false closes the list
   */
  boolean read(String s, int a, int b, SourceRegistry registry) {
    if (!open || !isEntry(s, a, b)) {
      close();
      return false;
    }
    List<SourceMention> found = ReferenceBody.resolve(s, a, b, false, registry);
    String id = found == null || found.isEmpty() ? null : found.get(0).source().id();
    if (id != null && !id.equals(lastSource) && entries.size() < MAX_KEPT) {
      entries.add(found); // spec: "Title - Reuters" then "reuters.com" is one entry
    }
    lastSource = id;
    return true;
  }

  /**
   * Numbers the entries by their place, when the text has no numbered entry.
   *
   * @param out number to sources, filled only when empty
   */
  void numberInto(Map<Integer, List<SourceMention>> out) {
    if (!out.isEmpty()) {
      return; // spec: a numbered list decides; places never mix with numbers
    }
    for (int i = 0; i < entries.size(); i++) {
      out.put(i + 1, entries.get(i));
    }
  }

  /**
   * Whether {@code s[a, b)} may be an entry of an unnumbered list: not a sentence.
   *
   * @param s the text
   * @param a first index
   * @param b index past the last
   * @return whether it may
   */
  static boolean isEntry(String s, int a, int b) {
    while (b > a && (TextScan.isBlank(s.charAt(b - 1)) || s.charAt(b - 1) == '*' || s.charAt(b - 1) == '_')) {
      b--;
    }
    if (b <= a || b - a > MAX_ENTRY) {
      return false;
    }
    for (int i = a + 2; i + 2 < b; i++) {
      // spec: "… in May. The mayor …": a stop after a lower-case word, then a capital, is a sentence boundary
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(s.charAt(i - 1))
          && Character.isLowerCase(s.charAt(i - 2)) && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
        return false;
      }
    }
    char last = s.charAt(b - 1);
    if (last != '.' && last != '!' && last != ':') {
      return true;
    }
    if (last == '.' && (s.startsWith("...", b - 3) || s.charAt(b - 2) == '…')) {
      return true; // spec: a title cut short by the panel, "Night trains stay ..."
    }
    int word = b - 1;
    while (word > a && !TextScan.isBlank(s.charAt(word - 1))) {
      word--;
    }
    String tail = s.substring(word, last == '.' ? b - 1 : b);
    return last == '.' && (tail.contains("://") || Hosts.isDomain(tail)); // "Title. https://…." is an entry
  }
}
