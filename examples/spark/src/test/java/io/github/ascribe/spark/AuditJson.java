package io.github.ascribe.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code audit.json} back into a {@link CorpusAudit}, for tests whose job ran in another JVM.
 * The derived figures ({@code coverage}, {@code single_source_rate}) are skipped: the record computes
 * them.
 *
 * <pre>{@code
 * CorpusAudit audit = AuditJson.read(out.resolve(Tables.AUDIT_FILE));
 * }</pre>
 */
final class AuditJson {

  private AuditJson() {}

  static CorpusAudit read(Path file) throws IOException {
    Map<String, Long> figures = new LinkedHashMap<>();
    Map<String, Long> byCode = new LinkedHashMap<>();
    Map<String, Long> histogram = new LinkedHashMap<>();
    List<CorpusAudit.SourceCount> sources = new ArrayList<>();
    List<CorpusAudit.NameCount> names = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(file))) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "rejects_by_code" -> counts(p, byCode);
          case "coverage_histogram" -> counts(p, histogram);
          case "top_sources" -> {
            for (Map<String, String> o : objects(p)) {
              sources.add(new CorpusAudit.SourceCount(o.get("source_id"), o.get("name"), o.get("kind"),
                  Long.parseLong(o.get("claims")), Long.parseLong(o.get("articles"))));
            }
          }
          case "unresolved_names" -> {
            for (Map<String, String> o : objects(p)) {
              names.add(new CorpusAudit.NameCount(o.get("source_id"), o.get("name"),
                  Long.parseLong(o.get("mentions")), Long.parseLong(o.get("articles"))));
            }
          }
          default -> {
            if (value == JsonToken.VALUE_NUMBER_INT) {
              figures.put(field, p.getLongValue());
            }
          }
        }
      }
    }
    return new CorpusAudit(figures.get("articles"), figures.get("rejects"), byCode, figures.get("claims"),
        figures.get("attributed_claims"), figures.get("single_source_claims"),
        figures.get("other_attributed_claims"), histogram, sources, names);
  }

  private static void counts(JsonParser p, Map<String, Long> into) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
      into.put(key, p.getLongValue());
    }
  }

  private static List<Map<String, String>> objects(JsonParser p) throws IOException {
    List<Map<String, String>> objects = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> o = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        o.put(key, p.getText());
      }
      objects.add(o);
    }
    return objects;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + ", found " + actual);
    }
  }
}
