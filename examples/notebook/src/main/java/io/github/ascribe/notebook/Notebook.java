package io.github.ascribe.notebook;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What cells call (statically imported in every session): {@link #display} shows a value now, as the
 * last value of a cell would be shown, and {@link #html} makes an HTML fragment a value.
 */
public final class Notebook {
  private Notebook() {}

  /** An HTML fragment, displayed as HTML; its text fallback is the markup. */
  public record Html(String html) {}

  static {
    Displays.register(new Displayer<Html>() {
      @Override
      public Class<Html> type() {
        return Html.class;
      }

      @Override
      public void render(Html value, MimeBundle out) {
        out.text(value.html()).html(value.html());
      }
    });
  }

  /**
   * Shows a value in the cell's output now, with its displayer ({@link Displays}); outside a notebook,
   * prints its text.
   *
   * @param value any value
   */
  public static void display(Object value) {
    AscribeKernel kernel = AscribeKernel.current();
    if (kernel == null) {
      System.out.println(Displays.render(value).map(b -> b.data().get("text/plain")).orElse(String.valueOf(value)));
      return;
    }
    DisplayData data = AscribeKernel.displayData(value, String.valueOf(value));
    kernel.display(data);
  }

  /**
   * An HTML fragment as a value (the last line of a cell, or {@code display(html(...))}).
   *
   * @param html the fragment; escape what it quotes with {@link MimeBundle#escape}
   * @return the value
   */
  public static Html html(String html) {
    return new Html(html);
  }
}
