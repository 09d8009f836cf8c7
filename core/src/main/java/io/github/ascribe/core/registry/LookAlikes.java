package io.github.ascribe.core.registry;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.text.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the registry source a name imitates: by hidden characters, or by a Unicode confusable
 * skeleton (UTS #39) equal to a registry name's. See {@link SourceRegistry#confusable}.
 *
 * <p>Thread-safe. The skeletons of the registry's keys are built on first use, since most callers
 * never meet a name that is not ASCII; that is the one memo here, built under this object's lock and
 * published through a volatile field, so every thread sees one complete, immutable map.
 */
final class LookAlikes {

  private final SourceIndex index;
  /** ICU confusable skeletons of every name and alias key; {@link Confusables#SHARED} marks clashes. */
  private volatile Map<String, Source> bySkeleton;

  LookAlikes(SourceIndex index) {
    this.index = index;
  }

  /** The source a name imitates, and why; the check made on its key, whatever the text. */
  Optional<Confusable> find(String name) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (Names.hasHiddenCharacters(name)) {
      Resolution r = index.name(key);
      if (r == null && SourceIndex.mayBeHost(key)) {
        r = index.host(key).orElse(null);
      }
      if (r != null) {
        return Optional.of(new Confusable(r.source(), "contains invisible or bidi control characters"));
      }
    } else if (index.byKey.containsKey(key)) {
      return Optional.empty();
    }
    if (!Confusables.worthChecking(key)) {
      return Optional.empty();
    }
    Source s = skeletons().get(Confusables.skeleton(key));
    if (s == null) {
      // spec: a capital look-alike (Cyrillic Т in "Тhe Guardian") whose lower case is no look-alike:
      // the skeleton of the text as written, then normalised, names the source
      Resolution r = index.name(Names.normalize(Confusables.skeleton(Names.display(name))));
      s = r == null ? null : r.source();
    }
    if (s == null || s == Confusables.SHARED) {
      return Optional.empty();
    }
    return Optional.of(new Confusable(s, Confusables.reason(key)));
  }

  private Map<String, Source> skeletons() {
    Map<String, Source> map = bySkeleton;
    if (map == null) {
      synchronized (this) {
        map = bySkeleton;
        if (map == null) {
          Map<String, Source> built = new HashMap<>();
          index.byKey.forEach((k, r) -> built.merge(Confusables.skeleton(k), r.source(),
              (a, b) -> a.equals(b) ? a : Confusables.SHARED));
          map = Map.copyOf(built);
          bySkeleton = map;
        }
      }
    }
    return map;
  }
}
