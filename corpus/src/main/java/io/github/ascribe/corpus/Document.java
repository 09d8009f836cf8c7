package io.github.ascribe.corpus;

import java.util.Locale;
import java.util.Objects;

/**
 * One document of a corpus, read from its bytes: its id and text, or the problem that makes it
 * unusable. Exactly one of {@link #text()} and {@link #problem()} is set.
 *
 * <pre>{@code
 * Document d = DocumentReader.jsonLine(bytes, 7);     // {"id": "a-1", "text": "..."}
 * if (d.isReadable()) {
 *   Article a = Ascribe.analyze(d.text());
 * } else {
 *   System.err.println(d.id() + ": " + d.problem().code() + ": " + d.message());
 * }
 * }</pre>
 *
 * @param id the id: from the JSON, a file's relative path, or {@code line N}
 * @param text the article, or null when there is a problem
 * @param problem why the document cannot be used, or null
 * @param message what went wrong, for people, or null
 */
public record Document(String id, String text, Problem problem, String message) {

  /** Why a document cannot be used. Each has a stable code, for grouping and for tables. */
  public enum Problem {
    /** The bytes are not UTF-8. */
    NOT_UTF8,
    /** A JSON Lines line is not one well-formed JSON object (or repeats {@code id} or {@code text}). */
    NOT_JSON_OBJECT,
    /** A JSON object has no string {@code text} field. */
    NO_TEXT,
    /** A line or file is longer than {@link DocumentReader#MAX_BYTES}. */
    TOO_LARGE,
    /** The file could not be read. */
    UNREADABLE;

    /**
     * The stable code: the name in lower case with {@code -}, such as {@code not-utf-8}.
     *
     * @return the code
     */
    public String code() {
      return this == NOT_UTF8 ? "not-utf-8" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Checks that exactly one of {@code text} and {@code problem} is set, with a message for a problem. */
  public Document {
    Objects.requireNonNull(id, "id");
    if ((text == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of text and problem must be set");
    }
    if (problem != null) {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A readable document.
   *
   * @param id the id
   * @param text the text
   * @return the document
   */
  public static Document of(String id, String text) {
    return new Document(id, Objects.requireNonNull(text, "text"), null, null);
  }

  /**
   * An unusable document.
   *
   * @param id the id
   * @param problem why
   * @param message what went wrong, for people
   * @return the document
   */
  public static Document unusable(String id, Problem problem, String message) {
    return new Document(id, null, Objects.requireNonNull(problem, "problem"), message);
  }

  /**
   * Whether the document has a text.
   *
   * @return true if {@link #text()} is set
   */
  public boolean isReadable() {
    return text != null;
  }
}
