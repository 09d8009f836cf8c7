package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines field reader: examples, and a property test against Jackson on generated JSON
 * objects and on damaged copies of them (accepted and rejected alike, same values).
 */
class JsonFieldsTest {

  private static final Set<String> WANTED = Set.of("id", "text");
  private static final JsonMapper JACKSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  @Test
  void readsWantedStringAndNumberFieldsAndSkipsTheRest() throws Exception {
    Map<String, JsonFields.Value> f = JsonFields.read(
        " {\"meta\": {\"a\": [1, -2.5e+3, true, false, null, {}, []]}, \"id\": 12, \"text\": \"x\\u00e9\\n\\\"\\ud83d\\ude00\"}\r\n",
        WANTED);
    assertThat(f.get("id")).isEqualTo(new JsonFields.Value("12", false));
    assertThat(f.get("text")).isEqualTo(new JsonFields.Value("xé\n\"😀", true));
    assertThat(JsonFields.read("{}", WANTED)).isEmpty();
    assertThat(JsonFields.read("{\"text\": [\"nested\"]}", WANTED)).isEmpty();
  }

  @Test
  void rejectsWhatRfc8259Rejects() {
    for (String bad : new String[] {"", "[]", "\"s\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{'a':1}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"\t\"}", "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12G4\"}", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":{\"b\"}}", "{} {}", "{}x", "{/*c*/}",
        "{\"text\":\"a\",\"text\":\"b\"}", "{\"a\":NaN}", "{\"a\":+1}", "{\"a\":\"\\u00\"}", "{\"a\":[}"}) {
      assertThatThrownBy(() -> JsonFields.read(bad, WANTED)).as(bad).isInstanceOf(JsonFields.JsonException.class)
          .hasMessageContaining("at offset");
    }
  }

  @Test
  void deepNestingIsLinearAndDoesNotOverflowTheStack() throws Exception {
    int depth = 200_000;
    String deep = "{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"text\": \"ok\"}";
    assertThat(JsonFields.read(deep, WANTED).get("text").text()).isEqualTo("ok");
  }

  @Test
  void agreesWithJacksonOnGeneratedAndDamagedObjects() {
    Random seeds = new Random(20240611);
    int accepted = 0;
    int rejected = 0;
    for (int n = 0; n < 20_000; n++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      String json = object(r, 0);
      if (r.nextInt(3) == 0) {
        json = damage(r, json);
      }
      String verdict = compare(json);
      assertThat(verdict).as("seed %d, input %s", seed, json).isEmpty();
      if (isValid(json)) {
        accepted++;
      } else {
        rejected++;
      }
    }
    assertThat(accepted).isGreaterThan(10_000);
    assertThat(rejected).isGreaterThan(1_000);
  }

  private static boolean isValid(String json) {
    try {
      JACKSON.readTree(json);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Empty if both readers agree; else what differs. */
  private static String compare(String json) {
    JsonNode tree;
    try {
      tree = JACKSON.readTree(json);
      if (tree == null || !tree.isObject()) {
        tree = null;
      }
    } catch (Exception e) {
      tree = null;
    }
    Map<String, JsonFields.Value> mine;
    try {
      mine = JsonFields.read(json, WANTED);
    } catch (JsonFields.JsonException e) {
      return tree == null ? "" : "rejected what Jackson accepts: " + e.getMessage();
    }
    if (tree == null) {
      return "accepted what Jackson rejects: " + mine;
    }
    for (String name : WANTED) {
      JsonNode v = tree.get(name);
      JsonFields.Value m = mine.get(name);
      JsonFields.Value expected = v == null ? null : v.isTextual() ? new JsonFields.Value(v.textValue(), true)
          : v.isNumber() ? new JsonFields.Value(null, false) : null;
      if (expected == null ? m != null : m == null || m.isString() != expected.isString()
          || (expected.isString() && !expected.text().equals(m.text()))
          || (!expected.isString() && v.decimalValue().compareTo(new java.math.BigDecimal(m.text())) != 0)) {
        return name + ": Jackson " + v + ", mine " + m;
      }
    }
    return "";
  }

  private static final String[] NAMES = {"id", "text", "meta", "tags", "url", "t", "ïd", "te\\u0078t"};

  private static String object(Random r, int depth) {
    StringBuilder sb = new StringBuilder().append(ws(r)).append('{');
    int fields = r.nextInt(depth == 0 ? 5 : 3);
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i = 0; i < fields; i++) {
      String name = NAMES[r.nextInt(NAMES.length)];
      if (!used.add(name.replace("\\u0078", "x"))) {
        continue;
      }
      if (sb.charAt(sb.length() - 1) != '{') {
        sb.append(',');
      }
      sb.append(ws(r)).append('"').append(name).append('"').append(ws(r)).append(':').append(ws(r))
          .append(value(r, depth + 1)).append(ws(r));
    }
    return sb.append('}').append(ws(r)).toString();
  }

  private static String value(Random r, int depth) {
    int k = r.nextInt(depth > 4 ? 4 : 7);
    switch (k) {
      case 0, 1 -> {
        return string(r);
      }
      case 2 -> {
        return number(r);
      }
      case 3 -> {
        return new String[] {"true", "false", "null"}[r.nextInt(3)];
      }
      case 4 -> {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
          sb.append(i > 0 ? "," : "").append(ws(r)).append(value(r, depth + 1)).append(ws(r));
        }
        return sb.append(']').toString();
      }
      default -> {
        return object(r, depth);
      }
    }
  }

  private static String string(Random r) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0, n = r.nextInt(12); i < n; i++) {
      switch (r.nextInt(10)) {
        case 0 -> sb.append(new String[] {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"}[r.nextInt(8)]);
        case 1 -> sb.append(String.format("\\u%04x", r.nextInt(0x10000)));
        case 2 -> sb.append("é“😀”\u00a0");
        default -> sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.append('"').toString();
  }

  private static String number(Random r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextBoolean()) {
      sb.append('-');
    }
    sb.append(r.nextInt(4) == 0 ? "0" : Integer.toString(1 + r.nextInt(100_000)));
    if (r.nextInt(3) == 0) {
      sb.append('.').append(r.nextInt(1000));
    }
    if (r.nextInt(4) == 0) {
      sb.append(r.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[r.nextInt(3)]).append(r.nextInt(30));
    }
    return sb.toString();
  }

  private static String ws(Random r) {
    return new String[] {"", "", "", " ", "\t", "\r\n", "  "}[r.nextInt(7)];
  }

  private static String damage(Random r, String json) {
    if (json.isEmpty()) {
      return "x";
    }
    int at = r.nextInt(json.length());
    String junk = new String[] {",", "}", "{", "]", "[", "\"", "\\", ":", "0", "-", ".", "e", "\u0001", "x", " "}[r.nextInt(15)];
    return switch (r.nextInt(3)) {
      case 0 -> json.substring(0, at) + json.substring(at + 1);
      case 1 -> json.substring(0, at) + junk + json.substring(at);
      default -> json.substring(0, at) + junk + json.substring(Math.min(json.length(), at + 1));
    };
  }
}
