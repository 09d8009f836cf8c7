package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.NotationParser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Time per character of analysis and notation parsing on hostile input, next to ordinary generated
 * news text of the same size: the hardening issue's "within 3x of ordinary text". A harness, not a
 * unit test: run it on a quiet machine.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.ascribe.benchmarks.HostileTiming [chars]
 * </pre>
 *
 * <p>Both readers first run for 20 s on other generated text (the JIT needs that long to reach full
 * speed on ordinary text); then each input runs for 3 s (at least three times) to warm up its own
 * paths, is timed five times, and the median is reported.
 */
public final class HostileTiming {

  private HostileTiming() {}

  static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    return sb.toString();
  }

  /** The hostile inputs of the hardening issue, each about {@code chars} long. */
  public static Map<String, String> inputs(int chars) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("ordinary news text", new NewsTextGenerator(42).article(chars));
    in.put("one long line", repeat("Prices rose 5% in May, according to Reuters, and talks went on ", chars));
    in.put("plus signs", repeat("+", chars));
    in.put("[1] repeated", repeat("[1]", chars));
    in.put("Reuters, repeated", repeat("Reuters, ", chars));
    in.put("= and huge counts", repeat("Reuters +9999999999 =99999999999 = +", chars));
    in.put("deep nesting", repeat("(", chars / 2) + "Reuters" + repeat(")", chars / 2));
    in.put("unclosed links", repeat("[AP+2](https://apnews.com/x ", chars));
    in.put("](  repeated", repeat("](", chars));
    in.put("lone surrogates", repeat("\uD800Reuters\uDC00, \uDBFF", chars));
    in.put("NUL and controls", repeat("\u0000\u0001Reuters\u0007,\u001B AP\u007F ", chars));
    in.put("BOM, CRLF and CR", "\uFEFF" + repeat("Prices rose.\r\nReuters\r\nWages fell.\rAP\r", chars));
    in.put("bidi overrides", repeat("\u202EReuters\u202C, \u2066AP\u2069 said so. ", chars));
    in.put("zero-width joiners", repeat("Reu\u200Dters, A\u200BP, " + repeat("\u200B", 40) + "x", chars));
    in.put("glued sentences", repeat("a.Ba.B", chars));
    in.put("quotes", repeat("“We are ready,” the minister said. \"", chars));
    in.put("reference of brackets", "Prices rose.[1]\n\n[1] *" + repeat("]", chars) + "x\n");
    in.put("markers with dashes", repeat("Prices rose.[1,-][2--3][4-] ", chars) + "\n\n[1] Reuters\n");
    in.put("source lines and no claims", repeat(".\nDr. . ", chars));
    in.put("glued domain candidates", repeat("](http://x.com/+1Reuters ", chars));
    in.put("combining accents", repeat("a\u0301", chars));
    in.put("hosts with counts", repeat("www.a+1", chars));
    return in;
  }

  /**
   * Prints the table.
   *
   * @param args optional size in characters (default 200,000)
   */
  public static void main(String[] args) {
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Analyzer analyzer = Analyzer.builder().build();
    NotationParser parser = NotationParser.builder().build();
    Map<String, String> inputs = inputs(chars);
    // the JIT keeps speeding the analyser up for about 10 MB of text: warm both readers up on other
    // generated text first, so that ordinary text is measured at full speed and the ratios are not flattered
    String warm = new NewsTextGenerator(1).article(500_000);
    java.util.List<String> corpus = Inputs.notation();
    long end = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < end) {
      analyzer.analyze(warm);
      for (String s : corpus) {
        parser.parse(s);
      }
    }
    double ordinaryAnalysis = 0;
    double ordinaryNotation = 0;
    System.out.println("| input | chars | analysis ns/char | x ordinary | notation ns/char | x ordinary |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      String text = e.getValue();
      double a = median(() -> analyzer.analyze(text)) / text.length();
      double n = median(() -> parser.parse(text)) / text.length();
      if (ordinaryAnalysis == 0) {
        ordinaryAnalysis = a;
        ordinaryNotation = n;
      }
      System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %.1f | %.2f |%n", e.getKey(), text.length(), a,
          a / ordinaryAnalysis, n, n / ordinaryNotation);
    }
  }

  private static double median(Runnable r) {
    // each input takes its own code paths: run it for 3 s (at least 3 times) before timing it
    long warm = System.nanoTime() + 3_000_000_000L;
    for (int i = 0; i < 3 || System.nanoTime() < warm; i++) {
      r.run();
    }
    long[] t = new long[5];
    for (int i = 0; i < t.length; i++) {
      long start = System.nanoTime();
      r.run();
      t[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(t);
    return t[t.length / 2];
  }
}
