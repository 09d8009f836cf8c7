package io.github.ascribe.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of one corpus record (a JSON Lines line, or a text file) into a document or a
 * reject, with the same rules as the library's {@code Corpus.ofJsonLines} and {@code
 * Corpus.ofDirectory}: strict UTF-8 with a leading byte order mark dropped; one JSON object per line
 * with a string {@code text} and an optional string or number {@code id} (other fields ignored, other
 * {@code id} types ignored, {@code id} or {@code text} given twice rejected); blank lines (spaces,
 * tabs, CR) skipped. Stateless and thread-safe.
 */
final class Records {

  /** The longest record read, in bytes, as in the library (its analyser reads 16 Mi chars anyway). */
  static final int MAX_BYTES = 64 << 20;

  /** Reject codes: stable, for grouping; the reason adds details for people. */
  static final String NOT_UTF8 = "not-utf-8";
  static final String NOT_JSON = "not-json-object";
  static final String NO_TEXT = "no-text";
  static final String TOO_LARGE = "too-large";
  static final String ANALYSIS_FAILED = "analysis-failed";
  static final String UNREADABLE = "unreadable";

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_BYTES)
          .maxNumberLength(MAX_BYTES)
          .maxNestingDepth(Integer.MAX_VALUE)
          .build())
      .build();

  /**
   * A record's outcome: a document ({@code text} set) or a reject ({@code code} and {@code reason}).
   *
   * @param id the id: from the JSON, the file's relative path, or {@code line N}
   * @param text the article, or null for a reject
   * @param code the reject code, or null
   * @param reason what went wrong, or null
   */
  record Outcome(String id, String text, String code, String reason) {
    static Outcome document(String id, String text) {
      return new Outcome(id, text, null, null);
    }

    static Outcome reject(String id, String code, String reason) {
      return new Outcome(id, null, code, code + ": " + reason);
    }
  }

  private Records() {}

  /**
   * Whether a JSON Lines line is blank (skipped, but counted in line numbers).
   *
   * @param bytes the line without its {@code \n}
   * @return true for spaces, tabs and CRs only
   */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads one non-blank JSON Lines line.
   *
   * @param bytes the line without its {@code \n}
   * @param standIn the id when the line has none ({@code line N})
   * @return the document or the reject
   */
  static Outcome jsonLine(byte[] bytes, String standIn) {
    if (bytes.length > MAX_BYTES) {
      return Outcome.reject(standIn, TOO_LARGE, "line longer than " + MAX_BYTES + " bytes");
    }
    String json;
    try {
      json = decode(bytes);
    } catch (CharacterCodingException e) {
      return Outcome.reject(standIn, NOT_UTF8, describe(e));
    }
    String id = null;
    String text = null;
    boolean textSeen = false;
    boolean idSeen = false;
    JsonToken textToken = null;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Outcome.reject(standIn, NOT_JSON, "expected '{' at offset 0");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("id".equals(name) || "text".equals(name)) {
          boolean repeated = "id".equals(name) ? idSeen : textSeen;
          if (repeated) {
            return Outcome.reject(standIn, NOT_JSON, "field \"" + name + "\" appears twice");
          }
          boolean scalar = value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
              || value == JsonToken.VALUE_NUMBER_FLOAT;
          if ("id".equals(name)) {
            idSeen = true;
            id = scalar ? p.getText() : null;
          } else {
            textSeen = true;
            textToken = value;
            text = scalar ? p.getText() : null;
          }
        }
        p.skipChildren();
      }
      if (t != JsonToken.END_OBJECT) {
        return Outcome.reject(standIn, NOT_JSON, "expected a field name");
      }
      if (p.nextToken() != null) {
        return Outcome.reject(standIn, NOT_JSON, "unexpected text after the object");
      }
    } catch (JsonProcessingException e) {
      return Outcome.reject(standIn, NOT_JSON, e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      return Outcome.reject(standIn, NOT_JSON, describe(e));
    }
    String name = id != null ? id : standIn;
    if (text == null) {
      return Outcome.reject(name, NO_TEXT, "no string \"text\" field");
    }
    if (textToken != JsonToken.VALUE_STRING) {
      return Outcome.reject(name, NO_TEXT, "\"text\" is not a string");
    }
    return Outcome.document(name, text);
  }

  /**
   * Reads one text file of a directory corpus.
   *
   * @param id the file's path relative to the corpus directory
   * @param bytes its content
   * @return the document or the reject
   */
  static Outcome textFile(String id, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(id, bytes.length);
    }
    try {
      return Outcome.document(id, decode(bytes));
    } catch (CharacterCodingException e) {
      return Outcome.reject(id, NOT_UTF8, describe(e));
    }
  }

  /**
   * A file too large to read.
   *
   * @param id the file's relative path
   * @param length its size in bytes
   * @return the reject
   */
  static Outcome tooLarge(String id, long length) {
    return Outcome.reject(id, TOO_LARGE, "too large (" + length + " bytes; the limit is " + MAX_BYTES + ")");
  }

  /**
   * Strict UTF-8, no replacement characters; a leading byte order mark is dropped.
   *
   * @param bytes the bytes
   * @return the text
   * @throws CharacterCodingException at the first byte that is not UTF-8
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    int from = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
        .toString();
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    String type = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? type : type + ": " + m;
  }
}
