package io.github.ascribe.citations.prosedevset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the prose development set: {@code src/test/resources/prose-devset/<lang>/*.txt}, in
 * language and file-name order.
 */
final class DevSetFiles {

  /**
   * The folder, relative to the module (surefire runs in the module's folder), or as the system
   * property {@code ascribe.devset} gives it (the nlp module's score test reads the set from here).
   */
  static final Path DIR = Path.of(System.getProperty("ascribe.devset", "src/test/resources/prose-devset"));

  /** The languages of the set, English first. */
  static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "pt");

  /**
   * The held-out English set ({@code prose-devset/en-heldout}): written and annotated before the
   * English rules were tuned on the development set, and never tuned on; scored on its own scope,
   * outside {@code all}, so that a rule that only fits the development set shows as a gap between
   * the two.
   */
  static final String HELD_OUT = "en-heldout";

  /**
   * One language's files.
   *
   * @param language the language code
   * @param documents the documents that parsed
   * @param errors the errors of the files that did not
   */
  record Language(String language, List<DevSetDocument> documents, List<String> errors) {
    Language {
      documents = List.copyOf(documents);
      errors = List.copyOf(errors);
    }

    int sentences() {
      return documents.stream().mapToInt(d -> d.sentences().size()).sum();
    }
  }

  private DevSetFiles() {}

  /** Every language of the development set, in {@link #LANGUAGES} order (without the held-out set). */
  static List<Language> read() {
    return read(LANGUAGES);
  }

  /** The development set and then the held-out set ({@link #HELD_OUT}). */
  static List<Language> readWithHeldOut() {
    List<String> sets = new ArrayList<>(LANGUAGES);
    sets.add(HELD_OUT);
    return read(sets);
  }

  private static List<Language> read(List<String> sets) {
    List<Language> out = new ArrayList<>();
    for (String lang : sets) {
      List<DevSetDocument> docs = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (Path p : files(DIR.resolve(lang))) {
        DevSetParser.Result r = DevSetParser.parse(lang + "/" + p.getFileName(), content(p));
        r.document().ifPresent(docs::add);
        errors.addAll(r.errors());
      }
      out.add(new Language(lang, docs, errors));
    }
    return out;
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
