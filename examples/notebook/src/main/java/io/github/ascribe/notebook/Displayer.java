package io.github.ascribe.notebook;

/**
 * How values of one type show in a notebook: the display hook. Implement it for your own types and
 * register it with {@link Displays#register}; the kernel then shows a cell's last value, and anything given
 * to {@link Notebook#display}, with your HTML, image or text. Always put a {@code text/plain} fallback in
 * the bundle: it is what consoles, diffs and the notebook tests read.
 *
 * <pre>{@code
 * Displays.register(new Displayer<Source>() {
 *   public Class<Source> type() { return Source.class; }
 *   public void render(Source s, MimeBundle out) {
 *     out.text(s.name() + " (" + s.kind() + ")");
 *     out.html("<b>" + MimeBundle.escape(s.name()) + "</b> " + s.kind());
 *   }
 * });
 * }</pre>
 *
 * @param <T> the type displayed
 */
public interface Displayer<T> {

  /** @return the type this displayer shows (and its subtypes) */
  Class<T> type();

  /**
   * Whether this displayer shows this value; by default every value of {@link #type()}. A displayer of
   * {@code List} can, for instance, take only lists of claims.
   *
   * @param value a value of {@link #type()}
   * @return true to render it
   */
  default boolean accepts(T value) {
    return true;
  }

  /**
   * Renders a value.
   *
   * @param value the value
   * @param out the MIME bundle to fill
   */
  void render(T value, MimeBundle out);
}
