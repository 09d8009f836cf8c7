package io.github.ascribe.benchmarks;

import java.util.List;

/** The benchmark inputs: one seed, so every benchmark and the report see exactly the same text. */
public final class Inputs {

  /** The seed of every generated input. */
  public static final long SEED = 42;

  /** How many strings the notation corpus has. */
  public static final int NOTATION_STRINGS = 4_000;

  private Inputs() {}

  /**
   * The article of about {@code bytes} UTF-8 bytes that the benchmarks read.
   *
   * @param bytes the target size
   * @return the generated article
   */
  public static String article(int bytes) {
    return new NewsTextGenerator(SEED).article(bytes);
  }

  /**
   * The notation corpus the notation benchmark parses.
   *
   * @return the strings
   */
  public static List<String> notation() {
    return new NewsTextGenerator(SEED).notationCorpus(NOTATION_STRINGS);
  }

  /**
   * The UTF-8 size of the notation corpus.
   *
   * @return the summed size of its strings
   */
  public static long notationBytes() {
    long n = 0;
    for (String s : notation()) {
      n += NewsTextGenerator.utf8Bytes(s);
    }
    return n;
  }
}
