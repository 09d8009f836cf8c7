package io.github.ascribe.notebook;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of {@link Displayer}s the kernel asks for every value it shows. The last registered
 * displayer that takes a value wins, so yours can replace the built-in ones ({@link AscribeDisplayers}:
 * articles, claims and lists of claims, notation results, summaries, charts and images).
 */
public final class Displays {
  private static final List<Displayer<?>> DISPLAYERS = new CopyOnWriteArrayList<>();

  static {
    AscribeDisplayers.all().forEach(DISPLAYERS::add);
  }

  private Displays() {}

  /**
   * Adds a displayer; it takes precedence over those registered before it.
   *
   * @param displayer the displayer
   */
  public static void register(Displayer<?> displayer) {
    DISPLAYERS.add(0, java.util.Objects.requireNonNull(displayer, "displayer"));
  }

  /**
   * Removes a displayer.
   *
   * @param displayer one given to {@link #register}
   * @return whether it was registered
   */
  public static boolean unregister(Displayer<?> displayer) {
    return DISPLAYERS.remove(displayer);
  }

  /**
   * Renders a value with the first displayer that takes it.
   *
   * @param value any value, null included
   * @return the bundle, or empty when no displayer takes the value
   */
  public static Optional<MimeBundle> render(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Displayer<?> displayer : DISPLAYERS) {
      Optional<MimeBundle> bundle = tryRender(displayer, value);
      if (bundle.isPresent()) {
        return bundle;
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<MimeBundle> tryRender(Displayer<T> displayer, Object value) {
    if (!displayer.type().isInstance(value)) {
      return Optional.empty();
    }
    T typed = displayer.type().cast(value);
    if (!displayer.accepts(typed)) {
      return Optional.empty();
    }
    MimeBundle bundle = new MimeBundle();
    displayer.render(typed, bundle);
    if (!bundle.data().containsKey("text/plain")) {
      bundle.text(String.valueOf(value));
    }
    return Optional.of(bundle);
  }
}
