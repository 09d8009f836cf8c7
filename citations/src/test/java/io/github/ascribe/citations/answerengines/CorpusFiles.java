package io.github.ascribe.citations.answerengines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ascribe.citations.answerengines.CorpusText.ExpectedClaim;
import io.github.ascribe.citations.answerengines.CorpusText.ExpectedDiagnostic;
import io.github.ascribe.citations.answerengines.CorpusText.Skipped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the corpus folder: {@code engines.tsv}, {@code forms.tsv}, and for each text a {@code .txt}
 * file with the text and a {@code .json} file beside it with the expectations. Unknown JSON fields
 * are errors, so that a misspelt field cannot silently go unscored.
 */
final class CorpusFiles {

  /** The folder, relative to the module (surefire runs in the module's folder). */
  static final Path DIR = Path.of("src/test/resources/answer-engines");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXT_FIELDS = Set.of("engine", "forms", "note", "claims", "skipped", "diagnostics");
  private static final Set<String> CLAIM_FIELDS = Set.of("text", "partial", "sources", "unnamed", "others", "forms");
  private static final Set<String> SKIPPED_FIELDS = Set.of("text", "forms");
  private static final Set<String> DIAGNOSTIC_FIELDS = Set.of("code", "at", "forms");

  /**
   * A form of the issue.
   *
   * @param id its id ({@code link-tracking})
   * @param point the issue's point (1 to 10) it belongs to
   * @param gated whether the corpus test fails when the form is read less than 95% exact
   * @param description what it looks like
   */
  record Form(String id, int point, boolean gated, String description) {}

  private CorpusFiles() {}

  /** The engines, by id, with their descriptions, in file order. */
  static Map<String, String> engines() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : rows(DIR.resolve("engines.tsv"), 2)) {
      out.put(row[0], row[1]);
    }
    return out;
  }

  /** The forms, by id, in file order. */
  static Map<String, Form> forms() {
    Map<String, Form> out = new LinkedHashMap<>();
    for (String[] row : rows(DIR.resolve("forms.tsv"), 4)) {
      if (!row[2].equals("yes") && !row[2].equals("no")) {
        throw new IllegalStateException("forms.tsv: gated must be yes or no: " + String.join("\t", row));
      }
      out.put(row[0], new Form(row[0], Integer.parseInt(row[1]), row[2].equals("yes"), row[3]));
    }
    return out;
  }

  /** Every text, sorted by path. */
  static List<CorpusText> texts() {
    try (Stream<Path> files = Files.walk(DIR)) {
      List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      List<CorpusText> out = new ArrayList<>();
      for (Path p : txt) {
        out.add(read(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one text and its expectations. */
  static CorpusText read(Path txt) throws IOException {
    String name = txt.getFileName().toString();
    String id = name.substring(0, name.length() - ".txt".length());
    Path json = txt.resolveSibling(id + ".json");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    JsonNode root = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    String where = json.getFileName().toString();
    check(root, TEXT_FIELDS, where);
    List<ExpectedClaim> claims = new ArrayList<>();
    for (JsonNode c : list(root, "claims")) {
      check(c, CLAIM_FIELDS, where);
      Optional<List<String>> others = c.has("others") ? Optional.of(strings(c, "others")) : Optional.empty();
      claims.add(new ExpectedClaim(required(c, "text", where), c.path("partial").asBoolean(false),
          strings(c, "sources"), c.path("unnamed").asInt(0), others, strings(c, "forms")));
    }
    List<Skipped> skipped = new ArrayList<>();
    for (JsonNode s : list(root, "skipped")) {
      if (s.isTextual()) {
        skipped.add(new Skipped(s.asText(), List.of()));
      } else {
        check(s, SKIPPED_FIELDS, where);
        skipped.add(new Skipped(required(s, "text", where), strings(s, "forms")));
      }
    }
    List<ExpectedDiagnostic> diagnostics = new ArrayList<>();
    for (JsonNode d : list(root, "diagnostics")) {
      check(d, DIAGNOSTIC_FIELDS, where);
      diagnostics.add(new ExpectedDiagnostic(required(d, "code", where), required(d, "at", where), strings(d, "forms")));
    }
    return new CorpusText(id, required(root, "engine", where), strings(root, "forms"), root.path("note").asText(""),
        text, claims, skipped, diagnostics);
  }

  private static void check(JsonNode node, Set<String> allowed, String where) {
    if (!node.isObject()) {
      throw new IllegalStateException(where + ": expected an object, got " + node);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new IllegalStateException(where + ": unknown field '" + f + "' (allowed: " + allowed + ")");
      }
    }
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalStateException(where + ": '" + field + "' must be a non-empty string in " + node);
    }
    return v.asText();
  }

  private static List<JsonNode> list(JsonNode node, String field) {
    List<JsonNode> out = new ArrayList<>();
    node.path(field).forEach(out::add);
    return out;
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : list(node, field)) {
      out.add(v.asText());
    }
    return out;
  }

  private static List<String[]> rows(Path file, int columns) {
    try {
      List<String[]> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(file.getFileName() + ": expected " + columns + " columns: " + line);
        }
        out.add(row);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
