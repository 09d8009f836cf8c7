package io.github.ascribe.core.internal;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reaches a registry's internal look-up structures from the citations module, without making them
 * part of {@link SourceRegistry}'s API. {@code SourceRegistry} registers its accessor when its class
 * is initialised, which happens before any registry exists.
 */
public final class RegistryAccess {

  private static volatile Function<SourceRegistry, NameIndex> names;

  private RegistryAccess() {}

  /**
   * Registers how to get a registry's {@link NameIndex}; called once, by {@code SourceRegistry}.
   *
   * @param accessor the accessor
   * @throws IllegalStateException if one is already registered
   */
  public static synchronized void register(Function<SourceRegistry, NameIndex> accessor) {
    if (names != null) {
      throw new IllegalStateException("already registered");
    }
    names = Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * A registry's names and aliases, for look-ups without building keys.
   *
   * @param registry the registry
   * @return its index
   */
  public static NameIndex names(SourceRegistry registry) {
    Objects.requireNonNull(registry, "registry"); // an instance exists, so its class registered
    return names.apply(registry);
  }
}
