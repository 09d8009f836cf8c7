package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one file of the prose development set (the format of {@code docs/prose-annotation.md}): strips
 * the inline markup ({@code {S1 ...}}, {@code {C1 ...}}, {@code {Q1 ...}}, {@code {M1 ...}}) into
 * plain text with exact spans, and reads the {@code @1 kind=... type=... cons=...} lines.
 *
 * <pre>{@code
 * DevSetParser.Result r = DevSetParser.parse("en/x.txt",
 *     "@doc style=wire\n{S1 The minister} {C1 said} {Q1 the talks would resume}.\n@1 kind=indirect type=person cons=x-said\n");
 * r.document().get().text();   // "The minister said the talks would resume."
 * }</pre>
 *
 * <p>Malformed markup never throws: every problem is an error naming {@code file:line:column}, and a
 * file with errors gives no document. Stateless and thread-safe.
 */
final class DevSetParser {

  /** Styles of {@code @doc style=...}. */
  static final Set<String> STYLES = Set.of("wire", "newspaper", "broadcast", "opinion");

  /** At most this many errors are kept per file. */
  static final int MAX_ERRORS = 50;

  /**
   * What a file gave.
   *
   * @param document the document, present when there is no error
   * @param errors the errors, each {@code file:line:column: message}
   */
  record Result(Optional<DevSetDocument> document, List<String> errors) {
    Result {
      errors = List.copyOf(errors);
    }
  }

  private record Open(char role, int id, int start, int line, int column) {
    String label() {
      return role + Integer.toString(id);
    }
  }

  private record Note(int line, int column, Map<String, String> values) {}

  private final String name;
  private final List<String> errors = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<Span> sentences = new ArrayList<>();
  private final List<Span> paragraphs = new ArrayList<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private final Map<String, List<Span>> pieces = new LinkedHashMap<>();
  private final Map<String, int[]> firstSeen = new LinkedHashMap<>();
  private final Map<Integer, Note> notes = new TreeMap<>();
  private String style = "";
  private int paragraphStart = -1;

  private DevSetParser(String name) {
    this.name = name;
  }

  /**
   * Parses one file.
   *
   * @param name the file's name for messages
   * @param markup the file's content
   * @return the document, or the errors
   */
  static Result parse(String name, String markup) {
    DevSetParser p = new DevSetParser(name);
    p.read(markup);
    if (!p.errors.isEmpty()) {
      return new Result(Optional.empty(), p.errors);
    }
    return new Result(Optional.of(p.document()), List.of());
  }

  private void read(String markup) {
    String[] lines = markup.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        endParagraph();
      } else if (line.startsWith("#")) {
        continue;
      } else if (line.startsWith("@")) {
        annotation(line, n + 1);
      } else {
        sentence(line, n + 1);
      }
    }
    endParagraph();
    for (Open o : open) {
      error(o.line(), o.column(), o.label() + " is never closed");
    }
    if (style.isEmpty()) {
      error(1, 1, "no '@doc style=...' line (one of " + new TreeSet<>(STYLES) + ")");
    }
    check();
  }

  private void endParagraph() {
    if (paragraphStart >= 0) {
      paragraphs.add(Span.of(paragraphStart, text.length()));
      paragraphStart = -1;
    }
  }

  private void sentence(String line, int n) {
    if (paragraphStart < 0) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      paragraphStart = text.length();
    } else {
      text.append(' ');
    }
    int from = 0;
    while (Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    int to = line.length();
    while (Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    int start = text.length();
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        if (i + 1 < to && "{}\\".indexOf(line.charAt(i + 1)) >= 0) {
          text.append(line.charAt(++i));
        } else {
          error(n, i + 1, "'\\' escapes only '{', '}' and '\\'");
        }
      } else if (c == '{') {
        i = opening(line, n, i, to);
      } else if (c == '}') {
        closing(n, i + 1);
      } else {
        text.append(c);
      }
    }
    sentences.add(Span.of(start, text.length()));
  }

  /** Reads {@code {S12 } at {@code i}; returns the index of its last character. */
  private int opening(String line, int n, int i, int to) {
    int j = i + 1;
    char role = j < to ? line.charAt(j) : ' ';
    int digits = j + 1;
    while (digits < to && line.charAt(digits) >= '0' && line.charAt(digits) <= '9' && digits - j <= 4) {
      digits++;
    }
    if ("SCQM".indexOf(role) < 0 || digits == j + 1 || digits >= to || line.charAt(digits) != ' '
        || line.charAt(j + 1) == '0') {
      error(n, i + 1, "'{' must start a label such as '{S1 ', '{C1 ', '{Q1 ' or '{M1 ' (write '\\{' for a brace)");
      return i;
    }
    Open o = new Open(role, Integer.parseInt(line.substring(j + 1, digits)), text.length(), n, i + 1);
    for (Open other : open) {
      if (other.label().equals(o.label())) {
        error(n, i + 1, o.label() + " opened again before it is closed (opened at line " + other.line() + ")");
      }
    }
    open.push(o);
    firstSeen.putIfAbsent(o.label(), new int[] {n, i + 1});
    return digits;
  }

  private void closing(int n, int column) {
    if (open.isEmpty()) {
      error(n, column, "'}' closes nothing (write '\\}' for a brace)");
      return;
    }
    Open o = open.pop();
    Span s = Span.of(o.start(), text.length());
    if (s.isEmpty()) {
      error(o.line(), o.column(), o.label() + " is empty");
    } else if (Character.isWhitespace(text.charAt(s.start())) || Character.isWhitespace(text.charAt(s.end() - 1))) {
      error(o.line(), o.column(), o.label() + " starts or ends with a space");
    } else {
      pieces.computeIfAbsent(o.label(), k -> new ArrayList<>()).add(s);
    }
  }

  private void annotation(String line, int n) {
    List<String> words = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < line.length(); ) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > s) {
        words.add(line.substring(s, i));
        columns.add(s + 1);
      }
    }
    String head = words.get(0).substring(1);
    if (head.equals("doc")) {
      Map<String, String> v = values(words, columns, n, Set.of("style"));
      String st = v.getOrDefault("style", "");
      if (!STYLES.contains(st)) {
        error(n, 1, "style must be one of " + new TreeSet<>(STYLES) + ": '" + st + "'");
      } else if (!style.isEmpty()) {
        error(n, 1, "a second '@doc' line");
      } else {
        style = st;
      }
      return;
    }
    if (!head.matches("[1-9][0-9]{0,4}")) {
      error(n, 1, "an annotation line starts with '@doc' or '@' and a relation number: '" + words.get(0) + "'");
      return;
    }
    int id = Integer.parseInt(head);
    Map<String, String> v = values(words, columns, n, Set.of("kind", "type", "cons", "ante"));
    if (notes.containsKey(id)) {
      error(n, 1, "relation " + id + " is annotated twice (first at line " + notes.get(id).line() + ")");
      return;
    }
    notes.put(id, new Note(n, 1, v));
    for (String key : List.of("kind", "type", "cons")) {
      if (!v.containsKey(key)) {
        error(n, 1, "relation " + id + " has no " + key + "=");
      }
    }
    if (v.containsKey("kind") && !DevSetRelation.KINDS.contains(v.get("kind"))) {
      error(n, column(line, "kind="), "kind must be one of " + new TreeSet<>(DevSetRelation.KINDS)
          + ": '" + v.get("kind") + "'");
    }
    if (v.containsKey("type") && !DevSetRelation.TYPES.contains(v.get("type"))) {
      error(n, column(line, "type="), "type must be one of " + new TreeSet<>(DevSetRelation.TYPES)
          + ": '" + v.get("type") + "'");
    }
    if (v.containsKey("cons")) {
      for (String c : v.get("cons").split(",", -1)) {
        if (!DevSetRelation.CONSTRUCTIONS.contains(c)) {
          error(n, column(line, "cons="), "unknown construction '" + c + "' (one of " + DevSetRelation.CONSTRUCTIONS + ")");
        }
      }
    }
  }

  private static int column(String line, String key) {
    return line.indexOf(key) + 1;
  }

  private Map<String, String> values(List<String> words, List<Integer> columns, int n, Set<String> keys) {
    Map<String, String> v = new LinkedHashMap<>();
    for (int k = 1; k < words.size(); k++) {
      String w = words.get(k);
      int eq = w.indexOf('=');
      String key = eq < 0 ? w : w.substring(0, eq);
      if (eq <= 0 || eq == w.length() - 1 || !keys.contains(key)) {
        error(n, columns.get(k), "expected key=value with a key among " + new TreeSet<>(keys) + ": '" + w + "'");
      } else if (v.putIfAbsent(key, w.substring(eq + 1)) != null) {
        error(n, columns.get(k), key + "= given twice");
      }
    }
    return v;
  }

  /** Every labelled relation is annotated and every annotation has its cue and content. */
  private void check() {
    for (Map.Entry<String, int[]> e : firstSeen.entrySet()) {
      String label = e.getKey();
      int id = Integer.parseInt(label.substring(1));
      if (label.charAt(0) != 'M' && !notes.containsKey(id)) {
        error(e.getValue()[0], e.getValue()[1], label + " has no '@" + id + " ...' line");
      }
    }
    for (Map.Entry<Integer, Note> e : notes.entrySet()) {
      int id = e.getKey();
      Note note = e.getValue();
      for (char role : new char[] {'C', 'Q'}) {
        if (!pieces.containsKey(role + Integer.toString(id)) && !firstSeen.containsKey(role + Integer.toString(id))) {
          error(note.line(), note.column(), "relation " + id + " has no " + (role == 'C' ? "cue" : "content")
              + " {" + role + id + " ...}");
        }
      }
      String ante = note.values().getOrDefault("ante", "");
      boolean pronoun = note.values().getOrDefault("cons", "").contains("pronoun");
      if (!ante.isEmpty() && !(ante.matches("[SM][1-9][0-9]*") && firstSeen.containsKey(ante))) {
        error(note.line(), note.column(), "ante=" + ante + " names no {S..} or {M..} span of this file");
      }
      if (pronoun == ante.isEmpty()) {
        error(note.line(), note.column(), "relation " + id + ": cons=pronoun and ante= go together");
      }
    }
  }

  private DevSetDocument document() {
    List<DevSetRelation> relations = new ArrayList<>();
    for (Map.Entry<Integer, Note> e : notes.entrySet()) {
      int id = e.getKey();
      Map<String, String> v = e.getValue().values();
      relations.add(new DevSetRelation(id, v.get("kind"), v.get("type"), List.of(v.get("cons").split(",")),
          v.getOrDefault("ante", ""), spans("S" + id), spans("C" + id), spans("Q" + id)));
    }
    Map<Integer, List<Span>> mentions = new TreeMap<>();
    pieces.keySet().stream().filter(k -> k.charAt(0) == 'M')
        .forEach(k -> mentions.put(Integer.parseInt(k.substring(1)), spans(k)));
    return new DevSetDocument(name, style, text.toString(), sentences, paragraphs, relations, mentions);
  }

  private List<Span> spans(String label) {
    List<Span> l = new ArrayList<>(pieces.getOrDefault(label, List.of()));
    l.sort(Comparator.naturalOrder());
    return l;
  }

  private void error(int line, int column, String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(name + ":" + line + ":" + column + ": " + message);
    }
  }
}
