package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue phrases of the lexicon ({@code according to}, {@code as reported by}, {@code selon}) as a
 * trie of their words, so that the cues starting at a token are found by walking the tokens from
 * it. Immutable; thread-safe.
 */
final class CueTrie {

  /**
   * One cue phrase.
   *
   * @param order its place in the lexicon's list, among the cues kept
   * @param words its normalised words
   * @param lower those words lower-cased, as tokens' keys must be to match them
   * @param kind what it introduces ({@code according}, {@code citing}, {@code told}, ...)
   */
  record Cue(int order, List<String> words, List<String> lower, String kind) {
    int length() {
      return words.size();
    }
  }

  private final List<Cue> cues = new ArrayList<>();
  private final Node root = new Node();

  /**
   * The trie of a lexicon's cues: each normalised phrase once, leaving out phrases shorter than
   * three characters and "so", which are too common in prose to cue anything.
   */
  CueTrie(List<Lexicon.Cue> listed) {
    Set<String> seen = new HashSet<>();
    for (Lexicon.Cue c : listed) {
      String key = Names.normalize(c.phrase());
      if (key.length() < 3 || key.equals("so") || !seen.add(key)) {
        continue;
      }
      List<String> words = List.of(key.split(" "));
      List<String> lower = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
      Cue cue = new Cue(cues.size(), words, lower, c.kind());
      cues.add(cue);
      if (!lower.get(0).equals(words.get(0))) {
        continue; // no token's key equals both its first word and that word lower-cased: it never matches
      }
      Node node = root;
      for (String word : lower) {
        node = node.children.computeIfAbsent(word, k -> new Node());
      }
      node.ending.add(cue);
    }
  }

  /** @return every cue kept, in the lexicon's order */
  List<Cue> cues() {
    return List.copyOf(cues);
  }

  /**
   * The cues whose words are the tokens from {@code i} on, in the order they are tried: longest
   * first, then as listed. A word token matches by its key, a punctuation mark as written.
   *
   * @return the cues, or an empty list
   */
  List<Cue> matching(WordTokens w, int i) {
    List<Cue> found = null;
    Node node = root;
    for (int j = i; j < w.size(); j++) {
      node = node.children.get(w.word(j) ? w.key(j) : w.text(j));
      if (node == null) {
        break;
      }
      if (!node.ending.isEmpty()) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.addAll(0, node.ending); // longer than the cues found before
      }
    }
    return found == null ? List.of() : found;
  }

  /** A node of the trie: the cues that end here, in the lexicon's order, and the next words. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Cue> ending = new ArrayList<>(1);
  }
}
