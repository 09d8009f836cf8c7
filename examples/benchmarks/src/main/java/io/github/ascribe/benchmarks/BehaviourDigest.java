package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.citations.Notation;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fingerprint of what the library decides, for performance work: SHA-256 over every claim span,
 * attribution (form, rule, span, sources, claims), diagnostic and notation parse of 40 generated
 * articles (1 MB in all) and 3,000 notation strings. An optimisation must leave it unchanged; run it
 * before and after (for example on a {@code git worktree} of the old commit).
 *
 * <pre>{@code java -cp examples/benchmarks/target/benchmarks.jar io.github.ascribe.benchmarks.BehaviourDigest}</pre>
 */
public final class BehaviourDigest {

  private BehaviourDigest() {}

  /**
   * Prints the digest and the number of claims.
   *
   * @param args none
   * @throws NoSuchAlgorithmException never
   */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    int claims = 0;
    for (long seed = 1; seed <= 40; seed++) {
      String text = new NewsTextGenerator(seed).article(seed % 10 == 0 ? 200_000 : 20_000);
      Article article = Ascribe.analyze(text);
      StringBuilder sb = new StringBuilder();
      for (Claim c : article.claims()) {
        sb.append(c.span()).append(c.attributions()).append('\n');
      }
      for (Attribution at : article.attributions()) {
        sb.append(at).append(at.mentions()).append('\n');
      }
      for (Diagnostic d : article.diagnostics()) {
        sb.append(d).append('\n');
      }
      md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
      claims += article.claims().size();
    }
    for (String s : new NewsTextGenerator(9).notationCorpus(3000)) {
      md.update(Notation.parse(s).toString().getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : md.digest()) {
      hex.append(String.format("%02x", b));
    }
    System.out.println(hex + " claims=" + claims);
  }
}
