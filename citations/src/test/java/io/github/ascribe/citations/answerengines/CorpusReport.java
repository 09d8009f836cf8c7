package io.github.ascribe.citations.answerengines;

import io.github.ascribe.citations.answerengines.CorpusFiles.Form;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus figures per engine and per form, and the list of mismatches, built from the items of
 * every text.
 */
final class CorpusReport {

  /** The exact rate a gated form must reach. */
  static final double GATE = 0.95;

  private final Map<String, Tally> byEngine = new LinkedHashMap<>();
  private final Map<String, Tally> byForm = new LinkedHashMap<>();
  private final Tally total = new Tally();
  private final Map<String, Form> forms;
  private final List<String> mismatches = new ArrayList<>();

  CorpusReport(Map<String, String> engines, Map<String, Form> forms) {
    this.forms = forms;
    engines.keySet().forEach(e -> byEngine.put(e, new Tally()));
    forms.keySet().forEach(f -> byForm.put(f, new Tally()));
  }

  /** Adds the items of one text. */
  void add(CorpusText t, List<Item> items) {
    for (Item i : items) {
      total.add(i);
      byEngine.computeIfAbsent(t.engine(), k -> new Tally()).add(i);
      for (String f : i.forms()) {
        byForm.computeIfAbsent(f, k -> new Tally()).add(i);
      }
      if (!i.mismatch().isEmpty()) {
        mismatches.add(t.id() + " " + i.forms() + ": " + i.mismatch());
      }
    }
  }

  /** The gated forms below {@link #GATE}, with their figures. */
  List<String> failingGates() {
    List<String> out = new ArrayList<>();
    for (Form f : forms.values()) {
      Tally t = byForm.get(f.id());
      if (f.gated() && (t.items() == 0 || t.exactRate() < GATE)) {
        out.add(t.row(f.id(), "gated"));
      }
    }
    return out;
  }

  /** The forms that reach the gate but are not gated yet: candidates for {@code gated yes}. */
  List<String> readyToGate() {
    List<String> out = new ArrayList<>();
    for (Form f : forms.values()) {
      Tally t = byForm.get(f.id());
      if (!f.gated() && t.items() > 0 && t.exactRate() >= GATE) {
        out.add(f.id());
      }
    }
    return out;
  }

  /** The whole report as text. */
  String render() {
    StringBuilder b = new StringBuilder();
    b.append("Answer-engine corpus: ").append(total.texts()).append(" texts\n");
    b.append("cl.P/cl.R: claims found over claims given / expected; src.P/src.R: (claim, media source) pairs;\n");
    b.append("exact: expected claims with exactly the expected sources, skipped texts kept out of claims and\n");
    b.append("expected diagnostics given, over those plus extra claims and extra diagnostics.\n\n");
    b.append(Tally.header("engine")).append('\n');
    byEngine.forEach((e, t) -> b.append(t.row(e, "")).append('\n'));
    b.append(total.row("all", "")).append("\n\n");
    b.append(Tally.header("form (issue point)")).append('\n');
    for (Form f : forms.values()) {
      Tally t = byForm.get(f.id());
      String status = f.gated() ? "gated" : "not yet gated";
      b.append(t.row(f.id() + " (" + f.point() + ")", status)).append('\n');
    }
    List<String> ready = readyToGate();
    if (!ready.isEmpty()) {
      b.append("\nReach ").append(Math.round(GATE * 100)).append("% but not gated yet: ").append(ready).append('\n');
    }
    b.append("\nMismatches (").append(mismatches.size()).append("):\n");
    mismatches.forEach(m -> b.append("  ").append(m).append('\n'));
    return b.toString();
  }
}
