package io.github.ascribe.citations.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the top-level string fields of one JSON object (RFC 8259), as in a JSON Lines file: {@code
 * {"id": "a-1", "text": "...", "meta": {...}}}. Every other value, of any type and nesting, is
 * checked and skipped. One pass, no recursion, no regular expressions: time is linear in the input
 * and nesting depth cannot overflow the stack.
 *
 * <p>Strict: no comments, no trailing commas, no single quotes, no unescaped control characters in
 * strings, no leading zeros; white space is space, tab, CR and LF only. A wanted name that appears
 * twice is an error. Numbers are accepted as field values too, as their literal text (an {@code id}
 * is often a number). Immutable and thread-safe.
 */
public final class JsonFields {

  /** The input is not one well-formed JSON object; the message says where and why. */
  public static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message, int offset) {
      super(message + " at offset " + offset);
    }
  }

  private final String s;
  private final Set<String> wanted;
  /**
   * A wanted field's value: a decoded string, or a number as written.
   *
   * @param text the string's content or the number's literal text
   * @param isString true for a string, false for a number
   */
  public record Value(String text, boolean isString) {}

  private final Map<String, Value> found = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private int pos;

  private JsonFields(String s, Set<String> wanted) {
    this.s = s;
    this.wanted = wanted;
  }

  /**
   * Parses one JSON object and returns the values of the wanted top-level fields that are strings
   * (decoded) or numbers (as written). Fields with other values are left out.
   *
   * @param json one JSON text that must be an object
   * @param wanted the field names to return
   * @return name to value, for the wanted names present with a string or number value
   * @throws JsonException if the text is not exactly one well-formed JSON object, or a wanted name repeats
   */
  public static Map<String, Value> read(String json, Set<String> wanted) throws JsonException {
    JsonFields r = new JsonFields(Objects.requireNonNull(json, "json"), Objects.requireNonNull(wanted, "wanted"));
    r.object();
    return r.found;
  }

  private void object() throws JsonException {
    space();
    expect('{');
    space();
    if (peek() == '}') {
      pos++;
    } else {
      while (true) {
        space();
        if (peek() != '"') {
          throw error("expected a field name");
        }
        String name = string();
        space();
        expect(':');
        space();
        int c = peek();
        if (wanted.contains(name)) {
          Value value = null;
          if (c == '"') {
            value = new Value(string(), true);
          } else if (c == '-' || (c >= '0' && c <= '9')) {
            int start = pos;
            number();
            value = new Value(s.substring(start, pos), false);
          } else {
            skipValue();
          }
          if (!seen.add(name)) {
            throw error("field \"" + name + "\" appears twice");
          }
          if (value != null) {
            found.put(name, value);
          }
        } else {
          skipValue();
        }
        space();
        int next = next();
        if (next == '}') {
          break;
        }
        if (next != ',') {
          pos--;
          throw error("expected ',' or '}'");
        }
      }
    }
    space();
    if (pos < s.length()) {
      throw error("unexpected text after the object");
    }
  }

  /** Skips one value of any kind, nested arrays and objects included, with an explicit stack. */
  private void skipValue() throws JsonException {
    byte[] stack = new byte[16]; // 'o' or 'a' per open container
    int depth = 0;
    boolean expectValue = true;
    while (true) {
      space();
      if (expectValue) {
        int c = peek();
        switch (c) {
          case '{' -> {
            pos++;
            space();
            if (peek() == '}') {
              pos++;
              expectValue = false;
            } else {
              stack = push(stack, depth++, (byte) 'o');
              fieldName();
              continue;
            }
          }
          case '[' -> {
            pos++;
            space();
            if (peek() == ']') {
              pos++;
              expectValue = false;
            } else {
              stack = push(stack, depth++, (byte) 'a');
              continue;
            }
          }
          case '"' -> {
            skipString();
            expectValue = false;
          }
          case 't' -> literal("true");
          case 'f' -> literal("false");
          case 'n' -> literal("null");
          default -> {
            if (c == '-' || (c >= '0' && c <= '9')) {
              number();
            } else {
              throw error(c < 0 ? "unexpected end of input" : "expected a value");
            }
          }
        }
        expectValue = false;
      }
      if (depth == 0) {
        return;
      }
      space();
      int c = next();
      byte top = stack[depth - 1];
      if (c == ',') {
        if (top == 'o') {
          space();
          fieldName();
        }
        expectValue = true;
      } else if ((c == '}' && top == 'o') || (c == ']' && top == 'a')) {
        depth--;
      } else {
        pos--;
        throw error(top == 'o' ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
  }

  private static byte[] push(byte[] stack, int depth, byte kind) {
    byte[] st = depth == stack.length ? Arrays.copyOf(stack, stack.length * 2) : stack;
    st[depth] = kind;
    return st;
  }

  /** {@code "name" :} inside a skipped object. */
  private void fieldName() throws JsonException {
    if (peek() != '"') {
      throw error("expected a field name");
    }
    skipString();
    space();
    expect(':');
  }

  private void literal(String word) throws JsonException {
    if (!s.startsWith(word, pos)) {
      throw error("expected a value");
    }
    pos += word.length();
  }

  private void number() throws JsonException {
    if (peek() == '-') {
      pos++;
    }
    int c = peek();
    if (c == '0') {
      pos++;
    } else if (c >= '1' && c <= '9') {
      digits();
    } else {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private void skipString() throws JsonException {
    pos++; // opening quote
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        escape(null);
      } else if (c < 0x20) {
        pos--;
        throw error("unescaped control character in a string");
      }
    }
  }

  private String string() throws JsonException {
    int start = ++pos;
    // fast path: no escapes
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        return s.substring(start, pos++);
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
      pos++;
    }
    StringBuilder sb = new StringBuilder(pos - start + 16).append(s, start, pos);
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        escape(sb);
      } else if (c < 0x20) {
        pos--;
        throw error("unescaped control character in a string");
      } else {
        sb.append(c);
      }
    }
  }

  /** After a backslash: one escape, appended to {@code sb} unless it is null. */
  private void escape(StringBuilder sb) throws JsonException {
    if (pos >= s.length()) {
      throw error("unterminated string");
    }
    char e = s.charAt(pos++);
    char out;
    switch (e) {
      case '"' -> out = '"';
      case '\\' -> out = '\\';
      case '/' -> out = '/';
      case 'b' -> out = '\b';
      case 'f' -> out = '\f';
      case 'n' -> out = '\n';
      case 'r' -> out = '\r';
      case 't' -> out = '\t';
      case 'u' -> {
        int v = 0;
        for (int k = 0; k < 4; k++) {
          int d = pos < s.length() ? Character.digit(s.charAt(pos), 16) : -1;
          if (d < 0 || s.charAt(pos) > 'f') {
            throw error("expected four hex digits after \\u");
          }
          v = v * 16 + d;
          pos++;
        }
        out = (char) v;
      }
      default -> {
        pos--;
        throw error("invalid escape '\\" + e + "'");
      }
    }
    if (sb != null) {
      sb.append(out);
    }
  }

  private void space() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private int peek() {
    return pos < s.length() ? s.charAt(pos) : -1;
  }

  private int next() {
    return pos < s.length() ? s.charAt(pos++) : -1;
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error(peek() < 0 ? "unexpected end of input" : "expected '" + c + "'");
    }
    pos++;
  }

  private JsonException error(String message) {
    return new JsonException(message, pos);
  }
}
