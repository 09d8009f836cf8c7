package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import java.util.ArrayList;
import java.util.Collections;
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

  private final Map<Anchor, List<FormRecognizer>> byAnchor = new EnumMap<>(Anchor.class);

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
      byAnchor.get(f.anchor()).add(f);
    }
    byAnchor.replaceAll((a, list) -> List.copyOf(list));
  }

  /**
   * The recognisers of an anchor, in order.
   *
   * @param anchor the anchor
   * @return the recognisers
   */
  List<FormRecognizer> at(Anchor anchor) {
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
    for (FormRecognizer f : byAnchor.get(anchor)) {
      List<Recognized> found = run(f, in, ctx);
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
  List<Recognized> run(FormRecognizer f, FormInput in, ReadContext ctx) {
    Set<LexKind> triggers = f.triggers();
    if (!triggers.isEmpty() && Collections.disjoint(triggers, in.kinds())) {
      return List.of();
    }
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
    for (Recognized r : found) {
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
