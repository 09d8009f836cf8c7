package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report, parsed back with Jackson and checked field by field against docs/json.md. */
class AnalyzeJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static String text;
  private static JsonNode report;

  @BeforeAll
  static void analyzeReference() throws Exception {
    text = Files.readString(Cli.reference());
    Cli.Result r = Cli.run("analyze", "--format", "json", Cli.REFERENCE);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    report = MAPPER.readTree(r.out());
  }

  @Test
  void topLevelFieldsAreTheDocumentedOnes() {
    assertThat(names(report)).containsExactly("file", "length", "claims", "attributions", "sources", "diagnostics",
        "summary");
    assertThat(report.get("file").asText()).isEqualTo(Cli.REFERENCE);
    assertThat(report.get("length").asInt()).isEqualTo(text.length());
  }

  @Test
  void summaryOfTheReferenceArticle() {
    JsonNode s = report.get("summary");
    assertThat(names(s)).containsExactly("claims", "attributedClaims", "coverage", "distinctSources",
        "independentSources", "singleSourceClaims", "unattributedClaims", "otherAttributedClaims");
    assertThat(s.get("claims").asInt()).isEqualTo(9);
    assertThat(s.get("attributedClaims").asInt()).isEqualTo(7);
    assertThat(s.get("coverage").asDouble()).isEqualTo(7.0 / 9);
    assertThat(s.get("unattributedClaims").asInt()).isEqualTo(2);
    assertThat(s.get("singleSourceClaims").asInt()).isZero();
    assertThat(s.get("distinctSources").asInt()).isEqualTo(7);
    assertThat(s.get("independentSources").asInt()).isEqualTo(6);
    // "criticizing Putin's decision" is a criticism of a decision, not a reported statement (the prose
    // annotation guide), but "and emphasizing that ..." is one, by the subject it shares: claim 3 cites
    // Volodymyr Zelenskyy; claim 5 cites Marco Rubio, claim 2 an anonymous official
    assertThat(s.get("otherAttributedClaims").asInt()).isEqualTo(3);
  }

  @Test
  void claimsCarryTextOffsetsSourcesAndAttributions() {
    JsonNode claims = report.get("claims");
    assertThat(claims).hasSize(9);
    for (int i = 0; i < claims.size(); i++) {
      JsonNode c = claims.get(i);
      assertThat(names(c)).containsExactly("index", "paragraph", "text", "start", "end", "line", "column", "status",
          "sources", "unnamedSources", "sourceCount", "otherSources", "attributions");
      assertThat(c.get("index").asInt()).isEqualTo(i);
      assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
      for (JsonNode a : c.get("attributions")) {
        assertThat(ints(report.get("attributions").get(a.asInt()).get("claims"))).contains(i);
      }
    }
    JsonNode c3 = claims.get(3);
    assertThat(c3.get("paragraph").asInt()).isEqualTo(3);
    assertThat(c3.get("line").asInt()).isEqualTo(4);
    assertThat(c3.get("column").asInt()).isEqualTo(1);
    assertThat(c3.get("status").asText()).isEqualTo("multi-source");
    assertThat(field(c3.get("sources"), "name"))
        .containsExactly("The Guardian", "Associated Press", "The Times of India", "Reuters");
    assertThat(field(c3.get("sources"), "id"))
        .containsExactly("the-guardian", "associated-press", "times-of-india", "reuters");
    assertThat(field(c3.get("sources"), "kind")).containsExactly("OUTLET", "AGENCY", "OUTLET", "AGENCY");
    assertThat(names(c3.get("sources").get(0))).containsExactly("id", "name", "kind");
    assertThat(c3.get("unnamedSources").asInt()).isEqualTo(6);
    assertThat(c3.get("sourceCount").asInt()).isEqualTo(10);
    assertThat(field(c3.get("otherSources"), "id")).containsExactly("person-volodymyr-zelenskyy");
    assertThat(ints(c3.get("attributions"))).containsExactly(3, 4);

    assertThat(claims.get(4).get("status").asText()).isEqualTo("unattributed");
    assertThat(claims.get(4).get("sources")).isEmpty();
    assertThat(claims.get(4).get("attributions")).isEmpty();
    assertThat(claims.get(8).get("status").asText()).isEqualTo("unattributed");
  }

  @Test
  void attributionsCarryFormRuleMentionsAndTotals() {
    JsonNode attributions = report.get("attributions");
    assertThat(attributions).hasSize(8);
    List<String> forms = Arrays.stream(AttributionForm.values()).map(Enum::name).toList();
    for (int i = 0; i < attributions.size(); i++) {
      JsonNode a = attributions.get(i);
      List<String> fields = new ArrayList<>(List.of("index", "form", "rule", "text", "start", "end", "mentions",
          "unnamedSources", "declaredTotal", "claims"));
      if (a.get("form").asText().equals("PROSE")) {
        fields.add("prose"); // every prose attribution of the reference has its relation
        checkProse(a.get("prose"));
      }
      assertThat(names(a)).containsExactlyElementsOf(fields);
      assertThat(a.get("index").asInt()).isEqualTo(i);
      assertThat(forms).contains(a.get("form").asText());
      assertThat(a.get("rule").asText()).isNotBlank();
      assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
      for (JsonNode m : a.get("mentions")) {
        assertThat(names(m)).containsExactly("text", "start", "end", "sourceId", "sourceName", "kind", "match", "score");
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        assertThat(Arrays.stream(SourceKind.values()).map(Enum::name)).contains(m.get("kind").asText());
        assertThat(Arrays.stream(MatchKind.values()).map(Enum::name)).contains(m.get("match").asText());
      }
    }
    JsonNode line = attributions.get(4); // after the prose attribution that starts inside claim 3
    assertThat(line.get("form").asText()).isEqualTo("SOURCE_LINE");
    assertThat(line.get("text").asText())
        .isEqualTo("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4");
    assertThat(line.get("unnamedSources").asInt()).isEqualTo(6);
    assertThat(line.get("declaredTotal").asInt()).isEqualTo(4);
    assertThat(ints(line.get("claims"))).containsExactly(3);
    JsonNode ap = line.get("mentions").get(1);
    assertThat(ap.get("text").asText()).isEqualTo("AP News");
    assertThat(ap.get("sourceId").asText()).isEqualTo("associated-press");
    assertThat(ap.get("sourceName").asText()).isEqualTo("Associated Press");
    assertThat(ap.get("kind").asText()).isEqualTo("AGENCY");
    assertThat(ap.get("match").asText()).isEqualTo("ALIAS");

    JsonNode first = attributions.get(0);
    assertThat(first.has("declaredTotal")).isTrue();
    assertThat(first.get("declaredTotal").isNull()).isTrue();
    assertThat(first.get("text").asText()).isEqualTo("WSJ, The Guardian, Yahoo");
    assertThat(ints(first.get("claims"))).containsExactly(0, 1);
  }

  @Test
  void sourcesListTheClaimsTheyBack() {
    JsonNode sources = report.get("sources");
    assertThat(sources).hasSize(10);
    for (JsonNode s : sources) {
      assertThat(names(s)).containsExactly("id", "name", "kind", "media", "country", "language", "domains", "claims");
    }
    JsonNode guardian = find(sources, "the-guardian");
    assertThat(guardian.get("name").asText()).isEqualTo("The Guardian");
    assertThat(guardian.get("kind").asText()).isEqualTo("OUTLET");
    assertThat(guardian.get("media").asBoolean()).isTrue();
    assertThat(ints(guardian.get("claims"))).containsExactly(0, 1, 3, 5, 6, 7);
    assertThat(find(sources, "person-marco-rubio").get("media").asBoolean()).isFalse();
    assertThat(report.get("diagnostics")).isEmpty();
  }

  @Test
  void diagnosticsHaveLineAndColumn(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "total.txt", "The army moved north.\nReuters, AP News =5\n");
    Cli.Result r = Cli.run("analyze", "-f", "json", file);
    JsonNode d = MAPPER.readTree(r.out()).get("diagnostics").get(0);
    assertThat(names(d)).containsExactly("severity", "code", "message", "start", "end", "line", "column");
    assertThat(d.get("severity").asText()).isEqualTo("WARNING");
    assertThat(d.get("code").asText()).isEqualTo("total-mismatch");
    assertThat(d.get("line").asInt()).isEqualTo(2);
    assertThat(d.get("column").asInt()).isEqualTo(18);
    assertThat(d.get("start").asInt()).isEqualTo("The army moved north.\n".length() + 17);
    assertThat(d.get("end").asInt()).isGreaterThanOrEqualTo(d.get("start").asInt());
  }

  @Test
  void offsetsAreUtf16IndicesAndColumnsCountCodePoints(@TempDir Path dir) throws Exception {
    String input = "\uD83D\uDCF0 Prices rose in Kyiv.\nReuters\n";
    String file = Cli.write(dir, "emoji.txt", input);
    JsonNode c = MAPPER.readTree(Cli.run("analyze", "-f", "json", file).out()).get("claims").get(0);
    assertThat(input.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
    assertThat(c.get("text").asText()).endsWith("Prices rose in Kyiv.");
  }

  @Test
  void severalFilesGiveJsonLines(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    String b = Cli.write(dir, "b.txt", "Nobody knows why.\n");
    Cli.Result r = Cli.run("analyze", "--format=json", a, Cli.REFERENCE, b);
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = MAPPER.readTree(line);
      files.add(n.get("file").asText());
    }
    assertThat(files).containsExactly(a, Cli.REFERENCE, b);
    assertThat(MAPPER.readTree(lines[1]).at("/summary/attributedClaims").asInt()).isEqualTo(7);
    assertThat(MAPPER.readTree(lines[2]).at("/summary/coverage").asDouble()).isZero();
  }

  @Test
  void standardInputIsNamedDash() throws Exception {
    Cli.Result r = Cli.runWithStdin(Files.readString(Cli.reference()), "analyze", "-f", "json", "-");
    JsonNode n = MAPPER.readTree(r.out());
    assertThat(n.get("file").asText()).isEqualTo("-");
    assertThat(n.get("summary")).isEqualTo(report.get("summary"));
    assertThat(n.get("claims")).isEqualTo(report.get("claims"));
  }

  @Test
  void renderGivesTheSameObjectAsTheCommand() throws Exception {
    var article = io.github.ascribe.citations.Ascribe.analyze(text);
    JsonNode n = MAPPER.readTree(ReportFormat.JSON.render(new AnalyzedFile(Cli.REFERENCE, article)));
    assertThat(n).isEqualTo(report);
  }

  /** A prose relation has the documented fields, enum names and spans that are the text they cover. */
  private static void checkProse(JsonNode p) {
    List<String> fields = new ArrayList<>(List.of("kind", "sourceType", "cueGroup", "cueLemma", "source", "cue",
        "content"));
    if (p.has("antecedent")) {
      fields.add("antecedent");
    }
    assertThat(names(p)).containsExactlyElementsOf(fields);
    assertThat(Arrays.stream(ProseRelation.Kind.values()).map(Enum::name)).contains(p.get("kind").asText());
    assertThat(Arrays.stream(ProseRelation.SourceType.values()).map(Enum::name)).contains(p.get("sourceType").asText());
    assertThat(Arrays.stream(ProseRelation.CueGroup.values()).map(Enum::name)).contains(p.get("cueGroup").asText());
    assertThat(p.get("cueLemma").asText()).isNotBlank();
    List<JsonNode> spans = new ArrayList<>(List.of(p.get("source"), p.get("cue")));
    p.get("content").forEach(spans::add);
    for (JsonNode span : spans) {
      assertThat(names(span)).containsExactly("text", "start", "end");
      assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }
  }

  @Test
  void aProseAttributionCarriesItsRelation(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("prose.txt");
    Files.writeString(in, "Prices rose. \"We will act,\" the minister said on Tuesday.");
    Cli.Result r = Cli.run("analyze", "--format", "json", in.toString());
    assertThat(r.code()).isZero();
    JsonNode p = MAPPER.readTree(r.out()).get("attributions").get(0).get("prose");
    assertThat(p.get("kind").asText()).isEqualTo("DIRECT");
    assertThat(p.get("sourceType").asText()).isEqualTo("PERSON");
    assertThat(p.get("cueGroup").asText()).isEqualTo("SAYING");
    assertThat(p.get("cueLemma").asText()).isEqualTo("say");
    assertThat(p.get("source").get("text").asText()).isEqualTo("the minister");
    assertThat(p.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(p.get("content").get(0).get("text").asText()).isEqualTo("\"We will act,\"");
    assertThat(p.has("antecedent")).isFalse();
  }

  static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asInt()));
    return out;
  }

  static List<String> field(JsonNode array, String name) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.get(name).asText()));
    return out;
  }

  private static JsonNode find(JsonNode sources, String id) {
    for (JsonNode s : sources) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no source " + id);
  }
}
