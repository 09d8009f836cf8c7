package io.github.ascribe.citations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example of {@code docs/notation-spec.md}: the input (before the {@code .} line) and the
 * expectations (after it), each {@code key: value}.
 */
record SpecExample(int number, String section, int line, String input, Map<String, String> expect) {

  static Path specFile() {
    String docs = System.getProperty("ascribe.docs", "../docs");
    return Path.of(docs, "notation-spec.md");
  }

  static List<SpecExample> read() throws IOException {
    List<SpecExample> out = new ArrayList<>();
    for (Block b : blocks(specFile())) {
      Map<String, String> expect = new LinkedHashMap<>();
      for (int k = 0; k < b.expected().size(); k++) {
        String e = b.expected().get(k);
        int colon = e.indexOf(": ");
        if (colon < 0) {
          throw new IllegalStateException("spec line " + (b.line() + b.input().size() + 2 + k)
              + ": expected 'key: value', got '" + e + "'");
        }
        expect.put(e.substring(0, colon), e.substring(colon + 2));
      }
      out.add(new SpecExample(out.size() + 1, b.section(), b.line(), unescape(String.join("\n", b.input())), expect));
    }
    return out;
  }

  /**
   * One fenced {@code example} block of a spec file: the lines before its {@code .} line and the
   * lines after it, under the last {@code ## } heading.
   *
   * @param section the heading it is under
   * @param line the line its input starts on, counting from 1
   * @param input the input lines
   * @param expected the expectation lines
   */
  record Block(String section, int line, List<String> input, List<String> expected) {}

  /** The {@code example} blocks of a spec file, in order; shared by the notation and analysis specs. */
  static List<Block> blocks(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("## ")) {
        section = l.substring(3).strip();
      }
      if (!l.equals("```example")) {
        continue;
      }
      int start = i + 1;
      List<String> input = new ArrayList<>();
      int j = start;
      while (j < lines.size() && !lines.get(j).equals(".")) {
        input.add(lines.get(j));
        j++;
      }
      List<String> expected = new ArrayList<>();
      j++;
      while (j < lines.size() && !lines.get(j).equals("```")) {
        expected.add(lines.get(j));
        j++;
      }
      out.add(new Block(section, start, input, expected));
      i = j;
    }
    return out;
  }

  /** {@code \n}, {@code \t}, {@code \\} and {@code \\uXXXX} escapes, so invisible characters stay visible in the doc. */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(i + 1);
        if (d == 'n') {
          sb.append('\n');
          i++;
          continue;
        }
        if (d == 't') {
          sb.append('\t');
          i++;
          continue;
        }
        if (d == '\\') {
          sb.append('\\');
          i++;
          continue;
        }
        if (d == 'u' && i + 5 < s.length()) {
          sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The inverse of {@link #unescape} for control, format and space characters other than ' '. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\\') {
        sb.append("\\\\");
      } else if (c != ' ' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.isSpaceChar(c) || Character.isSurrogate(c))) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Example " + number + " (" + section + ", line " + line + "): " + escape(input);
  }
}
