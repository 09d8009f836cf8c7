package io.github.ascribe.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.ascribe.corpus.Document.Problem;
import java.io.IOException;

/**
 * The {@code id} and {@code text} of one JSON Lines line, read with Jackson's streaming parser: the
 * other fields, of any type and nesting, are skipped without building them. Jackson is strict RFC
 * 8259 by default (no comments, trailing commas, single quotes, leading zeros, NaN or unescaped
 * control characters). Stateless and thread-safe: the factory is shared, a parser is made per line.
 */
final class JsonLine {

  /** Limits as wide as a line may be long; nesting is skipped iteratively, so its depth needs no cap. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(DocumentReader.MAX_BYTES)
          .maxNumberLength(DocumentReader.MAX_BYTES)
          .maxNameLength(DocumentReader.MAX_BYTES)
          .maxNestingDepth(Integer.MAX_VALUE)
          .build())
      .build();

  /** Jackson's messages quote the offending token; a message stays readable at this length. */
  private static final int MAX_MESSAGE = 240;

  private JsonLine() {}

  static Document read(String json, long lineNumber) {
    String standIn = "line " + lineNumber;
    String id = null;
    String text = null;
    boolean idSeen = false;
    boolean textSeen = false;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return notJson(standIn, lineNumber, p.currentTokenLocation(), "expected '{'");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        boolean isId = "id".equals(name);
        if (isId || "text".equals(name)) {
          if (isId ? idSeen : textSeen) {
            return notJson(standIn, lineNumber, p.currentTokenLocation(), "field \"" + name + "\" appears twice");
          }
          if (isId) {
            idSeen = true;
            id = value == JsonToken.VALUE_STRING || value.isNumeric() ? p.getText() : null;
          } else {
            textSeen = true;
            text = value == JsonToken.VALUE_STRING ? p.getText() : null;
          }
        }
        p.skipChildren();
      }
      if (t != JsonToken.END_OBJECT) {
        return notJson(standIn, lineNumber, p.currentTokenLocation(), "expected a field name");
      }
      if (p.nextToken() != null) {
        return notJson(standIn, lineNumber, p.currentTokenLocation(), "unexpected text after the object");
      }
    } catch (JsonProcessingException e) {
      return notJson(standIn, lineNumber, e.getLocation(), e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      return notJson(standIn, lineNumber, null, e.toString());
    }
    String name = id != null ? id : standIn;
    if (text == null) {
      return Document.unusable(name, Problem.NO_TEXT,
          textSeen ? "\"text\" is not a string" : "no string \"text\" field");
    }
    return Document.of(name, text);
  }

  private static Document notJson(String id, long lineNumber, JsonLocation at, String why) {
    String where = at == null || at.getColumnNr() < 1 ? "" : ", column " + at.getColumnNr();
    String reason = why == null ? "malformed" : why.length() > MAX_MESSAGE ? why.substring(0, MAX_MESSAGE) + "…" : why;
    return Document.unusable(id, Problem.NOT_JSON_OBJECT,
        "not a JSON object (line " + lineNumber + where + "): " + reason);
  }
}
