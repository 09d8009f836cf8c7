package io.github.ascribe.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ascribe.corpus.Corpus;
import io.github.ascribe.core.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the audit that the shaded jar's run wrote (the build's {@code shaded-jar-smoke} step) against
 * the library run directly on the same corpus: the relocated ICU4J and Commons libraries inside {@code
 * ascribe-spark.jar} must give the same analysis as the originals.
 *
 * <pre>{@code
 * ShadedJarCheck examples/spark/target/shaded-smoke/audit.json examples/samples/corpus.jsonl
 * }</pre>
 */
public final class ShadedJarCheck {

  private ShadedJarCheck() {}

  /**
   * Compares an {@code audit.json} with the library's figures; exits with 1 when they differ.
   *
   * @param args the audit file and the corpus
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, Long> actual = figures(Path.of(args[0]));
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String key : new String[] {"articles", "rejects", "claims", "attributed_claims", "single_source_claims",
        "other_attributed_claims"}) {
      expected.put(key, 0L);
    }
    Corpus.ofJsonLines(Path.of(args[1])).forEachOrdered(r -> {
      if (r instanceof Corpus.Result a) {
        Summary s = a.article().summary();
        expected.merge("articles", 1L, Long::sum);
        expected.merge("claims", (long) s.claims(), Long::sum);
        expected.merge("attributed_claims", (long) s.attributedClaims(), Long::sum);
        expected.merge("single_source_claims", (long) s.singleSourceClaims(), Long::sum);
        expected.merge("other_attributed_claims", (long) s.otherAttributedClaims(), Long::sum);
      } else {
        expected.merge("rejects", 1L, Long::sum);
      }
    });
    Map<String, Long> got = new LinkedHashMap<>(expected);
    got.replaceAll((k, v) -> actual.get(k));
    if (!got.equals(expected)) {
      System.err.println("the shaded jar's audit " + got + " differs from the library's " + expected);
      System.exit(1);
    }
    System.out.println("shaded jar: same figures as the library " + expected);
  }

  private static Map<String, Long> figures(Path audit) throws IOException {
    Map<String, Long> figures = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(audit))) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
          figures.put(name, p.getLongValue());
        } else {
          p.skipChildren();
        }
      }
    }
    return figures;
  }
}
