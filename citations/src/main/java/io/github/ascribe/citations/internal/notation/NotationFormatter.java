package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationModel;
import io.github.ascribe.core.Source;
import java.util.ArrayList;
import java.util.List;

/** Writes the canonical notation of a {@link NotationModel}. */
public final class NotationFormatter {

  private NotationFormatter() {}

  /**
   * Formats a model.
   *
   * @param model the model
   * @return the canonical notation
   */
  public static String format(NotationModel model) {
    List<String> items = new ArrayList<>();
    for (NotationModel.Item e : model.items()) {
      items.add(entry(e));
    }
    StringBuilder sb = new StringBuilder(String.join(", ", items));
    for (Source s : model.restated()) {
      space(sb).append('=').append(s.name());
    }
    model.declaredTotal().ifPresent(t -> space(sb).append('=').append(t));
    if (NotationReader.startsWithLeadIn(sb.toString())) {
      sb.insert(0, "Sources: "); // keeps a name such as "Via Roma" from being read as a lead-in
    }
    return sb.toString();
  }

  private static StringBuilder space(StringBuilder sb) {
    return sb.length() == 0 ? sb : sb.append(' ');
  }

  private static String entry(NotationModel.Item e) {
    if (e.sources().isEmpty()) {
      return "+" + e.count() + " more";
    }
    if (e.sources().size() == 1) {
      return e.count() == 0 ? e.sources().get(0).name() : e.sources().get(0).name() + " +" + e.count();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < e.sources().size(); i++) {
      sb.append(nameForRun(e.sources().get(i), i > 0)).append('+').append(e.count());
    }
    return sb.toString();
  }

  /** In a run, a name after {@code +N} must not start with a digit, or the digits would join the count. */
  private static String nameForRun(Source s, boolean afterCount) {
    if (!afterCount || !Character.isDigit(s.name().charAt(0))) {
      return s.name();
    }
    for (String alias : s.aliases()) {
      if (!alias.isEmpty() && !Character.isDigit(alias.charAt(0))) {
        return alias;
      }
    }
    return s.name();
  }
}
