package io.github.ascribe.corpus;

import io.github.ascribe.corpus.Document.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads one document from its bytes, by the rules {@link Corpus} reads its sources with: strict
 * UTF-8 (no replacement characters) with a leading byte order mark dropped; a JSON Lines line is one
 * JSON object with a string {@code text} field and an optional string or number {@code id} field
 * (other fields and other {@code id} types are ignored; {@code id} or {@code text} given twice is an
 * error); a line of spaces, tabs and carriage returns only is blank. For jobs that split their input
 * themselves, such as a Spark job. Stateless and thread-safe.
 *
 * <pre>{@code
 * byte[] line = "{\"id\": 7, \"text\": \"Prices rose, Reuters said.\"}".getBytes(StandardCharsets.UTF_8);
 * Document d = DocumentReader.jsonLine(line, 1);   // id "7"; without an id: "line 1"
 * Document f = DocumentReader.textFile("news/a.txt", Files.readAllBytes(path));
 * }</pre>
 */
public final class DocumentReader {

  /** The longest line or file read, in bytes (the analyser reads at most 16 Mi characters anyway). */
  public static final int MAX_BYTES = 64 << 20;

  private DocumentReader() {}

  /**
   * Whether a JSON Lines line is blank: a corpus skips it, but counts it in line numbers.
   *
   * @param line the line without its {@code \n}
   * @return true for spaces, tabs and carriage returns only (or nothing)
   */
  public static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads one non-blank JSON Lines line. Its id is the JSON {@code id}, or {@code line N} when the
   * line has none or cannot be read.
   *
   * @param line the line without its {@code \n}
   * @param lineNumber its number in the file, from 1 (blank lines count)
   * @return the document, or why it cannot be used; a message about bad JSON names the line and
   *     column
   */
  public static Document jsonLine(byte[] line, long lineNumber) {
    String standIn = "line " + lineNumber;
    if (line.length > MAX_BYTES) {
      return Document.unusable(standIn, Problem.TOO_LARGE, "line longer than " + MAX_BYTES + " bytes");
    }
    String json;
    try {
      json = decode(line);
    } catch (MalformedUtf8Exception e) {
      return Document.unusable(standIn, Problem.NOT_UTF8, e.getMessage());
    }
    return JsonLine.read(json, lineNumber);
  }

  /**
   * Reads one text file of a directory corpus.
   *
   * @param id the id, usually the file's path relative to the corpus directory
   * @param content the file's bytes
   * @return the document, or why it cannot be used
   */
  public static Document textFile(String id, byte[] content) {
    if (content.length > MAX_BYTES) {
      return tooLarge(id, content.length);
    }
    try {
      return Document.of(id, decode(content));
    } catch (MalformedUtf8Exception e) {
      return Document.unusable(id, Problem.NOT_UTF8, e.getMessage());
    }
  }

  /**
   * The document for a file longer than {@link #MAX_BYTES}, without reading it.
   *
   * @param id the id
   * @param size the file's size in bytes
   * @return the unusable document
   */
  public static Document tooLarge(String id, long size) {
    return Document.unusable(id, Problem.TOO_LARGE, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
  }

  /**
   * Decodes strict UTF-8; a leading byte order mark is dropped.
   *
   * @param bytes the bytes
   * @return the text
   * @throws MalformedUtf8Exception at the first byte sequence that is not UTF-8
   */
  public static String decode(byte[] bytes) throws MalformedUtf8Exception {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MalformedUtf8Exception(in.position(), result.length());
    }
    return out.flip().toString();
  }

  /** Bytes that are not UTF-8: where they start (counted from the first byte given) and how many. */
  public static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final int length;

    MalformedUtf8Exception(int offset, int length) {
      this.offset = offset;
      this.length = length;
    }

    /**
     * Where the malformed bytes start.
     *
     * @return the byte offset, from 0, counting a byte order mark
     */
    public int offset() {
      return offset;
    }

    /**
     * How many bytes are malformed.
     *
     * @return at least 1
     */
    public int length() {
      return length;
    }

    @Override
    public String getMessage() {
      return "not UTF-8 at byte " + offset + " (" + length + " malformed byte" + (length == 1 ? "" : "s") + ")";
    }
  }
}
