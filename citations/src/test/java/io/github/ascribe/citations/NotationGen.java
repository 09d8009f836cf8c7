package io.github.ascribe.citations;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators built from the notation grammar's pieces. Each sample carries the forms it used (for the
 * coverage check) and, for well-formed samples, the model a correct parser must find.
 */
final class NotationGen {

  enum Form { LIST, CHIP, CHIP_GLUED, RUN, BARE_COUNT, WORD_COUNT, LEAD_IN, WRAPPER, LINK_CHIP, RESTATEMENT,
    TOTAL, END, LABEL, DOMAIN, UNKNOWN, NOISE, LINE_BREAK }

  /** A generated notation string with the intended sources and unnamed count. */
  record Sample(String text, Set<Form> forms, List<String> sourceIds, int unnamed) {
    @Override
    public String toString() {
      return SpecExample.escape(text) + " " + forms;
    }
  }

  static final SourceRegistry REGISTRY = SourceRegistry.bundled();

  /** Registry sources whose canonical name parses, alone, to exactly that source. */
  static final List<Source> NAMEABLE = nameable();

  /**
   * Nameable sources without notation characters in their names: only these can stand in chips and
   * glued runs unambiguously ({@code Canal+} glued to {@code +2} cannot be told apart).
   */
  static final List<Source> SIMPLE = NAMEABLE.stream()
      .filter(s -> s.name().chars().noneMatch(c -> "+=,;/|&()[]*:·•".indexOf(c) >= 0)).toList();

  private static final List<String> SEPARATORS = List.of(", ", "; ", " / ", "/", " | ", " · ", " • ", " & ",
      " + ", " and ", ", and ", "，", "; ", " — ");
  private static final List<String> LEAD_INS = List.of("Sources: ", "Source: ", "Via ", "Per ", "Reported by ",
      "**Sources:** ");
  private static final List<String> UNKNOWN = List.of("The Daily Blah", "Kyiv Dispatch", "Ostfriesen Kurier",
      "Lagos Ledger", "Gazeta Nowa", "Северный Вестник", "Tribune Quotidienne");

  private NotationGen() {}

  private static List<Source> nameable() {
    List<Source> out = new ArrayList<>();
    for (Source s : REGISTRY.sources()) {
      NotationResult r = Notation.parse(s.name());
      if (r.entries().size() == 1 && r.entries().get(0).mentions().size() == 1
          && r.diagnostics().stream().allMatch(d -> d.severity() == io.github.ascribe.core.Severity.INFO)
          && r.entries().get(0).mentions().get(0).source().equals(s) && r.restatements().isEmpty()
          && !Character.isDigit(s.name().charAt(0))) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static <T> T pick(RandomnessSource in, List<T> list) {
    return list.get((int) in.next(org.quicktheories.impl.Constraint.between(0, list.size() - 1)));
  }

  private static int between(RandomnessSource in, int lo, int hi) {
    return (int) in.next(org.quicktheories.impl.Constraint.between(lo, hi));
  }

  /** Well-formed notation: every piece of the grammar, with the expected meaning. */
  static Gen<Sample> wellFormed() {
    return in -> {
      Set<Form> forms = EnumSet.noneOf(Form.class);
      StringBuilder sb = new StringBuilder();
      Set<String> ids = new LinkedHashSet<>();
      int unnamed = 0;
      boolean wrap = between(in, 0, 5) == 0;
      if (between(in, 0, 4) == 0) {
        sb.append(pick(in, LEAD_INS));
        forms.add(Form.LEAD_IN);
      }
      if (wrap) {
        sb.append('(');
        forms.add(Form.WRAPPER);
      }
      int items = between(in, 1, 5);
      Source last = null;
      for (int i = 0; i < items; i++) {
        if (i > 0) {
          sb.append(pick(in, SEPARATORS));
          forms.add(Form.LIST);
        }
        int shape = between(in, 0, 9);
        if (shape == 0 && i > 0) {
          int n = between(in, 1, 9);
          boolean words = between(in, 0, 1) == 0;
          sb.setLength(sb.length() - lastSeparatorLength(sb));
          sb.append(words ? " and " + n + " others" : ", +" + n + " more");
          forms.add(words ? Form.WORD_COUNT : Form.BARE_COUNT);
          unnamed += n;
          continue;
        }
        if (shape == 1) {
          // a run of 2-3 glued names sharing +N
          int k = between(in, 2, 3);
          int n = between(in, k - 1, 6);
          for (int j = 0; j < k; j++) {
            Source s = pick(in, SIMPLE);
            sb.append(s.name()).append('+').append(n);
            ids.add(s.id());
          }
          unnamed += Math.max(0, n + 1 - k);
          forms.add(Form.RUN);
          if (i + 1 < items) {
            sb.append(", ");
            i++;
            Source s = pick(in, NAMEABLE);
            sb.append(s.name());
            ids.add(s.id());
          }
          continue;
        }
        if (shape == 2) {
          Source s = pick(in, NAMEABLE);
          String label = s.aliases().stream().filter(a -> a.equals(a.toLowerCase()) && a.matches("[a-z]{4,}"))
              .findFirst().orElse(null);
          if (label != null && REGISTRY.resolveExact(label).map(r -> r.source().equals(s)).orElse(false)) {
            sb.append(label);
            forms.add(Form.LABEL);
          } else if (!s.domains().isEmpty()) {
            sb.append(s.domains().get(0));
            forms.add(Form.DOMAIN);
          } else {
            sb.append(s.name());
          }
          ids.add(s.id());
          last = s;
          continue;
        }
        if (shape == 3) {
          Source s = pick(in, SIMPLE.stream().filter(x -> !x.domains().isEmpty()).toList());
          int n = between(in, 1, 5);
          sb.append('[').append(s.name()).append('+').append(n).append("](https://").append(s.domains().get(0))
              .append("/story/").append(between(in, 1, 999)).append(')');
          ids.add(s.id());
          unnamed += n;
          forms.add(Form.LINK_CHIP);
          continue;
        }
        if (shape == 4) {
          String u = pick(in, UNKNOWN);
          sb.append(u);
          forms.add(Form.UNKNOWN);
          ids.add(Source.unknown(u).id());
          continue;
        }
        Source s = pick(in, shape >= 7 ? SIMPLE : NAMEABLE);
        if (shape == 5 && s.name().contains(" ") && between(in, 0, 1) == 0) {
          sb.append(s.name().replaceFirst(" ", " \n"));
          forms.add(Form.LINE_BREAK);
        } else {
          sb.append(s.name());
        }
        ids.add(s.id());
        last = s;
        if (shape >= 7) {
          int n = between(in, 1, 9);
          boolean glued = shape == 8;
          sb.append(glued ? "+" : " +").append(n);
          forms.add(glued ? Form.CHIP_GLUED : Form.CHIP);
          unnamed += n;
          if (glued && i + 1 < items) {
            sb.append(", ");
            i++;
            Source t = pick(in, NAMEABLE);
            sb.append(t.name());
            ids.add(t.id());
          }
        }
      }
      if (wrap) {
        sb.append(')');
      }
      if (last != null && SIMPLE.contains(last) && between(in, 0, 3) == 0) {
        sb.append(" =").append(last.name());
        forms.add(Form.RESTATEMENT);
      }
      if (between(in, 0, 3) == 0) {
        sb.append(" =").append(ids.size());
        forms.add(Form.TOTAL);
      }
      if (between(in, 0, 3) == 0 && !forms.contains(Form.TOTAL) && !forms.contains(Form.RESTATEMENT) && !wrap) {
        sb.append('.');
        forms.add(Form.END);
      }
      return new Sample(sb.toString(), forms, List.copyOf(ids), unnamed);
    };
  }

  private static int lastSeparatorLength(StringBuilder sb) {
    for (String sep : List.of(", and ", " and ", " — ", " / ", " | ", " · ", " • ", " & ", " + ", ", ", "; ", "/",
        "，")) {
      if (sb.length() >= sep.length() && sb.substring(sb.length() - sep.length()).equals(sep)) {
        return sep.length();
      }
    }
    return 0;
  }

  private static final String NASTY = "+=,;/|·•&()[]*:.\u00A0\u200B\u200D\u202E\uFEFF\r\n\t\"“”’—－＋／，0123456789"
      + "\uD83D\uDCF0\uD800\uDC00\u0000";

  /** Grammar samples with random damage: characters inserted, deleted or swapped for nasty ones. */
  static Gen<Sample> damaged() {
    Gen<Sample> base = wellFormed();
    return in -> {
      Sample s = base.generate(in);
      StringBuilder sb = new StringBuilder(s.text());
      int edits = between(in, 1, 6);
      for (int e = 0; e < edits; e++) {
        int at = between(in, 0, sb.length());
        char c = NASTY.charAt(between(in, 0, NASTY.length() - 1));
        switch (between(in, 0, 2)) {
          case 0 -> sb.insert(at, c);
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> {
            if (at < sb.length()) {
              sb.setCharAt(at, c);
            }
          }
        }
      }
      Set<Form> forms = EnumSet.copyOf(s.forms());
      forms.add(Form.NOISE);
      return new Sample(sb.toString(), forms, List.of(), -1);
    };
  }

  static boolean isMedia(Source s) {
    return EnumSet.of(SourceKind.OUTLET, SourceKind.AGENCY, SourceKind.AGGREGATOR, SourceKind.UNKNOWN)
        .contains(s.kind());
  }
}
