package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the recognisers of an anchor over a range, in list order, each only where one of its
 * triggers occurs. A recogniser that throws or reports a span outside its range is skipped with a
 * {@code form-failed} diagnostic, so that a faulty added form cannot break an analysis. Immutable
 * and thread-safe.
 */
final class FormDriver {

  private final Map<Anchor, List<Form>> byAnchor = new EnumMap<>(Anchor.class);

  /**
   * A recogniser with its triggers, asked once when the driver is made (a recogniser's triggers
   * are part of its configuration), so that trying it costs a few bit tests and no set is made.
   */
  static final class Form {
    final FormRecognizer recognizer;
    /** Its triggers; empty for every range. */
    private final LexKind[] triggers;

    Form(FormRecognizer recognizer) {
      this.recognizer = recognizer;
      this.triggers = recognizer.triggers().toArray(new LexKind[0]);
    }

    /** spec: a recogniser is tried only where one of its triggers occurs, or everywhere without any. */
    boolean triggeredBy(Set<LexKind> kinds) {
      for (LexKind k : triggers) {
        if (kinds.contains(k)) {
          return true;
        }
      }
      return triggers.length == 0;
    }
  }

  /**
   * A driver for recognisers in order of precedence.
   *
   * @param forms the recognisers
   */
  FormDriver(List<FormRecognizer> forms) {
    for (Anchor a : Anchor.values()) {
      byAnchor.put(a, new ArrayList<>());
    }
    for (FormRecognizer f : forms) {
      byAnchor.get(f.anchor()).add(new Form(f));
    }
    byAnchor.replaceAll((a, list) -> List.copyOf(list));
  }

  /**
   * The recognisers of an anchor, in order.
   *
   * @param anchor the anchor
   * @return the recognisers
   */
  List<Form> at(Anchor anchor) {
    return byAnchor.get(anchor);
  }

  /**
   * The first hit of the anchor's recognisers in {@code in}, or null.
   *
   * @param anchor the anchor
   * @param in the range
   * @param ctx the analysis, for failures
   * @return the hit, or null
   */
  Recognized first(Anchor anchor, FormInput in, ReadContext ctx) {
    List<Form> forms = byAnchor.get(anchor);
    for (int k = 0; k < forms.size(); k++) {
      List<Recognized> found = run(forms.get(k), in, ctx);
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  /**
   * What one recogniser finds in {@code in}: nothing unless a trigger occurs there.
   *
   * @param f the recogniser
   * @param in the range
   * @param ctx the analysis, for failures
   * @return its hits
   */
  List<Recognized> run(Form form, FormInput in, ReadContext ctx) {
    if (!form.triggeredBy(in.kinds())) {
      return List.of();
    }
    FormRecognizer f = form.recognizer;
    List<Recognized> found;
    try {
      found = f.recognize(in);
    } catch (RuntimeException e) {
      fail(ctx, f, in, "threw " + e);
      return List.of();
    }
    if (found == null) {
      fail(ctx, f, in, "returned null");
      return List.of();
    }
    for (int k = 0; k < found.size(); k++) {
      Recognized r = found.get(k);
      if (!in.range().contains(r.removed()) || !in.range().contains(r.span())) {
        fail(ctx, f, in, "reported " + r.removed() + " outside " + in.range());
        return List.of();
      }
    }
    return found;
  }

  private static void fail(ReadContext ctx, FormRecognizer f, FormInput in, String what) {
    ctx.diagnostics.add(new Diagnostic(Severity.ERROR, "form-failed",
        "the form recogniser " + f.getClass().getName() + " " + what + "; its result is ignored", in.range()));
  }
}
